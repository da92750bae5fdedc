// The engine and the story walk on hostile input, end to end: a 5 MB word (a base64 blob, a
// pasted hash), 5 MB of one punctuation mark, 100,000 one-character paragraphs and 50,000 link
// lines. Linearity itself is proved by counting work in the unit tests (tests/unit/engine/linear-*,
// tests/unit/page/linear-walk.test.ts); these rows say what it costs. Budget from issue 18: a
// 5 MB word ≤ 1 s end to end in the engine. Inputs of our own: no corpus needed.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseHTML } from 'linkedom'
import type { analyzeText as AnalyzeText } from '../../src/engine/analyze.ts'
import type { loadEntityModel as LoadEntityModel } from '../../src/engine/entity-model.ts'
import type { findStory as FindStory } from '../../src/page/find-story.ts'
import { importBundled } from './bundled.ts'
import type { BenchRow } from './row.ts'

const BUDGET_WORD_MS = 1000
const MB5 = 5 * 1024 * 1024
/** Timed runs of each input, the median kept. */
const RUNS = 3

const modelPath = fileURLToPath(new URL('../../src/engine/model/entities.bin', import.meta.url))

const INPUTS: Array<[string, () => string]> = [
  ['5 MB word', () => 'a'.repeat(MB5)],
  ['5 MB of letters and digits', () => 'Zm9vYmFy'.repeat(MB5 / 8)],
  ['5 MB of "."', () => '.'.repeat(MB5)],
  ['100,000 one-character paragraphs', () => 'a\n\n'.repeat(100_000)],
  ['50,000 link lines', () => 'Read more\n'.repeat(50_000)],
]

const PAGES: Array<[string, () => string]> = [
  ['5 MB word', () => `<p>${'a'.repeat(MB5)}</p>`],
  ['100,000 one-character paragraphs', () => '<p>a</p>'.repeat(100_000)],
  ['50,000 links', () => `<ul>${'<li><a href="/x">Read more</a></li>'.repeat(50_000)}</ul>`],
]
const LEAD = '<p>The minister said on Tuesday that the talks in Geneva would go on, and that both sides had agreed to meet again within the week.</p>'

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[s.length >> 1]
}

function timeMs(run: () => void, runs = RUNS): number {
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    run()
    ms.push(performance.now() - t0)
  }
  return median(ms)
}

export default async function bench(): Promise<BenchRow[]> {
  const { analyzeText, loadEntityModel, findStory } = await importBundled<{
    analyzeText: typeof AnalyzeText
    loadEntityModel: typeof LoadEntityModel
    findStory: typeof FindStory
  }>(`export { analyzeText } from './src/engine/analyze.ts'
export { loadEntityModel } from './src/engine/entity-model.ts'
export { findStory } from './src/page/find-story.ts'`)
  const model = loadEntityModel(new Uint8Array(readFileSync(modelPath)))
  const opts = { published: '2024-01-22', lang: 'en', model }
  analyzeText('The minister said on Tuesday that the talks in Geneva would go on.', opts) // warm up
  const rows: BenchRow[] = []
  for (const [name, make] of INPUTS) {
    const text = make()
    const ms = timeMs(() => analyzeText(text, opts))
    const word = name === '5 MB word'
    rows.push({
      group: 'inputs', name: `analyzeText, ${name} (median of ${RUNS})`, value: `${ms.toFixed(0)} ms`,
      budget: word ? `≤ ${BUDGET_WORD_MS} ms` : undefined, ok: word ? ms <= BUDGET_WORD_MS : undefined,
    })
  }
  for (const [name, make] of PAGES) {
    const html = `<!doctype html><html><head><title>Talks go on</title></head><body><article><h1>Talks go on</h1>${LEAD}${make()}${LEAD}</article></body></html>`
    const ms = timeMs(() => {
      const doc = parseHTML(html).document as unknown as Document
      findStory(doc, { url: 'https://news.example/talks' })
    })
    rows.push({ group: 'inputs', name: `parse + findStory (linkedom), ${name} (median of ${RUNS})`, value: `${ms.toFixed(0)} ms` })
  }
  return rows
}
