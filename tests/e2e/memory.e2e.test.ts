// Memory across stories, in both browsers: reading the demo story and a second story that shares
// entities (each analysed and visible for the read rule's ten seconds) makes their cards show each
// other; clearing memory removes it all.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'puppeteer-core'
import { BROWSERS, DEMO_HTML, DEMO_URL, sendFrom, startBench, tabIdOf, tabState, waitFor, type Bench } from './harness.ts'

const SECOND_URL = readFileSync(resolve('tests/fixtures/second-story/url.txt'), 'utf8').trim()
const SECOND_HTML = readFileSync(resolve('tests/fixtures/second-story/story.html'), 'utf8')
const SECOND_TITLE = 'Pentagon reviews force protection after drone attack on US troops'

/** The other stories a card lists once it is open (a card's details are made when it opens). */
async function rememberedOnCard(popup: Page, name: string): Promise<string[] | null> {
  await popup.evaluate((n) => {
    const card = [...document.querySelectorAll('article.card')].find((c) => c.querySelector('.card-name')?.textContent === n)
    if (card?.getAttribute('data-open') !== 'true') card?.querySelector<HTMLButtonElement>('.card-toggle')?.click()
  }, name)
  await popup.waitForSelector('.remembered')
  return popup.evaluate((n) => {
    const card = [...document.querySelectorAll('article.card')].find((c) => c.querySelector('.card-name')?.textContent === n)
    const links = card?.querySelectorAll('.remembered li a')
    return links ? [...links].map((a) => a.textContent ?? '') : null
  }, name)
}

describe.each(BROWSERS)('memory in %s', (name) => {
  let bench: Bench
  let ext: Page

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name))
  })
  afterAll(async () => {
    await bench?.close()
  })

  it('shows on each story’s cards the other story that shares its entities, then forgets all', async () => {
    // One story after the other, each in front for the read rule's ten seconds.
    const remembered = (n: number) => waitFor(async () => {
      const r = await sendFrom(ext, { type: 'app/memory-list' })
      return r.ok && r.value.total === n ? r.value : null
    }, `${n} stories to be remembered`, 30_000)
    const first = await bench.openStory(DEMO_URL, { [DEMO_URL]: DEMO_HTML })
    const demoTab = await tabIdOf(ext, DEMO_URL)
    await remembered(1)
    const second = await bench.openStory(SECOND_URL, { [SECOND_URL]: SECOND_HTML })
    const secondTab = await tabIdOf(ext, SECOND_URL)
    const listed = await remembered(2)
    expect(listed.stories.map((s: { title: string }) => s.title).sort()).toEqual(
      [SECOND_TITLE, 'US and Iraq to discuss future military presence in country'].sort())

    const popup = await bench.openExtPage(`src/popup/index.html?tab=${demoTab}`)
    await popup.waitForSelector('article.card')
    expect(await rememberedOnCard(popup, 'Patrick Ryder')).toEqual([SECOND_TITLE])
    const other = await bench.openExtPage(`src/popup/index.html?tab=${secondTab}`)
    await other.waitForSelector('article.card')
    expect(await rememberedOnCard(other, 'Patrick Ryder')).toEqual(['US and Iraq to discuss future military presence in country'])

    expect((await sendFrom(ext, { type: 'app/memory-clear' })).ok).toBe(true)
    expect((await sendFrom(ext, { type: 'app/memory-list' })).value.total).toBe(0)
    expect((await tabState(ext, demoTab)).status).toBe('ready')
    await bench.reloadExtPage(popup, `src/popup/index.html?tab=${demoTab}`)
    await popup.waitForSelector('[data-state="ready"] article.card')
    // The card open, so that a remembered story would show: none does.
    await popup.evaluate(() => [...document.querySelectorAll('article.card')]
      .find((c) => c.querySelector('.card-name')?.textContent === 'Patrick Ryder')?.querySelector<HTMLButtonElement>('.card-toggle')?.click())
    await popup.waitForSelector('article.card[data-open="true"] .first-sentence')
    await new Promise((r) => setTimeout(r, 500))
    expect(await popup.$$('.remembered')).toHaveLength(0)
    const left = await ext.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome
      return Object.keys(await api.storage.local.get(null)).filter((k) => k.startsWith('gm/') && k !== 'gm/settings' && k !== 'gm/meta')
    })
    expect(left).toEqual([])
    for (const p of [popup, other, first.page, second.page]) await p.close()
  })
})
