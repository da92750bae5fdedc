// Speed, load time and size of the entity recogniser, side by side with compromise (people,
// organisations, places) on the same text in the same run. Budgets from issue 4: ≥ 1M chars/s
// and ≥ 10× compromise on one core, load ≤ 50 ms; model file ≤ 2 MB gzipped (issue 16 gave the
// whole extension 3 MB zipped for today's name lists; issue 4 had 1.5 MB for the model).
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import nlp from 'compromise'
import type { loadEntityModel as LoadEntityModel } from '../../src/engine/entity-model.ts'
import type { recognizeEntities as RecognizeEntities } from '../../src/engine/recognize-entities.ts'
import { importBundled } from './bundled.ts'
import type { BenchRow } from './row.ts'

const BUDGET_CHARS_PER_S = 1_000_000
const BUDGET_TIMES_COMPROMISE = 10
const BUDGET_LOAD_MS = 50
const BUDGET_GZIP_BYTES = 2 * 1024 * 1024
/** Repeat the corpus until a run lasts long enough to time reliably. */
const MIN_MS = 1000
/**
 * Timed runs of each side, alternating, the best kept: on a shared machine a burst of other work
 * slows whichever side runs during it (one run each put the ratio anywhere from 9.2× to 11.5×
 * within an hour, three still 8.8× once); the best of several, taken the same way for both, is
 * what each can do. Each side runs the corpus in its own loop; a row after it interleaves the
 * two story by story, where Gloss runs at about a third of its speed (compromise's allocations
 * evict the model's tables from the caches and bring garbage collections into Gloss's time;
 * docs/entities.md).
 */
const ROUNDS = 5
/** Passes over the stories for the interleaved figure. */
const INTERLEAVED_ROUNDS = 2

const modelPath = fileURLToPath(new URL('../../src/engine/model/entities.bin', import.meta.url))
const testa = fileURLToPath(new URL('../../../shared/corpora/conll2003/eng.testa', import.meta.url))

/** eng.testa as plain stories: tokens joined by spaces, sentences by line breaks. */
function stories(): string[] {
  const out: string[] = []
  let cur: string[] = []
  let line: string[] = []
  const endLine = () => { if (line.length) cur.push(line.join(' ')); line = [] }
  for (const row of readFileSync(testa, 'utf8').split('\n')) {
    if (row.startsWith('-DOCSTART-')) { endLine(); if (cur.length) out.push(cur.join('\n')); cur = []; continue }
    if (row.trim() === '') { endLine(); continue }
    line.push(row.split(' ')[0])
  }
  endLine()
  if (cur.length) out.push(cur.join('\n'))
  return out
}

function rate(run: () => void, chars: number, minMs = MIN_MS): number {
  run() // warm up the JIT
  let n = 0
  const t0 = performance.now()
  let ms = 0
  do { run(); n++; ms = performance.now() - t0 } while (ms < minMs)
  return (chars * n) / (ms / 1000)
}

const fmt = (r: number) => (r >= 1e6 ? `${(r / 1e6).toFixed(2)}M chars/s` : `${(r / 1e3).toFixed(0)}k chars/s`)

export default async (): Promise<BenchRow[]> => {
  const { loadEntityModel, recognizeEntities } = await importBundled<{
    loadEntityModel: typeof LoadEntityModel; recognizeEntities: typeof RecognizeEntities
  }>(`export { loadEntityModel } from './src/engine/entity-model.ts'
export { recognizeEntities } from './src/engine/recognize-entities.ts'`)
  const bytes = new Uint8Array(readFileSync(modelPath))
  const loads: number[] = []
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now()
    loadEntityModel(bytes)
    loads.push(performance.now() - t0)
  }
  const gz = gzipSync(bytes, { level: 9 }).length
  const rows: BenchRow[] = [
    { group: 'entities', name: 'model load (first, then median of 5)', value: `${loads[0].toFixed(1)} ms / ${loads.slice().sort((a, b) => a - b)[2].toFixed(1)} ms`, budget: `≤ ${BUDGET_LOAD_MS} ms`, ok: loads[0] <= BUDGET_LOAD_MS },
    { group: 'entities', name: 'model file (gzip -9)', value: `${(gz / 1024).toFixed(0)} KB (raw ${(bytes.length / 1024).toFixed(0)} KB)`, budget: '≤ 2048 KB', ok: gz <= BUDGET_GZIP_BYTES },
  ]
  if (!existsSync(testa)) {
    rows.push({ group: 'entities', name: 'recognizeEntities speed', value: 'skipped: ../shared/corpora/conll2003 not found' })
    return rows
  }
  const model = loadEntityModel(bytes)
  const docs = stories()
  const chars = docs.reduce((n, d) => n + d.length, 0)
  const oursRun = () => { for (const d of docs) recognizeEntities(d, model) }
  const peerRun = () => {
    for (const d of docs) {
      const doc = nlp(d)
      doc.people().json(); doc.organizations().json(); doc.places().json()
    }
  }
  let ours = 0, peer = 0
  for (let r = 0; r < ROUNDS; r++) {
    ours = Math.max(ours, rate(oursRun, chars))
    peer = Math.max(peer, rate(peerRun, chars, 0))
  }
  // Story by story, one side then the other, each timed alone: the way a background worker meets
  // stories between other work (reported, not held to the budget, which the runs above measure).
  let oursMs = 0, peerMs = 0
  for (let r = 0; r < INTERLEAVED_ROUNDS; r++) {
    for (const d of docs) {
      const a = performance.now()
      const doc = nlp(d)
      doc.people().json(); doc.organizations().json(); doc.places().json()
      const b = performance.now()
      recognizeEntities(d, model)
      oursMs += performance.now() - b
      peerMs += b - a
    }
  }
  const oursMixed = (INTERLEAVED_ROUNDS * chars) / (oursMs / 1000)
  const big = 'word '.repeat(1_000_000) // one 5 MB paragraph without punctuation
  const t0 = performance.now()
  recognizeEntities(big, model)
  const bigMs = performance.now() - t0
  rows.push(
    { group: 'entities', name: `recognizeEntities speed (eng.testa stories, one core, best of ${ROUNDS})`, value: fmt(ours), peer: `compromise ${fmt(peer)} (${(ours / peer).toFixed(1)}×)`, budget: `≥ ${fmt(BUDGET_CHARS_PER_S)}, ≥ ${BUDGET_TIMES_COMPROMISE}× compromise`, ok: ours >= BUDGET_CHARS_PER_S && ours >= BUDGET_TIMES_COMPROMISE * peer },
    { group: 'entities', name: 'recognizeEntities speed, interleaved story by story with compromise', value: fmt(oursMixed), peer: `compromise ${fmt((INTERLEAVED_ROUNDS * chars) / (peerMs / 1000))} (${(peerMs / oursMs).toFixed(1)}×)` },
    { group: 'entities', name: 'one 5 MB paragraph without punctuation', value: `${bigMs.toFixed(0)} ms (${fmt(big.length / (bigMs / 1000))})` },
  )
  return rows
}
