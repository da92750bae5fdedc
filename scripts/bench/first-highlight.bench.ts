// Time to first highlight in real Chromium and Firefox ESR: from the content script's start to the
// frame that first paints its highlights, as the content script measures it itself
// (src/content/first-highlight.ts, the 'gloss:first-highlight' User Timing measure, read from the
// page). Three states of the background: awake (a story was just analysed), asleep (stopped as
// after 30 idle seconds: the Chrome service worker closed, the Firefox event page terminated as
// about:debugging does), and the first page after the browser starts (extension just installed).
// The demo page and a 20,000-word page. Goals from issue 18.
import { existsSync } from 'node:fs'
import type { Page } from 'puppeteer-core'
import { BROWSER_PATHS, DEMO_HTML, DEMO_URL, launch, waitFor, type Bench, type BrowserName } from '../../tests/e2e/harness.ts'
import { BIG_URL, bigPage } from './browser.bench.ts'
import type { BenchRow } from './row.ts'

/** Loads measured per row; the median is reported. */
const RUNS = 5
const GOAL_AWAKE_MS = 100
const GOAL_ASLEEP_MS = 300
const GOAL_FIRST_PAGE_MS = 600
const GOAL_BIG_AWAKE_MS = 250
const MEASURE = 'gloss:first-highlight'
/** A cold 20,000-word page on a busy machine can take seconds; the bench waits, never fails on it. */
const WAIT_MS = 90_000
const STOP_TRIES = 10
const STOP_RETRY_MS = 500

interface Measured {
  ms: number
  startMs: number
  /** From DOMContentLoaded, which the content script waits for before it reads the page, to the paint. */
  afterParsedMs: number
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Opens `url`, waits for the measure, closes the page. */
async function measure(bench: Bench, url: string, html: string): Promise<Measured> {
  const { page } = await bench.openStory(url, { [url]: html })
  try {
    return await waitFor(() => readMeasure(page), 'the first highlight', WAIT_MS)
  } finally {
    await page.close()
  }
}

const readMeasure = (page: Page) => page.evaluate((m) => {
  const [e] = performance.getEntriesByName(m)
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
  if (!e || !nav) return null
  return { ms: e.duration, startMs: e.startTime, afterParsedMs: e.startTime + e.duration - nav.domContentLoadedEventStart }
}, MEASURE)

/**
 * Stops the background; Firefox sometimes refuses while an event is still being handled (its
 * state stays 'running'), so try again a few times.
 */
async function sleepBackground(bench: Bench): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return await bench.stopBackground()
    } catch (err) {
      if (i >= STOP_TRIES) throw err
      await new Promise((r) => setTimeout(r, STOP_RETRY_MS))
    }
  }
}

function row(browser: BrowserName, what: string, runs: Measured[], goal: number): BenchRow {
  const ms = median(runs.map((r) => r.ms))
  return {
    group: 'first highlight', name: `${what} (${browser}, median of ${runs.length})`, value: `${ms.toFixed(0)} ms`,
    peer: `range ${Math.min(...runs.map((r) => r.ms)).toFixed(0)}–${Math.max(...runs.map((r) => r.ms)).toFixed(0)} ms; script starts ${median(runs.map((r) => r.startMs)).toFixed(0)} ms after navigation; paint ${median(runs.map((r) => r.afterParsedMs)).toFixed(0)} ms after DOMContentLoaded`,
    budget: `≤ ${goal} ms`, ok: ms <= goal,
  }
}

async function browserRows(name: BrowserName): Promise<BenchRow[]> {
  const big = bigPage()
  const first: Measured[] = []
  for (let i = 0; i < RUNS; i++) {
    const bench = await launch(name)
    try {
      first.push(await measure(bench, DEMO_URL, DEMO_HTML))
    } finally {
      await bench.close()
    }
  }
  const bench = await launch(name)
  try {
    await measure(bench, DEMO_URL, DEMO_HTML) // the background and the model warm
    const awake: Measured[] = []
    for (let i = 0; i < RUNS; i++) awake.push(await measure(bench, DEMO_URL, DEMO_HTML))
    const asleep: Measured[] = []
    for (let i = 0; i < RUNS; i++) {
      await sleepBackground(bench)
      asleep.push(await measure(bench, DEMO_URL, DEMO_HTML))
    }
    await measure(bench, BIG_URL, big)
    const bigAwake: Measured[] = []
    for (let i = 0; i < RUNS; i++) bigAwake.push(await measure(bench, BIG_URL, big))
    const bigAsleep: Measured[] = []
    for (let i = 0; i < RUNS; i++) {
      await sleepBackground(bench)
      bigAsleep.push(await measure(bench, BIG_URL, big))
    }
    return [
      row(name, 'demo page, background awake', awake, GOAL_AWAKE_MS),
      row(name, 'demo page, background asleep', asleep, GOAL_ASLEEP_MS),
      row(name, 'demo page, first page after the browser starts', first, GOAL_FIRST_PAGE_MS),
      row(name, '20,000-word page, background awake', bigAwake, GOAL_BIG_AWAKE_MS),
      { ...row(name, '20,000-word page, background asleep', bigAsleep, GOAL_ASLEEP_MS), budget: undefined, ok: undefined },
    ]
  } finally {
    await bench.close()
  }
}

export default async function firstHighlightBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  for (const [name, binary, dist] of [['chromium', BROWSER_PATHS.chromium, 'dist/chrome'], ['firefox', BROWSER_PATHS.firefox, 'dist/firefox']] as const) {
    if (!existsSync(`${dist}/manifest.json`) || !existsSync(binary)) {
      rows.push({ group: 'first highlight', name: `skipped (${name})`, value: `needs npm run build and ${binary}` })
      continue
    }
    try {
      rows.push(...(await browserRows(name)))
    } catch (err) {
      rows.push({ group: 'first highlight', name: `failed (${name})`, value: String(err) })
    }
  }
  return rows
}
