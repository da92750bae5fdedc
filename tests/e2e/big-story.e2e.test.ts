// Big and busy stories, in both browsers (issue 14): a story past the text cap is analysed in its
// first part and the popup says how much was read; its tab state stays within its budget and
// costs no other tab its state (a note still saves in another tab); a page that changes every
// 10 ms is still re-read; and with no text in storage, the popup still anchors the story's notes
// after the background was stopped (the text is asked back from the page).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'puppeteer-core'
import { BROWSERS, DEMO_HTML, DEMO_URL, clearStorage, closeStrayPages, installPassageFinder, sendFrom, startBench, tabIdOf, tabState,
  waitFor, type Bench, storyReady } from './harness.ts'
import { bigStoryPage } from './big-story.ts'
import { MAX_TEXT_CHARS } from '../../src/protocol/messages.ts'
import { MAX_TAB_STATE_BYTES } from '../../src/background/tab-view.ts'

/** Analysing a big story on a busy 2-core machine: a generous bound, not a timing. */
const BIG_WAIT_MS = 150_000
/**
 * The big-story tests do work in proportion to megabytes of text (Firefox alone took 44 s for the
 * two 780,000-character stories on a quiet machine): their limit is set by their waits, not by
 * the suite's 60 s default, which a busy machine passed (two timeouts at load 25–29).
 */
const BIG_TEST_MS = 2 * BIG_WAIT_MS
const bigUrl = (chars: number) => `https://www.washingtonexaminer.com/policy/defense/${chars}/a-very-long-report/`

/** Opens the note editor on a passage as the context menu does (tab/new-note), types, and saves. */
async function saveNote(page: Page, ext: Page, tabId: number, passage: string, text: string): Promise<void> {
  await page.bringToFront()
  await page.evaluate(installPassageFinder)
  await page.evaluate((p) => {
    const range = (window as unknown as { glossTestPassageRange(p: string): Range }).glossTestPassageRange(p)
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
    getSelection()!.removeAllRanges()
    getSelection()!.addRange(range)
  }, passage)
  const opened = await ext.evaluate(async (id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome
    return api.tabs.sendMessage(id, { type: 'tab/new-note' })
  }, tabId)
  if (opened !== true) throw new Error('the note editor did not open')
  await page.keyboard.type(text)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
}

/** The stored state of a tab as the session area holds it, and its size in bytes of JSON. */
async function storedBytes(ext: Page, tabId: number): Promise<number> {
  return ext.evaluate(async (id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome
    const got = await api.storage.session.get(`tab:${id}`)
    return new TextEncoder().encode(JSON.stringify(got[`tab:${id}`])).length
  }, tabId)
}

describe.each(BROWSERS)('big and busy stories in %s', (name) => {
  let bench: Bench
  let ext: Page

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name))
  })
  afterAll(async () => {
    await bench?.close()
  })
  afterEach(() => closeStrayPages(bench, ext))

  const openDemo = async () => {
    const { page } = await bench.openStory(DEMO_URL, { [DEMO_URL]: DEMO_HTML })
    await page.setViewport({ width: 1200, height: 900 })
    const tabId = await tabIdOf(ext, DEMO_URL)
    await storyReady(ext, tabId)
    return { page, tabId }
  }
  const notesNow = async () => ((await sendFrom(ext, { type: 'app/notes-all' })).value.notes as { body: { text: string } }[]).map((n) => n.body.text)

  it('keeps two 780,000-character stories (each once took 5.5 MB and evicted the other tabs) within budget; another tab’s notes still save', async () => {
    await clearStorage(ext)
    const demo = await openDemo()
    const bigTabs: number[] = []
    for (const url of [bigUrl(780_000), bigUrl(780_001)]) {
      await bench.openStory(url, { [url]: bigStoryPage(url, 780_000) })
      const tabId = await tabIdOf(ext, url)
      await waitFor(async () => ['ready', 'error'].includes((await tabState(ext, tabId)).status), 'the big story to be analysed', BIG_WAIT_MS)
      bigTabs.push(tabId)
    }
    expect((await tabState(ext, demo.tabId)).status).toBe('ready')
    await saveNote(demo.page, ext, demo.tabId, 'The two sides are expected to begin these talks soon', 'saved beside 780,000')
    expect(await waitFor(async () => { const n = await notesNow(); return n.length > 0 ? n : null }, 'the note to be saved'))
      .toEqual(['saved beside 780,000'])
    for (const tabId of bigTabs) {
      const state = await tabState(ext, tabId)
      expect(state).toMatchObject({ status: 'ready', read: { chars: state.read.total } })
      expect(await storedBytes(ext, tabId)).toBeLessThanOrEqual(MAX_TAB_STATE_BYTES)
    }
    // The popup shows the story's cards without a word about a cut.
    const popup = await bench.openExtPage(`src/popup/index.html?tab=${bigTabs[0]}`)
    await popup.waitForSelector('article.card')
    expect(await popup.$('[data-read="part"]')).toBeNull()
    await popup.close()
  }, BIG_TEST_MS)

  for (const chars of [2_000_000, 2_500_000]) {
    it(`reads the first part of a ${chars.toLocaleString('en')}-character story, says so, and another tab’s notes still save`, async () => {
      await clearStorage(ext)
      const demo = await openDemo()
      const url = bigUrl(chars)
      const big = await bench.openStory(url, { [url]: bigStoryPage(url, chars) })
      const bigTab = await tabIdOf(ext, url)
      const state = await waitFor(async () => {
        const s = await tabState(ext, bigTab)
        return s.status === 'ready' || s.status === 'error' ? s : null
      }, 'the big story to be analysed', BIG_WAIT_MS)
      expect(state.status).toBe('ready')
      expect(state.read.total).toBeGreaterThanOrEqual(chars)
      expect(state.read.chars).toBeLessThanOrEqual(MAX_TEXT_CHARS)
      expect(state.read.chars).toBeGreaterThan(MAX_TEXT_CHARS - 5_000)
      expect(await storedBytes(ext, bigTab)).toBeLessThanOrEqual(MAX_TAB_STATE_BYTES)
      // Marks are painted on the part that was read.
      await big.page.waitForFunction(() => (CSS.highlights.get('gloss-per')?.size ?? 0) > 0, { timeout: BIG_WAIT_MS })
      // The popup says what was read.
      const popup = await bench.openExtPage(`src/popup/index.html?tab=${bigTab}`)
      await popup.waitForSelector('[data-read="part"]', { timeout: BIG_WAIT_MS })
      expect(await popup.$eval('[data-read="part"]', (p) => p.textContent!.replace(/\s+/g, ' ')))
        .toContain(`Gloss read the first ${state.read.chars.toLocaleString('en')} of ${state.read.total.toLocaleString('en')} characters of this story`)
      expect(await popup.$$eval('article.card', (cards) => cards.length)).toBeGreaterThan(5)
      await popup.close()
      // A note past the part that was read still saves, and the popup lists it as such, not as lost.
      const last = await big.page.evaluate(() => Number(/\(Part (\d+)\.\)/.exec(document.querySelector('.article-body p:last-of-type')!.textContent!)![1]))
      await saveNote(big.page, ext, bigTab, `(Part ${last - 3}.)`, 'past the cut')
      await waitFor(async () => (await notesNow()).includes('past the cut'), 'the note past the cut to be saved')
      const again = await bench.openExtPage(`src/popup/index.html?tab=${bigTab}`)
      await again.waitForSelector('[data-card="notes"] li')
      expect(await again.$$eval('[data-card="notes"] li', (lis) => lis.map((li) => li.getAttribute('data-status')))).toEqual(['past-read'])
      await again.close()
      // The other tab kept its state, and a note saves there.
      expect((await tabState(ext, demo.tabId)).status).toBe('ready')
      await saveNote(demo.page, ext, demo.tabId, 'The two sides are expected to begin these talks soon', `saved beside ${chars}`)
      expect(await waitFor(async () => { const n = await notesNow(); return n.length > 1 ? n : null }, 'the note to be saved'))
        .toEqual(expect.arrayContaining([`saved beside ${chars}`, 'past the cut']))
      await big.page.close()
      await demo.page.close()
    }, BIG_TEST_MS)
  }

  it('re-reads a page whose script changes it every 10 ms', async () => {
    await clearStorage(ext)
    // A ticker of our own outside the story, changing every 10 ms from the start: each change
    // used to push the debounce back, so the story was never looked at again.
    const busy = DEMO_HTML.replace('</body>', `<div id="ticker">0</div><script>
      let n = 0
      setInterval(() => { document.getElementById('ticker').textContent = String(++n) }, 10)
    </script></body>`)
    const { page } = await bench.openStory(DEMO_URL, { [DEMO_URL]: busy })
    const tabId = await tabIdOf(ext, DEMO_URL)
    await storyReady(ext, tabId)
    await page.waitForFunction(() => (CSS.highlights.get('gloss-per')?.size ?? 0) > 0, { timeout: 20_000 })
    expect(await page.evaluate(() => Number(document.getElementById('ticker')!.textContent) > 0)).toBe(true)
    // The story grows while the ticker runs.
    await page.evaluate(() => {
      const p = document.createElement('p')
      p.textContent = 'Angela Merkel arrived in Berlin on Thursday to meet the French president, Emmanuel Macron.'
      document.querySelector('.article-body')!.append(p)
    })
    // What the reader sees: the new name marked (the watcher looks again within MAX_WAIT_MS).
    await page.waitForFunction(() => [...((CSS.highlights.get('gloss-per') as Iterable<Range> | undefined) ?? [])]
      .some((r) => r.toString() === 'Angela Merkel'), { timeout: 30_000 })
    expect(await page.evaluate(() => Number(document.getElementById('ticker')!.textContent) > 100)).toBe(true)
    await page.close()
  })

  it('anchors the story’s notes in the popup after the background was stopped', async () => {
    await clearStorage(ext)
    const demo = await openDemo()
    await saveNote(demo.page, ext, demo.tabId, 'The two sides are expected to begin these talks soon', 'anchored after a stop')
    await waitFor(async () => (await notesNow()).length === 1, 'the note to be saved')
    await bench.stopBackground()
    const popup = await bench.openExtPage(`src/popup/index.html?tab=${demo.tabId}`)
    await popup.waitForSelector('[data-card="notes"] li')
    expect(await popup.$$eval('[data-card="notes"] li', (lis) => lis.map((li) => [li.getAttribute('data-status'), li.querySelector('.note-quote')?.textContent])))
      .toEqual([['anchored', '“The two sides are expected to begin these talks soon”']])
    await popup.close()
    await demo.page.close()
  })
})
