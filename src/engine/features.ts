// Feature extraction for the entity tagger, shared by training and inference so both see the same
// ids. A document is prepared once (word forms, gazetteer matches, how each word is cased
// elsewhere in the document); label-independent features are computed per token up front and
// label-dependent ones (previous labels, the labels this word got earlier) during decoding.
import { mix2, mix3, mix4 } from './hash.ts'
import { CLUSTER_DEPTH, NUM_GAZ_LISTS, NO_CLUSTER, type Gazetteer } from './gazetteer.ts'
import { CASE_LOWER, CASE_NONE, CASE_UPPER, MAX_AFFIX, type WordForm } from './word-form.ts'

/** Room for label-independent features of one token. */
export const MAX_STATIC = 128
/** Room for label-dependent features of one token. */
export const MAX_DYNAMIC = 32

import {
  MAX_GAZ_FEATURES, PAD_AFTER, PAD_BEFORE, T_AGG, T_AGG_CASE, T_AGG_M1, T_AGG_P1, T_AGG_Y1, T_BI_M1,
  T_BI_P1, T_BIAS, T_CASE, T_DOCCASE, T_EPH, T_EPH_CASE, T_EPH_LOW, T_EPH_P1, T_FIRST, T_GAZ,
  T_GAZ_CASE, T_GAZ_M1, T_GAZ_P1, T_LOW_M1, T_LOW_M1_SHAPE, T_LOW_M2, T_LOW_P1, T_LOW_P1_SHAPE,
  T_LOW_P2, T_LOWER, T_NORM, T_NORM_M1, T_NORM_P1, T_PREFIX, T_REGIME, T_SHAPE, T_SHORT,
  T_SHORT_M1, T_SHORT_M2, T_SHORT_P1, T_SHORT_P2, T_SHORT_TRI, T_SUFFIX, T_Y1, T_Y1_LOW,
  T_Y1_SHAPE, T_Y2, T_CTX_M1, T_CTX_P1, T_CLUSTER, T_CLUSTER_M1, T_CLUSTER_P1, T_CLUSTER_M1_LEAF,
  T_CLUSTER_P1_LEAF, T_CLUSTER_M2, T_CLUSTER_P2, T_CLUSTER_BI_M1, T_CLUSTER_BI_P1,
} from './feature-templates.ts'

/** Sentence case classes: how a whole sentence is written. */
export const SENT_NORMAL = 0, SENT_UPPER = 1, SENT_LOWER = 2
/** How the lowercase form appears mid-sentence in the normal sentences of the document. */
const DOC_CAP = 1, DOC_LOW = 2 // bit flags: 0 means not seen mid-sentence, 3 both forms

export interface DocContext {
  n: number
  forms: WordForm[]
  sentence: Int32Array
  /** 1 on the first token of a sentence. */
  first: Uint8Array
  /** 1 on the last token of a sentence. */
  last: Uint8Array
  sentCase: Uint8Array
  gaz: Uint32Array
  docCase: Uint8Array
  /**
   * Label-independent feature hashes, MAX_STATIC per token, count in staticCount: computed up
   * front for training (reused every epoch); inference computes them as it goes.
   */
  staticFeats?: Uint32Array
  staticCount: Uint8Array
  /** How many of a token's static features are general (the rest are casing copies). */
  generalCount: Uint8Array
  /** Context aggregation: hashed neighbours of the word's other mentions, AGG_FEATS per token. */
  agg: Uint32Array
  aggCount: Uint8Array
  /** Each token's word-cluster leaf path, or NO_CLUSTER. */
  cluster: Int32Array
  /** Each token's word in the document: one id per distinct lowercase form, 0..words-1. */
  ids: Int32Array
  words: number
}

/** A cluster path cut to its first `depth` levels; unknown words share one value. */
export function clusterPrefix(path: number, depth: number): number {
  return path === NO_CLUSTER ? 0xffff : (path >> (4 * (CLUSTER_DEPTH - depth))) | (depth << 12)
}
/** Depth of the neighbours' cluster features. */
export const NEIGHBOUR_CLUSTER_DEPTH = 2

/** Other mentions of a word whose neighbours a capitalised token sees (context aggregation). */
const AGG_OTHERS = 3
export const AGG_FEATS = AGG_OTHERS * 2
/** A word whose cluster is not looked up yet (NO_CLUSTER is -1, paths are 0..0xfff). */
const CLUSTER_UNSET = -2

export function prepareDocument(forms: WordForm[], sentence: Int32Array, gazetteer: Gazetteer,
  precompute = false): DocContext {
  const n = forms.length
  const first = new Uint8Array(n)
  const last = new Uint8Array(n)
  const sentCase = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    first[i] = i === 0 || sentence[i - 1] !== sentence[i] ? 1 : 0
    last[i] = i === n - 1 || sentence[i + 1] !== sentence[i] ? 1 : 0
  }
  // sentence case: all letters upper, all lower, or normal
  for (let s = 0; s < n;) {
    let e = s
    let upper = 0, lower = 0, other = 0
    while (e < n && sentence[e] === sentence[s]) {
      const c = forms[e].caseClass
      if (c === CASE_UPPER) upper++
      else if (c === CASE_LOWER) lower++
      else if (c !== CASE_NONE) other++
      e++
    }
    const k = other === 0 && lower === 0 && upper > 1 ? SENT_UPPER
      : other === 0 && upper === 0 && lower > 0 ? SENT_LOWER : SENT_NORMAL
    sentCase.fill(k, s, e)
    s = e
  }
  // Each distinct lowercase word gets a document id, so that what depends on the word alone (its
  // cluster, its first gazetteer step, how it is cased elsewhere, where else it occurs) takes one
  // lookup per word rather than one per token.
  const ids = new Int32Array(n)
  const idOf = new Map<number, number>()
  const lowerHashes = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const h = forms[i].lowerHash
    lowerHashes[i] = h
    let id = idOf.get(h)
    if (id === undefined) { id = idOf.size; idOf.set(h, id) }
    ids[i] = id
  }
  const words = idOf.size
  const wordCluster = new Int32Array(words).fill(CLUSTER_UNSET)
  const cluster = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const id = ids[i]
    if (wordCluster[id] === CLUSTER_UNSET) wordCluster[id] = forms[i].hasLetter ? gazetteer.clusterOf(forms[i].lowerHash) : NO_CLUSTER
    cluster[i] = wordCluster[id]
  }
  const gaz = gazetteer.match(lowerHashes, sentence, n, ids, words)
  // document casing of each lowercase form, from mid-sentence occurrences in normal sentences
  const seen = new Uint8Array(words)
  for (let i = 0; i < n; i++) {
    const f = forms[i]
    if (first[i] || sentCase[i] !== SENT_NORMAL || !f.hasLetter) continue
    seen[ids[i]] |= f.caseClass === CASE_LOWER ? DOC_LOW : DOC_CAP
  }
  const docCase = new Uint8Array(n)
  for (let i = 0; i < n; i++) docCase[i] = seen[ids[i]]
  // context aggregation (Ratinov & Roth 2009): the words around the same word elsewhere; the first
  // AGG_OTHERS + 1 occurrences of each word, so that each has AGG_OTHERS others
  const OCC = AGG_OTHERS + 1
  const occ = new Int32Array(words * OCC)
  const occCount = new Uint8Array(words)
  for (let i = 0; i < n; i++) {
    if (!forms[i].hasLetter) continue
    const id = ids[i]
    if (occCount[id] < OCC) occ[id * OCC + occCount[id]++] = i
  }
  const agg = new Uint32Array(n * AGG_FEATS)
  const aggCount = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const f = forms[i]
    if (f.caseClass === CASE_LOWER || f.caseClass === CASE_NONE) continue
    const id = ids[i]
    let k = 0
    for (let q = 0; q < occCount[id] && k < AGG_FEATS; q++) {
      const j = occ[id * OCC + q]
      if (j === i) continue
      agg[i * AGG_FEATS + k++] = mix2(T_CTX_M1, first[j] ? PAD_BEFORE : forms[j - 1].lowerHash)
      agg[i * AGG_FEATS + k++] = mix2(T_CTX_P1, last[j] ? PAD_AFTER : forms[j + 1].lowerHash)
    }
    aggCount[i] = k
  }
  const ctx: DocContext = {
    n, forms, sentence, first, last, sentCase, gaz, docCase, agg, aggCount, cluster, ids, words,
    staticCount: new Uint8Array(n), generalCount: new Uint8Array(n),
  }
  if (precompute) {
    const feats = new Uint32Array(n * MAX_STATIC)
    for (let i = 0; i < n; i++) ctx.staticCount[i] = staticFeatures(ctx, i, feats, i * MAX_STATIC)
    ctx.staticFeats = feats
  }
  return ctx
}

/** Writes token i's label-independent features at out[o..]; returns how many. */
export function staticFeatures(ctx: DocContext, i: number, out: Uint32Array, o: number): number {
  const { forms, first, last } = ctx
  const f = forms[i]
  const k0 = o
  const m1 = first[i] ? null : forms[i - 1]
  const m2 = first[i] || first[i - 1] ? null : forms[i - 2]
  const p1 = last[i] ? null : forms[i + 1]
  const p2 = last[i] || last[i + 1] ? null : forms[i + 2]
  const lowM1 = m1 ? m1.lowerHash : PAD_BEFORE, lowP1 = p1 ? p1.lowerHash : PAD_AFTER
  const shM1 = m1 ? m1.shortShapeHash : PAD_BEFORE, shP1 = p1 ? p1.shortShapeHash : PAD_AFTER
  const sc = ctx.sentCase[i]
  // first the features an all-capitals or lowercase sentence gets its own copies of (below)
  out[o++] = mix2(T_BIAS, 0)
  out[o++] = mix2(T_LOWER, f.lowerHash)
  for (let k = 0; k < MAX_AFFIX; k++) {
    if (f.prefixHashes[k] !== 0) out[o++] = mix3(T_PREFIX, k, f.prefixHashes[k])
    if (f.suffixHashes[k] !== 0) out[o++] = mix3(T_SUFFIX, k, f.suffixHashes[k])
  }
  out[o++] = mix4(T_CASE, f.caseClass, first[i], sc)
  out[o++] = mix4(T_DOCCASE, ctx.docCase[i], f.caseClass, sc)
  out[o++] = mix2(T_LOW_M1, lowM1)
  out[o++] = mix2(T_LOW_P1, lowP1)
  out[o++] = mix3(T_BI_M1, lowM1, f.lowerHash)
  out[o++] = mix3(T_BI_P1, f.lowerHash, lowP1)
  const g0 = ctx.gaz[i], gm1 = m1 ? ctx.gaz[i - 1] : 0, gp1 = p1 ? ctx.gaz[i + 1] : 0
  for (let l = 0; l < NUM_GAZ_LISTS && o - k0 <= MAX_GAZ_FEATURES; l++) {
    const c0 = (g0 >> (l * 2)) & 3
    if (c0 !== 0) {
      out[o++] = mix3(T_GAZ, l, c0)
      out[o++] = mix4(T_GAZ_CASE, l, c0, f.caseClass)
    }
    const cm = (gm1 >> (l * 2)) & 3
    if (cm !== 0) out[o++] = mix3(T_GAZ_M1, l, cm)
    const cp = (gp1 >> (l * 2)) & 3
    if (cp !== 0) out[o++] = mix3(T_GAZ_P1, l, cp)
  }
  for (let k = 0; k < ctx.aggCount[i]; k++) out[o++] = ctx.agg[i * AGG_FEATS + k]
  // word classes (scripts/entities/word-clusters.ts): the token's path at every depth, its
  // neighbours' at ±1 (two depths) and ±2, and the class bigrams around it
  const cl = ctx.cluster[i]
  const clM1 = m1 ? clusterPrefix(ctx.cluster[i - 1], NEIGHBOUR_CLUSTER_DEPTH) : PAD_BEFORE
  const clP1 = p1 ? clusterPrefix(ctx.cluster[i + 1], NEIGHBOUR_CLUSTER_DEPTH) : PAD_AFTER
  for (let d = 1; d <= CLUSTER_DEPTH; d++) out[o++] = mix2(T_CLUSTER, clusterPrefix(cl, d))
  out[o++] = mix2(T_CLUSTER_M1, clM1)
  out[o++] = mix2(T_CLUSTER_P1, clP1)
  out[o++] = mix2(T_CLUSTER_M1_LEAF, m1 ? clusterPrefix(ctx.cluster[i - 1], CLUSTER_DEPTH) : PAD_BEFORE)
  out[o++] = mix2(T_CLUSTER_P1_LEAF, p1 ? clusterPrefix(ctx.cluster[i + 1], CLUSTER_DEPTH) : PAD_AFTER)
  out[o++] = mix2(T_CLUSTER_M2, m2 ? clusterPrefix(ctx.cluster[i - 2], NEIGHBOUR_CLUSTER_DEPTH) : PAD_BEFORE)
  out[o++] = mix2(T_CLUSTER_P2, p2 ? clusterPrefix(ctx.cluster[i + 2], NEIGHBOUR_CLUSTER_DEPTH) : PAD_AFTER)
  const cl2 = clusterPrefix(cl, NEIGHBOUR_CLUSTER_DEPTH)
  out[o++] = mix3(T_CLUSTER_BI_M1, clM1, cl2)
  out[o++] = mix3(T_CLUSTER_BI_P1, cl2, clP1)
  const copied = o
  out[o++] = mix2(T_NORM, f.normHash)
  out[o++] = mix2(T_SHAPE, f.shapeHash)
  out[o++] = mix2(T_SHORT, f.shortShapeHash)
  out[o++] = mix2(T_LOW_M2, m2 ? m2.lowerHash : PAD_BEFORE)
  out[o++] = mix2(T_LOW_P2, p2 ? p2.lowerHash : PAD_AFTER)
  out[o++] = mix2(T_NORM_M1, m1 ? m1.normHash : PAD_BEFORE)
  out[o++] = mix2(T_NORM_P1, p1 ? p1.normHash : PAD_AFTER)
  out[o++] = mix2(T_SHORT_M1, shM1)
  out[o++] = mix2(T_SHORT_P1, shP1)
  out[o++] = mix2(T_SHORT_M2, m2 ? m2.shortShapeHash : PAD_BEFORE)
  out[o++] = mix2(T_SHORT_P2, p2 ? p2.shortShapeHash : PAD_AFTER)
  out[o++] = mix4(T_SHORT_TRI, shM1, f.shortShapeHash, shP1)
  out[o++] = mix3(T_LOW_M1_SHAPE, lowM1, f.shortShapeHash)
  out[o++] = mix3(T_LOW_P1_SHAPE, lowP1, f.shortShapeHash)
  out[o++] = mix3(T_FIRST, first[i], f.shortShapeHash)
  ctx.generalCount[i] = o - k0
  if (sc !== SENT_NORMAL) {
    // an all-capitals or all-lowercase sentence gets the case-blind features again (word,
    // affixes, neighbours, gazetteers, casing), conjoined
    // with its casing: the general weights are learned from normally cased text only and these
    // copies learn the corrections (after Daumé 2007, "frustratingly easy domain adaptation"),
    // so the case-changed training copies cost normal text nothing.
    // one set of copies for both: neither casing tells a name from a word
    for (let k = k0; k < copied; k++) out[o++] = mix2(T_REGIME, out[k])
  }
  return o - k0
}

/**
 * Earlier labels of each lowercase form in this document: per form, counts of O and the four
 * types. Extended prediction history (Ratinov & Roth 2009).
 */
export class LabelHistory {
  /** Per document word (DocContext.ids), how often it was O and each type so far. */
  private readonly counts: Int32Array
  private readonly ids: Int32Array

  constructor(ctx: DocContext) {
    this.ids = ctx.ids
    this.counts = new Int32Array(ctx.words * 5)
  }

  /** Token i (its word) was labelled with `type` (-1 for O). */
  add(i: number, type: number): void {
    this.counts[this.ids[i] * 5 + type + 1]++
  }

  /**
   * For token i's word: 0 when unseen, else 1 + the majority class (O first on ties), + 8 when
   * unanimous.
   */
  code(i: number): number {
    const c = this.counts, at = this.ids[i] * 5
    let best = 0, total = 0
    for (let k = 0; k < 5; k++) { total += c[at + k]; if (c[at + k] > c[at + best]) best = k }
    return total === 0 ? 0 : 1 + best + (c[at + best] === total ? 8 : 0)
  }
}

/**
 * The first pass's labels of each lowercase form over the whole document, so the second pass can
 * see what the form's other mentions were taken for, later ones included (two-stage prediction
 * aggregation, Ratinov & Roth 2009; it lets a headline learn from the body).
 */
export class DocumentLabels {
  private counts = new Map<number, Int32Array>()
  private readonly own: Int8Array

  constructor(ctx: DocContext, labels: Uint8Array, typeOf: (label: number) => number) {
    this.own = new Int8Array(ctx.n)
    for (let i = 0; i < ctx.n; i++) {
      const f = ctx.forms[i]
      if (!f.hasLetter) continue
      const t = typeOf(labels[i])
      this.own[i] = t + 1
      let c = this.counts.get(f.lowerHash)
      if (c === undefined) { c = new Int32Array(5); this.counts.set(f.lowerHash, c) }
      c[t + 1]++
    }
  }

  /** Like LabelHistory.code, over the form's other mentions in the document (not token i). */
  code(ctx: DocContext, i: number): number {
    const f = ctx.forms[i]
    const c = f.hasLetter ? this.counts.get(f.lowerHash) : undefined
    if (c === undefined) return 0
    let best = -1, total = 0
    for (let k = 0; k < 5; k++) {
      const v = c[k] - (this.own[i] === k + 1 ? 1 : 0)
      total += v
      if (v > 0 && (best < 0 || v > c[best] - (this.own[i] === best + 1 ? 1 : 0))) best = k
    }
    if (best < 0) return 0
    const vb = c[best] - (this.own[i] === best + 1 ? 1 : 0)
    return 1 + best + (vb === total ? 8 : 0) + (best > 0 && vb < total ? 16 : 0)
  }
}

/** Label-dependent features of token i given the two previous labels; returns the count. */
export function dynamicFeatures(ctx: DocContext, i: number, y1: number, y2: number,
  history: LabelHistory, out: Uint32Array, doc?: DocumentLabels): number {
  const f = ctx.forms[i]
  let o = 0
  if (doc !== undefined) {
    const a = doc.code(ctx, i)
    out[o++] = mix2(T_AGG, a)
    out[o++] = mix4(T_AGG_CASE, a, f.caseClass, ctx.sentCase[i])
    out[o++] = mix3(T_AGG_Y1, a, y1)
    if (!ctx.first[i]) out[o++] = mix2(T_AGG_M1, doc.code(ctx, i - 1))
    if (!ctx.last[i]) out[o++] = mix2(T_AGG_P1, doc.code(ctx, i + 1))
  }
  out[o++] = mix2(T_Y1, y1)
  out[o++] = mix3(T_Y2, y1, y2)
  out[o++] = mix3(T_Y1_LOW, y1, f.lowerHash)
  out[o++] = mix3(T_Y1_SHAPE, y1, f.shortShapeHash)
  if (f.hasLetter) {
    const e = history.code(i)
    out[o++] = mix2(T_EPH, e)
    out[o++] = mix4(T_EPH_CASE, e, f.caseClass, ctx.sentCase[i])
    if (e !== 0) out[o++] = mix3(T_EPH_LOW, e, f.lowerHash)
  }
  if (!ctx.last[i] && ctx.forms[i + 1].hasLetter) {
    out[o++] = mix2(T_EPH_P1, history.code(i + 1))
  }
  if (ctx.sentCase[i] !== SENT_NORMAL) {
    const general = o
    for (let k = 0; k < general; k++) out[o++] = mix2(T_REGIME, out[k])
  }
  return o
}
