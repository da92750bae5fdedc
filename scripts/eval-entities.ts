// `npm run eval:entities`: precision, recall and F1 per type and overall (exact spans, counted as
// conlleval counts them) of the committed model on eng.testa, and compromise's on the same text
// in the same run; then the names of the demo story that the issue lists, as found.
//   --heldout   score the tuning slice of eng.train instead (what tuning reads)
//   --model F   score another model file (a trial from `npm run train -- --out F`)
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadEntityModel } from '../src/engine/entity-model.ts'
import { recognizeEntities } from '../src/engine/recognize-entities.ts'
import { countSpans, newCounts, readConll } from './entities/conll.ts'
import { compromiseSpans } from './entities/compromise-spans.ts'
import { formatCounts } from './entities/report.ts'
import { caseCopy, evaluate } from './entities/train.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpora = join(root, '..', 'shared', 'corpora', 'conll2003')
const modelOption = process.argv.indexOf('--model')
const modelPath = modelOption > 0 ? process.argv[modelOption + 1] : join(root, 'src', 'engine', 'model', 'entities.bin')
if (!existsSync(join(corpora, 'eng.testa'))) {
  console.log(`no corpus at ${corpora}: skipped`)
  process.exit(0)
}
const model = loadEntityModel(new Uint8Array(readFileSync(modelPath)))
const heldout = process.argv.includes('--heldout')
const docs = heldout ? readConll(join(corpora, 'eng.train')).filter((_, i) => i % 10 === 9)
  : readConll(join(corpora, 'eng.testa'))
const name = heldout ? 'eng.train held-out slice' : 'eng.testa'
console.log(`model ${model.version}, ${model.numFeatures} features, ${model.gazetteer.size} gazetteer keys`)
console.log(`${name}: ${docs.length} documents\n`)

let t0 = performance.now()
const ours = evaluate(docs, model.scorer, model.gazetteer)
const oursMs = performance.now() - t0
console.log(formatCounts(ours, 'Gloss'))
t0 = performance.now()
const theirs = newCounts()
for (const d of docs) countSpans(d.spans, compromiseSpans(d.words, d.sentence), theirs)
const theirsMs = performance.now() - t0
console.log(formatCounts(theirs, 'compromise'))
console.log(`(compromise finds no MISC; its overall counts MISC as missed)`)
const chars = docs.reduce((n, d) => n + d.words.reduce((k, w) => k + w.length + 1, 0), 0)
console.log(`\ntime over ${chars} chars: Gloss ${oursMs.toFixed(0)} ms, compromise ${theirsMs.toFixed(0)} ms`)

for (const how of ['lower', 'upper'] as const) {
  const c = evaluate(docs.map((d) => caseCopy(d, how)), model.scorer, model.gazetteer)
  console.log(formatCounts(c, `${how}case`).split('\n')[0])
}

const seed = join(root, '..', 'shared', 'seed', 'story.txt')
if (existsSync(seed)) {
  console.log('\ndemo story:')
  for (const e of recognizeEntities(readFileSync(seed, 'utf8'), model)) {
    console.log(`  ${e.type.padEnd(4)} ${e.name}  [${e.aliases.join(', ')}]  ×${e.mentions.length}  ${e.id}`)
  }
}
