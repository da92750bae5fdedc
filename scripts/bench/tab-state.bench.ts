// What one tab's state costs in storage.session, in real Chromium: the bytes Chrome counts
// against the session quota (storage.session.getBytesInUse) and the JSON size, for the demo story
// and for a 780,000-character story (the size that once took 7.4 MB and evicted other tabs).
import type { Page } from 'puppeteer-core'
import { DEMO_HTML, DEMO_URL, OPTIONS_PAGE, launch, tabIdOf, tabState, waitFor } from '../../tests/e2e/harness.ts'
import { bigStoryPage } from '../../tests/e2e/big-story.ts'
import { MAX_TAB_STATE_BYTES } from '../../src/background/tab-view.ts'
import type { BenchRow } from './row.ts'

const BIG_URL = 'https://www.washingtonexaminer.com/policy/defense/2899998/a-long-report/'
const BIG_CHARS = 780_000
/** The budget is on the stored JSON; Chrome's count is printed beside it. */
const BUDGET_BYTES = MAX_TAB_STATE_BYTES

async function measure(ext: Page, tabId: number): Promise<{ quota: number; json: number }> {
  return ext.evaluate(async (id) => {
    const api = (globalThis as any).chrome
    const key = `tab:${id}`
    const got = await api.storage.session.get(key)
    return { quota: await api.storage.session.getBytesInUse(key), json: new TextEncoder().encode(JSON.stringify(got[key])).length }
  }, tabId)
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

const bench = async (): Promise<BenchRow[]> => {
  const b = await launch('chromium')
  try {
    const ext = await b.openExtPage(OPTIONS_PAGE)
    const rows: BenchRow[] = []
    for (const [label, url, html] of [['demo story', DEMO_URL, DEMO_HTML], [`${BIG_CHARS.toLocaleString('en')}-character story`, BIG_URL, bigStoryPage(BIG_URL, BIG_CHARS)]] as const) {
      const { page } = await b.openStory(url, { [url]: html })
      const tabId = await tabIdOf(ext, url)
      const state = await waitFor(async () => { const s = await tabState(ext, tabId); return s.status === 'ready' ? s : null }, 'the story to be analysed', 120_000)
      const m = await measure(ext, tabId)
      const { cards, timeline, omitted } = state.view
      rows.push({ group: 'tab state', name: `${label}: session quota / JSON`, value: `${kb(m.quota)} / ${kb(m.json)} (cards ${cards.length}/${cards.length + omitted.cards}, dates ${timeline.length}/${timeline.length + omitted.dates})`,
        budget: `JSON ≤ ${kb(BUDGET_BYTES)}`, ok: m.json <= BUDGET_BYTES })
      await page.close()
    }
    return rows
  } finally {
    await b.close()
  }
}
export default bench
