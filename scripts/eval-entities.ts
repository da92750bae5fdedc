// `npm run eval:entities`: precision, recall and F1 per type and overall (exact spans, counted as
// conlleval counts them) of the committed model, with compromise's on the same text in the same
// run: on eng.testa, on the held-out part of each ner-extra corpus (extra-corpora.ts; never
// trained on), and on testa lowercased and uppercased. Then the precision of what the reading
// view paints (mentions from PAINT_CONFIDENCE up), confidence against precision on testa, and
// the names of the demo story as found.
//   --heldout   score the tuning slice of eng.train instead of eng.testa (what tuning reads)
//   --model F   score another model file (a trial from `npm run train -- --out F`)
//   --quick     no compromise, no demo story
//   --news-errors [WHAT]  only list the errors on the development part of our modern-news
//               annotation (gold against predicted, 40 characters of context; docs/entities.md);
//               WHAT keeps the lines that contain it: FN, FP, TYPE, "TYPE MISC->ORG", a page's slug
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadEntityModel } from '../src/engine/entity-model.ts'
import { PAINT_CONFIDENCE } from '../src/engine/find-mentions.ts'
import { ENTITY_TYPES } from '../src/engine/labels.ts'
import { recognizeEntities } from '../src/engine/recognize-entities.ts'
import { countSpans, newCounts, prf, readConll, type ConllDoc, type Counts } from './entities/conll.ts'
import { compromiseSpans } from './entities/compromise-spans.ts'
import { readExtraSets } from './entities/extra-corpora.ts'
import { caseCopy, evaluate } from './entities/train.ts'
import { readNewsGold, type NewsDoc } from './entities/news-gold.ts'
import { confusionLines, entitySpans, newsErrors, scoreNews, type NewsScore } from './entities/news-score.ts'
import { compromiseCharSpans } from './entities/compromise-spans.ts'
import { analyzeText } from '../src/engine/analyze.ts'
import type { Entity } from '../src/engine/types.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpora = join(root, '..', 'shared', 'corpora')
const modelOption = process.argv.indexOf('--model')
const modelPath = modelOption > 0 ? process.argv[modelOption + 1] : join(root, 'src', 'engine', 'model', 'entities.bin')
const quick = process.argv.includes('--quick')
if (!existsSync(join(corpora, 'conll2003', 'eng.testa'))) {
  console.log(`no corpus at ${corpora}: skipped`)
  process.exit(0)
}
const model = loadEntityModel(new Uint8Array(readFileSync(modelPath)))

// Our modern-news annotation: the text goes to the engine as the extension gives it a story's text
// (analyzeText: one call for the whole body, its paragraphs separated by blank lines).
const newsDocs = readNewsGold(corpora)
const found = new Map<string, Entity[]>()
const entitiesOf = (text: string) => {
  let e = found.get(text)
  if (!e) found.set(text, e = analyzeText(text, { published: null, lang: 'en', model }).entities)
  return e
}
const errorsOption = process.argv.indexOf('--news-errors')
if (errorsOption > 0) {
  const what = process.argv[errorsOption + 1]
  const lines = newsErrors(newsDocs.filter((d) => d.part === 'dev'), (t) => entitySpans(entitiesOf(t)))
    .filter((l) => !what || what.startsWith('--') || l.includes(what))
  const kinds = new Map<string, number>()
  for (const l of lines) { const k = l.split('\t')[1]; kinds.set(k, (kinds.get(k) ?? 0) + 1) }
  console.log([...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${n}`).join('\n'))
  console.log(lines.join('\n'))
  process.exit(0)
}
const heldout = process.argv.includes('--heldout')
const testa = heldout ? readConll(join(corpora, 'conll2003', 'eng.train')).filter((_, i) => i % 10 === 9)
  : readConll(join(corpora, 'conll2003', 'eng.testa'))
console.log(`model ${model.version}, ${model.numFeatures} features, ${model.gazetteer.size} gazetteer keys`)

const aliases = model.header.aliases as Record<string, string> | undefined
const f1 = (x: number) => (100 * x).toFixed(2)
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0)
const overall = (c: Counts) => prf(sum(c.tp), sum(c.fp), sum(c.fn))

function compromiseCounts(docs: ConllDoc[]): Counts {
  const c = newCounts()
  for (const d of docs) countSpans(d.spans, compromiseSpans(d.words, d.sentence), c)
  return c
}

/** One row a type: Gloss P/R/F1, compromise F1 (it finds no MISC; its overall counts MISC as missed). */
function table(name: string, docs: ConllDoc[], noMisc: boolean): void {
  const ours = evaluate(docs, model.scorer, model.gazetteer, undefined, 0, undefined, aliases)
  const painted = evaluate(docs, model.scorer, model.gazetteer, undefined, PAINT_CONFIDENCE, undefined, aliases)
  const theirs = quick ? undefined : compromiseCounts(docs)
  const gold = sum(ours.tp) + sum(ours.fn)
  console.log(`\n${name}: ${docs.length} documents, ${gold} names`)
  console.log(`| ${name} | Gloss P | Gloss R | Gloss F1 | compromise F1 |\n|---|---|---|---|---|`)
  ENTITY_TYPES.forEach((t, i) => {
    if (noMisc && t === 'MISC') return
    const m = prf(ours.tp[i], ours.fp[i], ours.fn[i])
    const c = theirs ? f1(prf(theirs.tp[i], theirs.fp[i], theirs.fn[i]).f) : ''
    console.log(`| ${t} | ${f1(m.p)} | ${f1(m.r)} | **${f1(m.f)}** | ${t === 'MISC' ? '–' : c} |`)
  })
  const all = overall(ours)
  console.log(`| overall | ${f1(all.p)} | ${f1(all.r)} | **${f1(all.f)}** | ${theirs ? f1(overall(theirs).f) : ''} |`)
  const p = overall(painted)
  console.log(`painted (confidence ≥ ${PAINT_CONFIDENCE}): P ${f1(p.p)} R ${f1(p.r)} F1 ${f1(p.f)}`)
}

table(heldout ? 'eng.train held-out tenth' : 'eng.testa', testa, false)
for (const how of ['lower', 'upper'] as const) {
  const c = overall(evaluate(testa.map((d) => caseCopy(d, how)), model.scorer, model.gazetteer, undefined, 0, undefined, aliases))
  console.log(`${how}cased: P ${f1(c.p)} R ${f1(c.r)} F1 ${f1(c.f)}`)
}
for (const set of readExtraSets(corpora)) table(`${set.name} held-out fifth`, set.heldOut, set.noMisc)
newsTable(newsDocs)

/**
 * Modern news, our annotation (docs/entities.md): development and held-out part side by side,
 * compromise on the same text, what the reading view paints, and names typed wrongly.
 */
function newsTable(docs: NewsDoc[]): void {
  if (docs.length === 0) return
  const parts = (['dev', 'heldout'] as const).map((part) => docs.filter((d) => d.part === part))
  const ours = parts.map((p) => scoreNews(p, (t) => entitySpans(entitiesOf(t))))
  const theirs = parts.map((p) => (quick ? undefined : scoreNews(p, compromiseCharSpans)))
  const gold = (s: NewsScore) => sum(s.counts.tp) + sum(s.counts.fn)
  const name = 'modern news (our annotation)'
  console.log(`\n${name}: development ${parts[0].length} pages, ${gold(ours[0])} names; held out ${parts[1].length} pages, ${gold(ours[1])} names`)
  console.log(`| ${name} | dev P | dev R | dev F1 | compromise dev F1 | held-out P | held-out R | held-out F1 | compromise held-out F1 |`)
  console.log('|---|---|---|---|---|---|---|---|---|')
  const cells = (c: Counts, i: number | null, other: Counts | undefined) => {
    const m = i === null ? overall(c) : prf(c.tp[i], c.fp[i], c.fn[i])
    const o = other === undefined || ENTITY_TYPES[i ?? 0] === 'MISC' && i !== null ? '–'
      : f1(i === null ? overall(other).f : prf(other.tp[i], other.fp[i], other.fn[i]).f)
    return `${f1(m.p)} | ${f1(m.r)} | **${f1(m.f)}** | ${quick ? '' : o}`
  }
  ENTITY_TYPES.forEach((t, i) => {
    console.log(`| ${t} | ${cells(ours[0].counts, i, theirs[0]?.counts)} | ${cells(ours[1].counts, i, theirs[1]?.counts)} |`)
  })
  console.log(`| overall | ${cells(ours[0].counts, null, theirs[0]?.counts)} | ${cells(ours[1].counts, null, theirs[1]?.counts)} |`)
  for (const [k, label] of [['entity', 'painted (entities isSure shows)'], ['mention', `painted (mentions, confidence ≥ ${PAINT_CONFIDENCE})`]] as const) {
    const p = parts.map((part) => overall(scoreNews(part, (t) => entitySpans(entitiesOf(t), k)).counts))
    console.log(`${label}: dev P ${f1(p[0].p)} R ${f1(p[0].r)}; held-out P ${f1(p[1].p)} R ${f1(p[1].r)}`)
  }
  console.log(`right span, wrong type (dev): ${confusionLines(ours[0]).join('; ')}`)
  console.log(`right span, wrong type (held-out): ${confusionLines(ours[1]).join('; ')}`)
}

// confidence against precision on testa, by tenth
const bins = { tp: new Array(10).fill(0), fp: new Array(10).fill(0) }
evaluate(testa, model.scorer, model.gazetteer, undefined, 0, bins, aliases)
console.log('\nconfidence on testa: ' + bins.tp.map((tp, b) => {
  const n = tp + bins.fp[b]
  return n === 0 ? '' : `${b / 10}–${(b + 1) / 10}: ${f1(tp / n)}% of ${n}`
}).filter(Boolean).join(', '))

const seed = join(root, '..', 'shared', 'seed', 'story.txt')
if (!quick && existsSync(seed)) {
  console.log('\ndemo story:')
  for (const e of recognizeEntities(readFileSync(seed, 'utf8'), model)) {
    console.log(`  ${e.type.padEnd(4)} ${e.name}  [${e.aliases.join(', ')}]  ×${e.mentions.length}  ${e.id}  ${e.confidence?.toFixed(2)}`)
  }
}
