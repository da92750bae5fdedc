// Story detection in the real browsers, on pages of our own: a story that only the fallback scan
// finds (the page swallowed by an unclosed <aside>) is painted like any other, and a product page
// is left quiet by the content script's cheap look (the page-type classifier): the tab says "no
// story" with the reason, nothing is painted, Gloss adds no element to the page, and the story is
// never sent for analysis. The last is watched where it shows: every state the background writes
// for the tab in storage.session; a page/story request always writes 'analysing' first.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BROWSERS, closeStrayPages, startBench, tabIdOf, tabState, waitFor, type Bench } from './harness.ts'
import type { Page } from 'puppeteer-core'

const FALLBACK_URL = 'https://www.harbourgazette.example/2031/04/02/pier-reopens'
const PRODUCT_URL = 'https://shop.kettleworks.example/products/copper-kettle-2l'
const routes = {
  [FALLBACK_URL]: readFileSync(resolve('tests/fixtures/story-e2e/fallback-story.html'), 'utf8'),
  [PRODUCT_URL]: readFileSync(resolve('tests/fixtures/pages/product-page/page.html'), 'utf8'),
}

describe.each(BROWSERS)('story detection in %s', (name) => {
  let bench: Bench
  let ext: Page

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name))
  })
  afterAll(async () => {
    await bench?.close()
  })
  afterEach(() => closeStrayPages(bench, ext))

  it('paints a story only the fallback scan finds', async () => {
    const { page } = await bench.openStory(FALLBACK_URL, routes)
    const tabId = await tabIdOf(ext, FALLBACK_URL)
    const state = await waitFor(async () => {
      const s = await tabState(ext, tabId)
      return s.status === 'ready' ? s : null
    }, 'the fallback story to be analysed')
    expect(JSON.stringify(state)).toContain('Pier reopens')
    await page.waitForFunction(() => (CSS.highlights.get('gloss-per')?.size ?? 0) > 0, { timeout: 20_000 })
    const people = await page.evaluate(() => [...(CSS.highlights.get('gloss-per') as Iterable<Range>)].map((r) => r.toString()))
    expect(people.join(' ')).toContain('Mara Quill')
    await page.close()
  })

  it('leaves a product page quiet and sends nothing of it for analysis', async () => {
    await ext.evaluate(() => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome
      const seen: Array<{ key: string; status: string; url: string }> = ((globalThis as any).__tabStates = [])
      api.storage.session.onChanged.addListener((changes: Record<string, { newValue?: any }>) => {
        for (const [key, change] of Object.entries(changes)) {
          const v = change.newValue
          if (key.startsWith('tab:') && v) seen.push({ key, status: v.status, url: v.url })
        }
      })
    })
    const { page } = await bench.openStory(PRODUCT_URL, routes)
    const tabId = await tabIdOf(ext, PRODUCT_URL)
    const state = await waitFor(async () => {
      const s = await tabState(ext, tabId)
      return s.status === 'no-story' ? s : null
    }, 'a no-story report')
    expect(state.reason).toBe('product page')
    const painted = await page.evaluate(() => ['gloss-per', 'gloss-org', 'gloss-loc', 'gloss-misc', 'gloss-date']
      .reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0))
    expect(painted).toBe(0)
    // No host element: the page's body has only its own children.
    expect(await page.evaluate(() => document.documentElement.children.length)).toBe(2)
    // The background never analysed the page: the tab's states were only the no-story report.
    const states = await ext.evaluate((key) => ((globalThis as any).__tabStates as Array<{ key: string; status: string; url: string }>)
      .filter((s) => s.key === key), `tab:${tabId}`)
    expect(states.length).toBeGreaterThan(0)
    expect(states.filter((s) => s.url === PRODUCT_URL).map((s) => s.status)).toEqual(states.filter((s) => s.url === PRODUCT_URL).map(() => 'no-story'))
    await page.close()
  })
})
