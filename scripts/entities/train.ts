// Training the entity tagger: an averaged perceptron driven through the same greedy decoder as
// inference, over each document and its lowercased and uppercased copies, in a seeded order.
// Deterministic: the same corpus and options give the same model bytes.
import { prepareDocument, type DocContext } from '../../src/engine/features.ts'
import { Gazetteer, GAZ_PREFIX_BIT, GAZ_START, gazStep } from '../../src/engine/gazetteer.ts'
import { hashString } from '../../src/engine/hash.ts'
import { NUM_LABELS, spansOf } from '../../src/engine/labels.ts'
import { encodeModel, FORMAT_VERSION, type ModelHeader } from '../../src/engine/model-format.ts'
import { tagDocument, type Scorer } from '../../src/engine/tagger.ts'
import { WordFormCache } from '../../src/engine/word-form.ts'
import { MAX_STATIC } from '../../src/engine/features.ts'
import { countSpans, newCounts, type ConllDoc, type Counts } from './conll.ts'
import { AveragedPerceptron, FloatScorer, seededRandom, shuffle } from './perceptron.ts'

export interface TrainOptions {
  epochs: number
  seed: number
  /** Train on lowercased and uppercased copies of every document too. */
  caseCopies: boolean
  /** Gazetteer entries: lowercase token sequence → list bits. */
  gazetteer: Map<string, number>
  /** Extra header fields (credits, aliases). */
  header?: Partial<ModelHeader>
  /** Called after each epoch with the averaged model, e.g. to score a held-out slice. */
  onEpoch?: (epoch: number, scorer: Scorer, gazetteer: Gazetteer) => void
  log?: (line: string) => void
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
      table.set(h, (table.get(h) ?? 0) | v)
    }
  }
  const keys = Uint32Array.from([...table.keys()].sort((a, b) => a - b))
  const values = new Uint16Array(keys.length)
  for (let i = 0; i < keys.length; i++) values[i] = table.get(keys[i])!
  return { keys, values }
}

export function caseCopy(doc: ConllDoc, how: 'lower' | 'upper'): ConllDoc {
  const words = doc.words.map((w) => (how === 'lower' ? w.toLowerCase() : w.toUpperCase()))
  return { ...doc, words }
}

export function contextOf(doc: ConllDoc, forms: WordFormCache, gazetteer: Gazetteer): DocContext {
  return prepareDocument(doc.words.map((w) => forms.get(w)), doc.sentence, gazetteer)
}

export function evaluate(docs: ConllDoc[], scorer: Scorer, gazetteer: Gazetteer,
  forms: WordFormCache = new WordFormCache()): Counts {
  const counts = newCounts()
  for (const doc of docs) {
    const labels = tagDocument(contextOf(doc, forms, gazetteer), scorer)
    countSpans(doc.spans, spansOf(labels), counts)
  }
  return counts
}

/**
 * int8 weights on a square-law scale, weight = sign(q)·q²·scale, so small weights keep their
 * resolution next to a few large ones (a linear scale dropped 2 F1 on held-out); rows that
 * quantise to all zeros are dropped.
 */
export function quantize(keys: number[], w: Float64Array): { keys: Uint32Array; weights: Int8Array; scale: number } {
  let max = 0
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]))
  const scale = max / (127 * 127) || 1
  const level = (x: number) => Math.sign(x) * Math.round(Math.sqrt(Math.abs(x) / scale))
  const order = keys.map((k, row) => [k >>> 0, row]).sort((a, b) => a[0] - b[0])
  const outKeys: number[] = []
  const rows: Int8Array[] = []
  for (const [key, row] of order) {
    const q = new Int8Array(NUM_LABELS)
    let any = false
    for (let y = 0; y < NUM_LABELS; y++) {
      q[y] = level(w[row * NUM_LABELS + y])
      if (q[y] !== 0) any = true
    }
    if (any) { outKeys.push(key); rows.push(q) }
  }
  const weights = new Int8Array(rows.length * NUM_LABELS)
  rows.forEach((r, i) => weights.set(r, i * NUM_LABELS))
  return { keys: Uint32Array.from(outKeys), weights, scale }
}

export function trainModel(docs: ConllDoc[], options: TrainOptions): Uint8Array {
  const log = options.log ?? (() => {})
  const gaz = hashGazetteer(options.gazetteer)
  const gazetteer = new Gazetteer(gaz.keys, gaz.values)
  const forms = new WordFormCache()
  const all: ConllDoc[] = []
  for (const d of docs) {
    all.push(d)
    if (options.caseCopies) all.push(caseCopy(d, 'lower'), caseCopy(d, 'upper'))
  }
  // features of every document are computed once: they do not depend on the weights
  const contexts = all.map((d) => contextOf(d, forms, gazetteer))
  const model = new AveragedPerceptron()
  const random = seededRandom(options.seed)
  const order = all.map((_, i) => i)
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const t0 = performance.now()
    let errors = 0, tokens = 0
    for (const di of shuffle(order, random)) {
      const ctx = contexts[di]
      const gold = all[di].labels
      tagDocument(ctx, model, (i, guess, dyn, dc) => {
        tokens++
        if (guess !== gold[i]) {
          errors++
          model.update(ctx.staticFeats, i * MAX_STATIC, ctx.staticCount[i], gold[i], guess)
          model.update(dyn, 0, dc, gold[i], guess)
        }
        model.c++
        return guess
      })
    }
    log(`epoch ${epoch}: ${(100 * errors / tokens).toFixed(2)}% token errors, ${model.keys.length} features, ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s`)
    if (options.onEpoch) options.onEpoch(epoch, new FloatScorer(model.index, model.averaged()), gazetteer)
  }
  const q = quantize(model.keys, model.averaged())
  log(`${q.keys.length} of ${model.keys.length} features kept after int8 quantisation`)
  const header: ModelHeader = {
    version: '',
    formatVersion: FORMAT_VERSION,
    numLabels: NUM_LABELS,
    scale: q.scale,
    credits: [],
    ...options.header,
  }
  const parts = { header, featureKeys: q.keys, weights: q.weights, gazKeys: gaz.keys, gazValues: gaz.values }
  // the version names the content: a hash of the file as it would be without the version
  const fingerprint = hashBytes(encodeModel(parts)).toString(16).padStart(8, '0')
  header.version = `gloss-entities/${FORMAT_VERSION}.${fingerprint}`
  return encodeModel(parts)
}

function hashBytes(bytes: Uint8Array): number {
  let h = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193)
  return h >>> 0
}
