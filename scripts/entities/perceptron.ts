// An averaged perceptron over hashed features (Collins 2002), with the averaging trick of
// Daumé: keep w and the sum of c·update, average = w − u / c. Rows are created on first update.
import { NUM_LABELS } from '../../src/engine/labels.ts'
import type { Scorer } from '../../src/engine/tagger.ts'

export class AveragedPerceptron implements Scorer {
  readonly index = new Map<number, number>()
  keys: number[] = []
  w = new Float64Array(1 << 20)
  u = new Float64Array(1 << 20)
  /** Number of examples seen, for averaging. */
  c = 1

  addScores(feats: Uint32Array, offset: number, count: number, scores: Float64Array): void {
    const w = this.w
    for (let k = offset; k < offset + count; k++) {
      const row = this.index.get(feats[k])
      if (row === undefined) continue
      const base = row * NUM_LABELS
      for (let y = 0; y < NUM_LABELS; y++) scores[y] += w[base + y]
    }
  }

  private rowOf(key: number): number {
    let row = this.index.get(key)
    if (row === undefined) {
      row = this.keys.length
      this.keys.push(key)
      this.index.set(key, row)
      if ((row + 1) * NUM_LABELS > this.w.length) {
        const w = new Float64Array(this.w.length * 2); w.set(this.w); this.w = w
        const u = new Float64Array(this.u.length * 2); u.set(this.u); this.u = u
      }
    }
    return row
  }

  update(feats: Uint32Array, offset: number, count: number, truth: number, guess: number): void {
    const c = this.c
    for (let k = offset; k < offset + count; k++) {
      const base = this.rowOf(feats[k]) * NUM_LABELS
      this.w[base + truth] += 1
      this.u[base + truth] += c
      this.w[base + guess] -= 1
      this.u[base + guess] -= c
    }
  }

  /** Averaged weights, one row of NUM_LABELS per key in `keys` order. */
  averaged(): Float64Array {
    const n = this.keys.length * NUM_LABELS
    const out = new Float64Array(n)
    for (let i = 0; i < n; i++) out[i] = this.w[i] - this.u[i] / this.c
    return out
  }
}

/** A scorer over fixed float weights (the averaged model), for evaluation during training. */
export class FloatScorer implements Scorer {
  constructor(private readonly index: Map<number, number>, private readonly w: Float64Array) {}
  addScores(feats: Uint32Array, offset: number, count: number, scores: Float64Array): void {
    for (let k = offset; k < offset + count; k++) {
      const row = this.index.get(feats[k])
      if (row === undefined) continue
      const base = row * NUM_LABELS
      for (let y = 0; y < NUM_LABELS; y++) scores[y] += this.w[base + y]
    }
  }
}

/** mulberry32: a small seeded PRNG, so shuffles are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const a = items.slice()
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = a[i]; a[i] = a[j]; a[j] = t
  }
  return a
}
