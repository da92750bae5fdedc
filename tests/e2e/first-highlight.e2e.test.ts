// The first-highlight measure the bench reads (src/content/first-highlight.ts), in both browsers:
// a story page gets exactly one, after its highlights are registered; a page that is not a story
// gets no entry of Gloss in its performance timeline (docs/architecture.md, threat model).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'puppeteer-core'
import { BROWSERS, DEMO_HTML, DEMO_URL, closeStrayPages, startBench, tabIdOf, tabState, waitFor, type Bench } from './harness.ts'

const MEASURE = 'gloss:first-highlight'

describe.each(BROWSERS)('first-highlight measure in %s', (name) => {
  let bench: Bench
  let ext: Page

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name))
  })
  afterAll(async () => {
    await bench?.close()
  })
  afterEach(() => closeStrayPages(bench, ext))

  it('is made once on a story page, from the content script’s start to a frame with highlights', async () => {
    const { page } = await bench.openStory(DEMO_URL, { [DEMO_URL]: DEMO_HTML })
    const entry = await waitFor(() => page.evaluate((m) => {
      const [e] = performance.getEntriesByName(m)
      return e ? { start: e.startTime, duration: e.duration, count: performance.getEntriesByName(m).length } : null
    }, MEASURE), 'the first-highlight measure')
    expect(entry.count).toBe(1)
    expect(entry.start).toBeGreaterThanOrEqual(0)
    expect(entry.duration).toBeGreaterThan(0)
    // the highlights it measures are there
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0)
    await page.close()
  })

  it('leaves no entry on a page that is not a story', async () => {
    const url = 'https://www.washingtonexaminer.com/policy/defense/'
    const front = '<!doctype html><html lang="en"><head><title>Defense | Washington Examiner</title></head><body>' +
      '<nav><a href="/">Home</a></nav><main><h1>Defense</h1><ul>' +
      Array.from({ length: 12 }, (_, i) => `<li><a href="/policy/defense/${i}/">Headline number ${i} about the Pentagon</a></li>`).join('') +
      '</ul></main></body></html>'
    const { page } = await bench.openStory(url, { [url]: front })
    const tabId = await tabIdOf(ext, url)
    await waitFor(async () => (await tabState(ext, tabId)).status === 'no-story', 'a no-story report')
    const names = await page.evaluate(() => performance.getEntries().map((e) => e.name))
    expect(names.filter((n) => n.startsWith('gloss'))).toEqual([])
    await page.close()
  })
})
