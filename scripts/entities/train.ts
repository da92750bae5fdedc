// Training the entity tagger: an averaged perceptron driven through the same greedy decoder as
// inference, over each document and its lowercased and uppercased copies, in a seeded order.
// Deterministic: the same corpus and options give the same model bytes.
import { prepareDocument, type DocContext } from '../../src/engine/features.ts'
import { Gazetteer, GAZ_PREFIX_BIT, GAZ_START, gazStep } from '../../src/engine/gazetteer.ts'
import { hashString } from '../../src/engine/hash.ts'
import { allowed, ENTITY_TYPES, LABEL_O, NUM_LABELS, typeOf } from '../../src/engine/labels.ts'
import { mentionSpans, spanConfidence } from '../../src/engine/find-mentions.ts'
import { CLUSTER_KEY_BITS, encodeModel, FEATURE_KEY_BITS, FORMAT_VERSION, GAZ_KEY_BITS, type ModelHeader } from '../../src/engine/model-format.ts'
import { cutKey } from '../../src/engine/hash-index.ts'
import { tagDocument, tagFirstPass, tagSecondPass, TWO_PASS, type LearnHook, type Scorer } from '../../src/engine/tagger.ts'
import { WordFormCache } from '../../src/engine/word-form.ts'
import { documentForms } from '../../src/engine/title-case.ts'
import { MAX_STATIC, SENT_NORMAL } from '../../src/engine/features.ts'
import { countSpans, newCounts, type ConllDoc, type Counts } from './conll.ts'
import { AveragedPerceptron, FloatScorer, seededRandom, shuffle } from './perceptron.ts'

const MISC_TYPE = ENTITY_TYPES.indexOf('MISC')

/** Folds and epochs of the first-pass models that label the training data for the second pass. */
const JACKKNIFE_FOLDS = 4
const JACKKNIFE_EPOCHS = 4

/** Ratio between neighbouring row scales: 256 of them span 1.1^255 ≈ 3·10^10×. */
const QUANT_BASE = 1.1
/** Default largest weight level within a row: 12 bits are lossless on held-out. */
const QMAX = 2047

export interface TrainOptions {
  epochs: number
  seed: number
  /** Update also when the gold label wins by less than this (rivalLabel); 0: a plain perceptron. */
  margin?: number
  /** Train on lowercased and uppercased copies of every document too. */
  caseCopies: boolean
  /** More documents, from other corpora (extra-corpora.ts): trained on as they are, no casing copies. */
  extraDocs?: ConllDoc[]
  /** Gazetteer entries: lowercase token sequence → list bits. */
  gazetteer: Map<string, number>
  /** Word clusters: lowercase word → leaf path (scripts/entities/word-clusters.ts). */
  clusters?: Map<string, number>
  /** Extra header fields (credits, aliases). */
  header?: Partial<ModelHeader>
  /** Called after each epoch with the averaged model, e.g. to score a held-out slice. */
  onEpoch?: (epoch: number, scorer: Scorer, gazetteer: Gazetteer) => void
  log?: (line: string) => void
  /** Quantisation: weights below this are zeroed (see quantize). */
  minWeight: number
  /** Quantisation: weights below this are zeroed in the casing copies of features. */
  regimeMinWeight: number
  /** Quantisation: largest level within a row (127 for 8 bits... 2047 for 12). */
  levels?: number
  /** Called with a packer, to compare quantisation settings on the trained weights. */
  onWeights?: (pack: (minWeight: number, regimeMinWeight: number, qmax: number) => Uint8Array) => void
}

/** Gazetteer entries hashed the way matching walks them, with prefix bits; sorted by key. */
export function hashGazetteer(entries: Map<string, number>): { keys: Uint32Array; values: Uint16Array } {
  const table = new Map<number, number>()
  for (const [phrase, bits] of entries) {
    const words = phrase.split(' ')
    let h = GAZ_START
    for (let k = 0; k < words.length; k++) {
      h = gazStep(h, hashString(words[k]))
      const v = k === words.length - 1 ? bits : GAZ_PREFIX_BIT
      const key = cutKey(h, GAZ_KEY_BITS)
      table.set(key, (table.get(key) ?? 0) | v)
    }
  }
  const keys = Uint32Array.from([...table.keys()].sort((a, b) => a - b))
  const values = new Uint16Array(keys.length)
  for (let i = 0; i < keys.length; i++) values[i] = table.get(keys[i])!
  return { keys, values }
}

/** Word clusters keyed by the hash of the lowercase word (the first of colliding words wins). */
export function hashClusters(clusters: Map<string, number>): { keys: Uint32Array; paths: Uint16Array } {
  const table = new Map<number, number>()
  for (const [word, c] of clusters) {
    const h = cutKey(hashString(word), CLUSTER_KEY_BITS)
    if (!table.has(h)) table.set(h, c) // the more frequent word keeps a shared key
  }
  const keys = Uint32Array.from([...table.keys()].sort((a, b) => a - b))
  const paths = new Uint16Array(keys.length)
  for (let i = 0; i < keys.length; i++) paths[i] = table.get(keys[i])!
  return { keys, paths }
}

export function caseCopy(doc: ConllDoc, how: 'lower' | 'upper'): ConllDoc {
  const words = doc.words.map((w) => (how === 'lower' ? w.toLowerCase() : w.toUpperCase()))
  return { ...doc, words }
}

export function contextOf(doc: ConllDoc, forms: WordFormCache, gazetteer: Gazetteer, precompute = false): DocContext {
  return prepareDocument(documentForms(doc.words, doc.sentence, forms), doc.sentence, gazetteer, precompute)
}

export function evaluate(docs: ConllDoc[], scorer: Scorer, gazetteer: Gazetteer,
  forms: WordFormCache = new WordFormCache(), minConfidence = 0,
  bins?: { tp: number[]; fp: number[] }, aliases?: Record<string, string>): Counts {
  const counts = newCounts()
  for (const doc of docs) {
    const ctx = contextOf(doc, forms, gazetteer)
    const margins = new Float32Array(ctx.n)
    const labels = tagDocument(ctx, scorer, margins)
    const word = (i: number) => doc.words[i]
    const found = mentionSpans(labels, word, ctx.gaz, ctx.first, aliases)
    // a corpus without MISC neither rewards nor punishes the MISC found in it,
    // and names the corpus does not type (doc.unknown) are not counted
    const unknown = doc.unknown
    const counted = found.filter((s) => !(doc.noMisc && s.type === MISC_TYPE) &&
      !(unknown && unknown.subarray(s.start, s.end).includes(1)) &&
      (minConfidence <= 0 || spanConfidence(labels, margins, s, word) >= minConfidence))
    countSpans(doc.spans, counted, counts)
    if (bins) {
      // precision by tenth of confidence
      const gold = new Set(doc.spans.map((g) => `${g.start}:${g.end}:${g.type}`))
      for (const s of counted) {
        const b = Math.min(9, Math.floor(10 * spanConfidence(labels, margins, s, word)))
        if (gold.has(`${s.start}:${s.end}:${s.type}`)) bins.tp[b]++; else bins.fp[b]++
      }
    }
  }
  return counts
}

/**
 * int16 weights, linear within a row, with one scale per row (an exponent byte: scale·base^e),
 * so a heavy row (bias, transitions) and a light one (a rare word) both keep their resolution:
 * int8 with one global scale, linear or logarithmic, lost 0.7–2 F1 on held-out, and int8 with
 * row scales 0.2. Weights below `minWeight` (in perceptron units) are zeroed and rows left all zero
 * dropped: that is what keeps the file within its budget.
 */
export function quantize(keys: number[], w: Float64Array, minWeight: number,
  regimeKeys: Set<number> = new Set(), regimeMinWeight: number = minWeight, qmax = QMAX):
  { keys: Uint32Array; weights: Int16Array; rowExponents: Uint8Array; scale: number; base: number; regimeRows: number } {
  // features whose cut keys collide share one row: their weights add up, as hashed features do
  const merged = new Map<number, number>()
  const cutKeys: number[] = []
  const cutRegime = new Set<number>()
  const sums: number[] = []
  keys.forEach((k, row) => {
    const key = cutKey(k, FEATURE_KEY_BITS)
    let r = merged.get(key)
    if (r === undefined) { r = cutKeys.length; merged.set(key, r); cutKeys.push(key); for (let y = 0; y < NUM_LABELS; y++) sums.push(0) }
    for (let y = 0; y < NUM_LABELS; y++) sums[r * NUM_LABELS + y] += w[row * NUM_LABELS + y]
    if (regimeKeys.has(k)) cutRegime.add(key)
  })
  keys = cutKeys
  w = Float64Array.from(sums)
  regimeKeys = cutRegime
  let max = 0
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]))
  const base = QUANT_BASE
  const scale = (max || 1) / qmax / Math.pow(base, 255)
  const order = keys.map((k, row) => [k >>> 0, row]).sort((a, b) => a[0] - b[0])
  const outKeys: number[] = []
  const exps: number[] = []
  const rows: Int16Array[] = []
  let regimeRows = 0
  for (const [key, row] of order) {
    const min = regimeKeys.has(key) ? regimeMinWeight : minWeight
    let rowMax = 0
    for (let y = 0; y < NUM_LABELS; y++) {
      const a = Math.abs(w[row * NUM_LABELS + y])
      if (a >= min) rowMax = Math.max(rowMax, a)
    }
    if (rowMax === 0) continue
    const e = Math.max(0, Math.min(255, Math.ceil(Math.log(rowMax / qmax / scale) / Math.log(base) - 1e-9)))
    const s = scale * Math.pow(base, e)
    const q = new Int16Array(NUM_LABELS)
    let any = false
    for (let y = 0; y < NUM_LABELS; y++) {
      const v = w[row * NUM_LABELS + y]
      if (Math.abs(v) < min) continue
      q[y] = Math.max(-qmax, Math.min(qmax, Math.round(v / s)))
      if (q[y] !== 0) any = true
    }
    if (any) { outKeys.push(key); rows.push(q); exps.push(e); if (regimeKeys.has(key)) regimeRows++ }
  }
  const weights = new Int16Array(rows.length * NUM_LABELS)
  rows.forEach((r, i) => weights.set(r, i * NUM_LABELS))
  return { keys: Uint32Array.from(outKeys), weights, rowExponents: Uint8Array.from(exps), scale, base, regimeRows }
}

/**
 * The label an update pushes token i's gold label away from: the guess when it is wrong; when it
 * is right, the best other label that may follow `y1`, if that one scores within `margin` of
 * gold; otherwise -1, no update. Learning from such near misses (the perceptron with margins,
 * Krauth & Mézard 1987; Li et al. 2002) keeps the weights from resting where the training data
 * is barely separated: eng.testa F1 rose by 1.7–1.9 and the casing copies' by 4–5 (docs/entities.md).
 */
export function rivalLabel(scores: Float64Array, gold: number, guess: number, y1: number, last: boolean, margin: number): number {
  if (guess !== gold) return guess
  if (margin <= 0) return -1
  let best = -1
  for (let y = 0; y < NUM_LABELS; y++) {
    if (y === gold || !allowed(y1, y, last)) continue
    if (best < 0 || scores[y] > scores[best]) best = y
  }
  return best >= 0 && scores[best] + margin > scores[gold] ? best : -1
}

/** A perceptron update at each wrong guess or near miss; in a casing regime only its feature copies learn. */
function learner(model: AveragedPerceptron, ctx: DocContext, gold: Uint8Array, regimeKeys: Set<number> | null,
  margin: number, stats: { errors: number; updates: number; tokens: number }, noMisc = false, unknown?: Uint8Array): LearnHook {
  return (i, guess, dyn, dc, scores, y1, last) => {
    stats.tokens++
    if (guess !== gold[i]) stats.errors++
    const rival = rivalLabel(scores, gold[i], guess, y1, last, margin)
    // a corpus without MISC says nothing against a MISC guess on its O tokens
    if (rival >= 0 && !(noMisc && gold[i] === LABEL_O && typeOf(rival) === MISC_TYPE) && !(unknown && unknown[i])) {
      stats.updates++
      // in an all-capitals or lowercase sentence only the casing copies learn (features.ts)
      const frozen = ctx.sentCase[i] === SENT_NORMAL ? 0 : ctx.generalCount[i]
      model.update(ctx.staticFeats!, i * MAX_STATIC + frozen, ctx.staticCount[i] - frozen, gold[i], rival)
      const frozenDyn = ctx.sentCase[i] === SENT_NORMAL ? 0 : dc / 2
      model.update(dyn, frozenDyn, dc - frozenDyn, gold[i], rival)
      if (regimeKeys && frozenDyn > 0) for (let k = frozenDyn; k < dc; k++) regimeKeys.add(dyn[k])
    }
    model.c++
    return guess
  }
}

/**
 * First-pass labels for every document (and its casing copies) from a model trained, for
 * JACKKNIFE_EPOCHS, on the other folds only.
 */
function jackknife(all: ConllDoc[], contexts: DocContext[], numDocs: number, options: TrainOptions,
  log: (line: string) => void): Uint8Array[] {
  const copies = all.length / numDocs
  const foldOf = (di: number) => Math.floor(di / copies) % JACKKNIFE_FOLDS
  const out: Uint8Array[] = new Array(all.length)
  for (let fold = 0; fold < JACKKNIFE_FOLDS; fold++) {
    const t0 = performance.now()
    const model = new AveragedPerceptron()
    const random = seededRandom(options.seed + 1 + fold)
    const train = all.map((_, i) => i).filter((i) => foldOf(i) !== fold)
    for (let epoch = 1; epoch <= JACKKNIFE_EPOCHS; epoch++) {
      for (const di of shuffle(train, random)) {
        tagFirstPass(contexts[di], model, learner(model, contexts[di], all[di].labels, null, options.margin ?? 0, { errors: 0, updates: 0, tokens: 0 }))
      }
    }
    const scorer = new FloatScorer(model.index, model.averaged())
    for (let di = 0; di < all.length; di++) if (foldOf(di) === fold) out[di] = tagFirstPass(contexts[di], scorer)
    log(`jackknife fold ${fold + 1}/${JACKKNIFE_FOLDS}: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  }
  return out
}

export function trainModel(docs: ConllDoc[], options: TrainOptions): Uint8Array {
  const log = options.log ?? (() => {})
  const gaz = hashGazetteer(options.gazetteer)
  const cl = hashClusters(options.clusters ?? new Map())
  const gazetteer = new Gazetteer(gaz.keys, gaz.values, cl.keys, cl.paths)
  const forms = new WordFormCache()
  const all: ConllDoc[] = []
  for (const d of docs) {
    all.push(d)
    if (options.caseCopies) all.push(caseCopy(d, 'lower'), caseCopy(d, 'upper'))
  }
  all.push(...(options.extraDocs ?? []))
  // features of every document are computed once: they do not depend on the weights
  const contexts = all.map((d) => contextOf(d, forms, gazetteer, true))
  // the casing copies of features (features.ts), pruned harder than the general ones
  const regimeKeys = new Set<number>()
  for (const ctx of contexts) {
    for (let i = 0; i < ctx.n; i++) {
      for (let k = ctx.generalCount[i]; k < ctx.staticCount[i]; k++) regimeKeys.add(ctx.staticFeats![i * MAX_STATIC + k])
    }
  }
  // first-pass labels of every document from models that never saw it (jackknife), so the
  // second pass learns to trust them as much as they deserve on unseen text
  const firstLabels = TWO_PASS ? jackknife(all, contexts, docs.length, options, log) : []
  const model = new AveragedPerceptron()
  const random = seededRandom(options.seed)
  const order = all.map((_, i) => i)
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const t0 = performance.now()
    const stats = { errors: 0, updates: 0, tokens: 0 }
    for (const di of shuffle(order, random)) {
      const learn = learner(model, contexts[di], all[di].labels, regimeKeys, options.margin ?? 0, stats, all[di].noMisc, all[di].unknown)
      tagFirstPass(contexts[di], model, learn)
      if (TWO_PASS) tagSecondPass(contexts[di], model, firstLabels[di], learn)
    }
    log(`epoch ${epoch}: ${(100 * stats.errors / stats.tokens).toFixed(2)}% token errors, ${(100 * stats.updates / stats.tokens).toFixed(2)}% updates, ` +
      `${model.keys.length} features, ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s`)
    if (options.onEpoch) options.onEpoch(epoch, new FloatScorer(model.index, model.averaged()), gazetteer)
  }
  const averaged = model.averaged()
  {
    const mags = Array.from(averaged).map(Math.abs).filter((x) => x > 0).sort((a, b) => a - b)
    const at = (p: number) => mags[Math.floor(p * (mags.length - 1))].toPrecision(3)
    log(`|w| quantiles: 0.001 ${at(0.001)}, 0.01 ${at(0.01)}, 0.1 ${at(0.1)}, 0.5 ${at(0.5)}, 0.9 ${at(0.9)}, 0.999 ${at(0.999)}, max ${at(1)}`)
  }
  if (options.onWeights) {
    options.onWeights((minWeight, regimeMinWeight, qmax) =>
      pack(quantize(model.keys, averaged, minWeight, regimeKeys, regimeMinWeight, qmax)))
  }
  const q = quantize(model.keys, averaged, options.minWeight, regimeKeys, options.regimeMinWeight, options.levels ?? QMAX)
  log(`${q.keys.length} of ${model.keys.length} features kept after quantisation (${q.regimeRows} casing copies)`)
  return pack(q)

  function pack(q: ReturnType<typeof quantize>): Uint8Array {
  const header: ModelHeader = {
    version: '',
    formatVersion: FORMAT_VERSION,
    numLabels: NUM_LABELS,
    scale: q.scale,
    base: q.base,
    credits: [],
    keyBits: { features: FEATURE_KEY_BITS, gazetteer: GAZ_KEY_BITS, clusters: CLUSTER_KEY_BITS },
    ...options.header,
  }
  const parts = { header, featureKeys: q.keys, weights: q.weights, rowExponents: q.rowExponents, gazKeys: gaz.keys,
    gazValues: gaz.values, clusterKeys: cl.keys, clusterPaths: cl.paths }
  // the version names the content: a hash of the file as it would be without the version
  const fingerprint = hashBytes(encodeModel(parts)).toString(16).padStart(8, '0')
  header.version = `gloss-entities/${FORMAT_VERSION}.${fingerprint}`
  return encodeModel(parts)
  }
}

function hashBytes(bytes: Uint8Array): number {
  let h = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193)
  return h >>> 0
}
