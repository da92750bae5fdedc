// Speed of the date pass: findDates in chars/s over news text, side by side with plain
// chrono-node's parse on the same text in the same run. Budget: the date pass adds no more than
// a fifth to the entity engine's time per character; at the engine's 1–3M chars/s target that
// means ≥ 10M chars/s here (issue 5).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as chrono from 'chrono-node'
import { findDates } from '../../src/engine/find-dates.ts'
import type { BenchRow } from './row.ts'

/** The engine's 3M chars/s aim divided by a fifth's share: the date pass's own budget. */
const BUDGET_CHARS_PER_S = 10_000_000
/** Repeat the corpus until a run lasts long enough to time reliably. */
const MIN_MS = 400

const corpus = fileURLToPath(new URL('../../../shared/corpora/timeml', import.meta.url))

/** The TimeML stories' texts, one string per document. */
function newsTexts(): string[] | null {
  if (!existsSync(corpus)) return null
  const parts: string[] = []
  for (const dir of ['timebank', 'aquaint']) {
    for (const f of readdirSync(join(corpus, dir)).sort()) {
      const xml = readFileSync(join(corpus, dir, f), 'utf8')
      const body = xml.slice(xml.indexOf('<TEXT>') + 6, xml.indexOf('</TEXT>'))
      parts.push(body.replace(/<[^>]*>/g, ''))
    }
  }
  return parts
}

function rate(run: () => void, chars: number): number {
  for (let k = 0; k < 3; k++) run() // warm up the JIT
  let n = 0
  const t0 = performance.now()
  let ms = 0
  do {
    run()
    n++
    ms = performance.now() - t0
  } while (ms < MIN_MS)
  return (chars * n) / (ms / 1000)
}

const fmt = (r: number) => `${(r / 1e6).toFixed(1)}M chars/s`

export default async (): Promise<BenchRow[]> => {
  const docs = newsTexts()
  if (!docs) return [{ group: 'dates', name: 'findDates speed', value: 'skipped: ../shared/corpora/timeml not found' }]
  const text = docs.join('\n\n')
  const ours = rate(() => {
    for (const d of docs) findDates(d, { published: '1998-01-08', lang: 'en' })
  }, text.length)
  const ref = new Date(1998, 0, 8, 12)
  const peer = rate(() => {
    for (const d of docs) chrono.parse(d, ref)
  }, text.length)
  const huge = text.repeat(Math.ceil(2_000_000 / text.length)) // one 2M-char text: linear time
  const t0 = performance.now()
  findDates(huge, { published: '1998-01-08' })
  const hugeRate = huge.length / ((performance.now() - t0) / 1000)
  return [
    { group: 'dates', name: 'findDates, TimeML news (warm)', value: fmt(ours), peer: `chrono-node parse ${fmt(peer)}`, budget: `≥ ${fmt(BUDGET_CHARS_PER_S)}`, ok: ours >= BUDGET_CHARS_PER_S },
    { group: 'dates', name: `findDates, one ${(huge.length / 1e6).toFixed(1)}M-char text`, value: fmt(hugeRate) },
  ]
}
