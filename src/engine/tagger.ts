// Greedy left-to-right BILOU decoding with a linear model: each token takes the best label that
// may follow the previous one. Training drives the same loop through a hook, so the features it
// learns from are exactly the ones inference computes.
import { dynamicFeatures, LabelHistory, MAX_DYNAMIC, MAX_STATIC, type DocContext } from './features.ts'
import { allowed, NUM_LABELS, typeOf } from './labels.ts'

export interface Scorer {
  /** Adds, for each label, the weights of `count` features at feats[offset..] to scores. */
  addScores(feats: Uint32Array, offset: number, count: number, scores: Float64Array): void
}

/**
 * Called at each token with the guess; returns the label the history should carry on with.
 * `dyn` holds the token's label-dependent features (dynCount of them).
 */
export type LearnHook = (i: number, guess: number, dyn: Uint32Array, dynCount: number) => number

export function tagDocument(ctx: DocContext, scorer: Scorer, learn?: LearnHook,
  history: LabelHistory = new LabelHistory()): Uint8Array {
  const n = ctx.n
  const labels = new Uint8Array(n)
  const scores = new Float64Array(NUM_LABELS)
  const dyn = new Uint32Array(MAX_DYNAMIC)
  let y1 = 0, y2 = 0
  for (let i = 0; i < n; i++) {
    if (ctx.first[i]) { y1 = 0; y2 = 0 }
    scores.fill(0)
    scorer.addScores(ctx.staticFeats, i * MAX_STATIC, ctx.staticCount[i], scores)
    const dc = dynamicFeatures(ctx, i, y1, y2, history, dyn)
    scorer.addScores(dyn, 0, dc, scores)
    const last = ctx.last[i] === 1
    let best = -1
    for (let y = 0; y < NUM_LABELS; y++) {
      if (!allowed(y1, y, last)) continue
      if (best < 0 || scores[y] > scores[best]) best = y
    }
    const label = learn ? learn(i, best, dyn, dc) : best
    labels[i] = label
    if (ctx.forms[i].hasLetter) history.add(ctx.forms[i].lowerHash, typeOf(label))
    y2 = y1
    y1 = label
  }
  return labels
}
