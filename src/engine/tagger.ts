// Greedy left-to-right BILOU decoding with a linear model: each token takes the best label that
// may follow the previous one. Training drives the same loop through a hook, so the features it
// learns from are exactly the ones inference computes.
import {
  DocumentLabels, dynamicFeatures, LabelHistory, MAX_DYNAMIC, MAX_STATIC, SENT_NORMAL, staticFeatures,
  type DocContext,
} from './features.ts'
import { allowed, LABEL_O, labelOf, NUM_LABELS, PART_B, PART_I, PART_L, PART_U, partOf, typeOf } from './labels.ts'
import { CASE_LOWER, CASE_NONE } from './word-form.ts'
import { addStaticScores, type RowScorer } from './fast-scores.ts'
import { MAX_TOKEN_LENGTH } from './tokenize.ts'

/** Whether inference uses the per-form row caches of fast-scores.ts (tests turn it off to compare). */
export let FAST_PATH = true
export function setFastPath(on: boolean): void { FAST_PATH = on }

export interface Scorer {
  /** Adds, for each label, the weights of `count` features at feats[offset..] to scores. */
  addScores(feats: Uint32Array, offset: number, count: number, scores: Float64Array): void
}

/**
 * Called at each token with the guess; returns the label the history should carry on with.
 * `dyn` holds the token's label-dependent features (dynCount of them).
 */
export type LearnHook = (i: number, guess: number, dyn: Uint32Array, dynCount: number, scores: Float64Array, y1: number, last: boolean) => number

/**
 * Whether documents are tagged in two passes, the second seeing what the first took each word's
 * other mentions for (DocumentLabels; trained on jackknifed first-pass labels). Measured: +0.35
 * F1 on held-out train, −0.28 on eng.testa, at half the speed, so off. A headline still learns
 * from its body: recognizeHeadline puts it after the body, where the label history reaches.
 */
export const TWO_PASS = false

/**
 * Tags a document: one greedy pass, or two (TWO_PASS), keeping the first's label-free scores.
 * `margins`, when given (length ctx.n), receives per token how far its label's score stands above
 * the best other label that may follow the same history (Infinity for a token no label was
 * scored for): the stuff of a mention's confidence (find-mentions.ts).
 */
export function tagDocument(ctx: DocContext, scorer: Scorer, margins?: Float32Array): Uint8Array {
  if (!TWO_PASS) return tagPass(ctx, scorer, undefined, undefined, undefined, false, margins)
  const cache = new Float32Array(ctx.n * NUM_LABELS)
  const first = tagPass(ctx, scorer, undefined, undefined, cache, false)
  return tagPass(ctx, scorer, undefined, new DocumentLabels(ctx, first, typeOf), cache, true, margins)
}

/** The first pass alone (no document labels), optionally learning. */
export function tagFirstPass(ctx: DocContext, scorer: Scorer, learn?: LearnHook): Uint8Array {
  return tagPass(ctx, scorer, learn, undefined, undefined, false)
}

/** The second pass given first-pass labels (in training, from models that never saw the document). */
export function tagSecondPass(ctx: DocContext, scorer: Scorer, firstLabels: Uint8Array, learn?: LearnHook): Uint8Array {
  return tagPass(ctx, scorer, learn, new DocumentLabels(ctx, firstLabels, typeOf), undefined, false)
}

/**
 * A token that needs no scoring: lowercase or without letters, in a normally cased sentence,
 * outside an entity. Such tokens are O in all but a handful of training cases ("de", "van" go on
 * an entity, which the previous label shows), and they are most of the text. Inference only:
 * training still learns from them (skipping them there cost about 0.4 F1 on held-out).
 */
function obviouslyOutside(ctx: DocContext, i: number, y1: number): boolean {
  // a token as long as the tokenizer lets one be is a piece of a longer run (a hash, a base64
  // blob, a line of one letter), never a name, in a sentence of any casing: a 5 MB word is 81,920
  // such pieces in one "lowercase" sentence, and scoring each cost 1.2 s of a 1 s budget (issue 18)
  if (ctx.forms[i].norm.length >= MAX_TOKEN_LENGTH) {
    const p = partOf(y1)
    return p !== PART_B && p !== PART_I
  }
  if (ctx.sentCase[i] !== SENT_NORMAL) return false
  const c = ctx.forms[i].caseClass
  if (c !== CASE_LOWER && c !== CASE_NONE) return false
  const p = partOf(y1)
  return p !== PART_B && p !== PART_I
}

/**
 * Punctuation (no letter, no digit) in a normally cased sentence. After a B- or I- label the
 * tagger may only go on with the name, and a name it should have closed runs on through the
 * punctuation to the sentence's end ("his first wife, Sally/B ,/I was/I dying/I … ./L"). Where such
 * a token scores O above every continuation, the name is closed before it instead. Only for
 * punctuation: O after an open name is a label training never scores, and trusting it before
 * lowercase words ("Bank of England") cost 0.8 F1 on held-out train; before punctuation it is
 * neutral there (94.46 either way) and on eng.testa (−0.02: one name of 5,942).
 */
function isPunctuation(ctx: DocContext, i: number): boolean {
  const f = ctx.forms[i]
  return ctx.sentCase[i] === SENT_NORMAL && f.caseClass === CASE_NONE && !f.hasDigit
}

/** The score of the best label other than `best` that may follow y1. */
function runnerUp(scores: Float64Array, best: number, y1: number, last: boolean): number {
  let r = -Infinity
  for (let y = 0; y < NUM_LABELS; y++) if (y !== best && allowed(y1, y, last) && scores[y] > r) r = scores[y]
  return r
}

function bestAllowed(scores: Float64Array, y1: number, last: boolean): number {
  let best = -1
  for (let y = 0; y < NUM_LABELS; y++) {
    if (!allowed(y1, y, last)) continue
    if (best < 0 || scores[y] > scores[best]) best = y
  }
  return best
}

function tagPass(ctx: DocContext, scorer: Scorer, learn: LearnHook | undefined, doc: DocumentLabels | undefined,
  cache: Float32Array | undefined, cached: boolean, margins?: Float32Array): Uint8Array {
  const history = new LabelHistory(ctx)
  const n = ctx.n
  const labels = new Uint8Array(n)
  const scores = new Float64Array(NUM_LABELS)
  const base = new Float64Array(NUM_LABELS)
  const dyn = new Uint32Array(MAX_DYNAMIC)
  const own = ctx.staticFeats === undefined ? new Uint32Array(MAX_STATIC) : undefined
  // the fast path needs a scorer that exposes rows, and features not computed up front
  const rows = own && FAST_PATH && 'rowOf' in scorer ? (scorer as unknown as RowScorer) : undefined
  let y1 = 0, y2 = 0
  for (let i = 0; i < n; i++) {
    if (ctx.first[i]) { y1 = 0; y2 = 0 }
    if (!learn && obviouslyOutside(ctx, i, y1)) {
      labels[i] = LABEL_O
      if (margins) margins[i] = Infinity
      if (ctx.forms[i].hasLetter) history.add(i, -1)
      y2 = y1
      y1 = LABEL_O
      continue
    }
    if (cached && cache) {
      for (let y = 0; y < NUM_LABELS; y++) scores[y] = cache[i * NUM_LABELS + y]
    } else {
      scores.fill(0)
      if (rows && ctx.sentCase[i] === SENT_NORMAL) addStaticScores(ctx, i, rows, scores)
      else if (own) scorer.addScores(own, 0, staticFeatures(ctx, i, own, 0), scores)
      else scorer.addScores(ctx.staticFeats!, i * MAX_STATIC, ctx.staticCount[i], scores)
      if (cache) for (let y = 0; y < NUM_LABELS; y++) cache[i * NUM_LABELS + y] = scores[y]
    }
    if (!learn) base.set(scores)
    let dc = dynamicFeatures(ctx, i, y1, y2, history, dyn, doc)
    scorer.addScores(dyn, 0, dc, scores)
    const last = ctx.last[i] === 1
    let best = bestAllowed(scores, y1, last)
    const open = partOf(y1)
    if (!learn && (open === PART_B || open === PART_I) && isPunctuation(ctx, i) && scores[LABEL_O] > scores[best]) {
      // close the name at the previous token, and score this one again after a closed name
      y1 = labelOf(typeOf(y1), open === PART_B ? PART_U : PART_L)
      labels[i - 1] = y1
      scores.set(base)
      dc = dynamicFeatures(ctx, i, y1, y2, history, dyn, doc)
      scorer.addScores(dyn, 0, dc, scores)
      best = bestAllowed(scores, y1, last)
    }
    const label = learn ? learn(i, best, dyn, dc, scores, y1, last) : best
    if (margins) margins[i] = scores[best] - runnerUp(scores, best, y1, last)
    labels[i] = label
    if (ctx.forms[i].hasLetter) history.add(i, typeOf(label))
    y2 = y1
    y1 = label
  }
  return labels
}
