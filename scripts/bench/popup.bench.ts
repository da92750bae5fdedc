// The popup's first cards on a tab already analysed, in real Chromium and Firefox ESR: from the
// popup script's start to the frame that first paints its cards, as the popup measures it itself
// (src/popup/first-cards.ts, the 'gloss:popup-first-cards' User Timing measure). The popup is
// opened as a tab page with the tab's id, as the e2e tests open it (a test cannot open the toolbar
// popup in Firefox); navigation start to that frame is given beside it. Budget: docs/architecture.md.
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { BROWSERS, DEMO_HTML, DEMO_URL, launch, tabIdOf, tabState, waitFor, type BrowserName } from '../../tests/e2e/harness.ts'
import type { BenchRow } from './row.ts'

const RUNS = 7
const BUDGET_MS = 100
const MEASURE = 'gloss:popup-first-cards'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function firstCards(name: BrowserName): Promise<BenchRow> {
  const bench = await launch(name)
  try {
    const ext = await bench.openExtPage('src/options/index.html')
    await bench.openStory(DEMO_URL, { [DEMO_URL]: DEMO_HTML })
    const tabId = await tabIdOf(ext, DEMO_URL)
    await waitFor(async () => (await tabState(ext, tabId)).status === 'ready', 'the demo story to be analysed', 60_000)
    const script: number[] = []
    const fromNav: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const popup = await bench.openExtPage(`src/popup/index.html?tab=${tabId}`)
      const m = await waitFor(() => popup.evaluate((n) => {
        const [e] = performance.getEntriesByName(n)
        return e ? { ms: e.duration, end: e.startTime + e.duration } : null
      }, MEASURE), 'the first cards', 60_000)
      script.push(m.ms)
      fromNav.push(m.end)
      await popup.close()
    }
    const ms = median(script)
    return { group: 'popup', name: `first cards on an analysed tab, ${name} (script start → painted, median of ${RUNS})`, value: `${ms.toFixed(1)} ms`,
      peer: `fastest ${Math.min(...script).toFixed(1)} ms; navigation start → painted ${median(fromNav).toFixed(1)} ms; runs ${script.map((x) => x.toFixed(0)).join(', ')}; load ${loadavg()[0].toFixed(1)}`,
      budget: `≤ ${BUDGET_MS} ms`, ok: ms <= BUDGET_MS }
  } finally {
    await bench.close()
  }
}

export default async function popupBench(): Promise<BenchRow[]> {
  if (!existsSync('dist/chrome/manifest.json') || !existsSync('dist/firefox/manifest.json')) {
    return [{ group: 'popup', name: 'skipped', value: 'needs npm run build' }]
  }
  const rows: BenchRow[] = []
  for (const name of BROWSERS) rows.push(await firstCards(name))
  return rows
}
