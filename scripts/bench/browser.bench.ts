// Gloss in real Chromium, against docs/architecture.md's budgets: the main-thread time the content script
// adds to a page (detection, text map, painting) and the longest task it causes (the popup's first
// cards: popup.bench.ts). Main-thread time is measured as the difference
// in renderer main-thread busy time (Chrome trace, RunTask) between the page loaded with Gloss and
// without it, median of several loads; so it counts everything Gloss makes the page do.
import { existsSync } from 'node:fs'
import type { Browser, Page } from 'puppeteer-core'
import puppeteer from 'puppeteer-core'
import { BROWSER_PATHS, DEMO_HTML, DEMO_URL, launch } from '../../tests/e2e/harness.ts'
import type { BenchRow } from './row.ts'

const RUNS = 5
const SETTLE_MS = 600
export const BIG_URL = 'https://www.washingtonexaminer.com/policy/defense/2899999/a-very-long-report/'

/** A 20,000-word story page built from the demo story's paragraphs. */
export function bigPage(): string {
  const paras = [...DEMO_HTML.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1])
  let words = 0
  const out: string[] = []
  for (let i = 0; words < 20_000; i++) {
    const p = paras[i % paras.length]
    out.push(`<p>${p}</p>`)
    words += p.split(/\s+/).length
  }
  return DEMO_HTML.replace(/<div class="article-body">[\s\S]*?<\/div>\s*<div class="share"/, `<div class="article-body">${out.join('\n')}</div><div class="share"`)
    .replaceAll(DEMO_URL, BIG_URL)
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

interface Load { busyMs: number; maxTaskMs: number }

async function tracedLoad(browser: Browser, url: string, html: string, glossReady: ((p: Page) => Promise<void>) | null): Promise<Load> {
  const page = await browser.newPage()
  await page.setRequestInterception(true)
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return
    if (req.url() === url) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    if (!/^https?:/.test(req.url())) return void req.continue()
    return void req.abort()
  })
  await page.tracing.start({ categories: ['disabled-by-default-devtools.timeline', 'toplevel', '__metadata'] })
  await page.goto(url, { waitUntil: 'load' })
  if (glossReady) await glossReady(page)
  await new Promise((r) => setTimeout(r, SETTLE_MS))
  const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: TraceEvent[] }
  await page.close()
  return busyOf(trace.traceEvents)
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } }

function busyOf(events: TraceEvent[]): Load {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  let busy = 0, max = 0
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`)) continue
    const ms = (e.dur ?? 0) / 1000
    busy += ms
    max = Math.max(max, ms)
  }
  return { busyMs: busy, maxTaskMs: max }
}

async function pageCost(label: string, url: string, html: string, budget: number): Promise<BenchRow[]> {
  const plain = await puppeteer.launch({ executablePath: BROWSER_PATHS.chromium, headless: true, pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost'] })
  const gloss = await launch('chromium')
  try {
    const painted = async (p: Page) => { await p.waitForFunction(() => (CSS.highlights.get('gloss-loc')?.size ?? 0) > 0, { timeout: 20_000 }) }
    const without: Load[] = [], withGloss: Load[] = []
    for (let i = 0; i < RUNS; i++) {
      without.push(await tracedLoad(plain, url, html, null))
      withGloss.push(await tracedLoad(gloss.browser, url, html, painted))
    }
    const added = Math.max(0, median(withGloss.map((l) => l.busyMs)) - median(without.map((l) => l.busyMs)))
    const maxTask = median(withGloss.map((l) => l.maxTaskMs))
    return [
      { group: 'browser', name: `${label}: main-thread time Gloss adds (Chromium, median of ${RUNS})`, value: `${added.toFixed(1)} ms`,
        peer: `page alone ${median(without.map((l) => l.busyMs)).toFixed(1)} ms`, budget: `≤ ${budget} ms`, ok: added <= budget },
      { group: 'browser', name: `${label}: longest main-thread task with Gloss`, value: `${maxTask.toFixed(1)} ms`,
        peer: `page alone ${median(without.map((l) => l.maxTaskMs)).toFixed(1)} ms`, budget: '≤ 50 ms', ok: maxTask <= 50 },
    ]
  } finally {
    await plain.close()
    await gloss.close()
  }
}

export default async function browserBench(): Promise<BenchRow[]> {
  if (!existsSync('dist/chrome/manifest.json') || !existsSync(BROWSER_PATHS.chromium)) {
    return [{ group: 'browser', name: 'skipped', value: `needs npm run build and ${BROWSER_PATHS.chromium} (CHROMIUM_PATH)` }]
  }
  return [
    ...(await pageCost('demo page', DEMO_URL, DEMO_HTML, 16)),
    ...(await pageCost('20,000-word page', BIG_URL, bigPage(), 50)),
  ]
}
