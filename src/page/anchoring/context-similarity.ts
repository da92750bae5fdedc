// How well a stored prefix or suffix agrees with the text right next to a candidate match: edit
// distance anchored at the candidate (the context must touch it), free at the far end.
import { CONTEXT_LENGTH } from './describe.ts'

/** Extra text examined beyond the context's length, so insertions there still align. */
const CONTEXT_SLACK = 8
/**
 * Stands for "beyond the start or end of the text". A stored context shorter than CONTEXT_LENGTH
 * touched the edge of the text, so it is padded with this, and so is the text: a quote that opened
 * the story and still does gets full context agreement, one that no longer does gets little.
 */
const EDGE = -1

/**
 * Similarity 0..1 (1 − edit distance / CONTEXT_LENGTH) of the stored `context` against the text
 * ending at `at` (side 'before') or starting at `at` (side 'after').
 */
export function contextSimilarity(
  context: string, text: string, at: number, side: 'before' | 'after',
): number {
  // describe() keeps CONTEXT_LENGTH code units, or one less not to split a surrogate pair; shorter
  // means the context reached the edge of the text.
  const edge = context.length < CONTEXT_LENGTH - 1
  const m = edge ? CONTEXT_LENGTH : context.length
  const w = m + CONTEXT_SLACK
  // Both strings are walked outwards from `at`: index 0 is the character next to the candidate.
  const ctx = (i: number) => {
    if (i >= context.length) return EDGE
    return side === 'before' ? context.charCodeAt(context.length - 1 - i) : context.charCodeAt(i)
  }
  const win = (j: number) => {
    const k = side === 'before' ? at - 1 - j : at + j
    return k < 0 || k >= text.length ? EDGE : text.charCodeAt(k)
  }
  let prev = new Array<number>(w + 1)
  let cur = new Array<number>(w + 1)
  for (let j = 0; j <= w; j++) prev[j] = j
  for (let i = 1; i <= m; i++) {
    cur[0] = i
    const c = ctx(i - 1)
    for (let j = 1; j <= w; j++) {
      const sub = prev[j - 1] + (c === win(j - 1) ? 0 : 1)
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1)
    }
    ;[prev, cur] = [cur, prev]
  }
  let best = Infinity
  for (let j = 0; j <= w; j++) best = Math.min(best, prev[j])
  return Math.max(0, 1 - best / m)
}
