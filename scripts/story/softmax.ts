// Multinomial logistic regression (softmax), trained by full-batch gradient descent from zero
// weights: no randomness, so the same data gives the same weights bit for bit.

import { probabilities } from '../../src/page/page-type.ts'

export interface SoftmaxModel {
  classes: string[]
  /** Per feature: subtracted, then divided by `scale` (standardised on the training data). */
  mean: number[]
  scale: number[]
  /** weights[class][feature] */
  weights: number[][]
  bias: number[]
}

export interface TrainOptions {
  iterations: number
  rate: number
  /** L2 penalty on the weights (not the biases). */
  l2: number
  /** Per example, how much it counts (e.g. less for a type the goals do not cover). */
  sampleWeight?: number[]
}

export function train(xs: number[][], ys: number[], classes: string[], opts: TrainOptions): SoftmaxModel {
  const n = xs.length
  const d = xs[0].length
  const k = classes.length
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((a, x) => a + x[j], 0) / n)
  const scale = Array.from({ length: d }, (_, j) => {
    const v = xs.reduce((a, x) => a + (x[j] - mean[j]) ** 2, 0) / n
    return v > 1e-12 ? Math.sqrt(v) : 1
  })
  const z = xs.map((x) => x.map((v, j) => (v - mean[j]) / scale[j]))
  const sw = opts.sampleWeight ?? xs.map(() => 1)
  const total = sw.reduce((a, b) => a + b, 0)
  const weights = Array.from({ length: k }, () => new Array<number>(d).fill(0))
  const bias = new Array<number>(k).fill(0)
  const model = { mean: new Array<number>(d).fill(0), scale: new Array<number>(d).fill(1), weights, bias }
  for (let it = 0; it < opts.iterations; it++) {
    const gw = Array.from({ length: k }, () => new Array<number>(d).fill(0))
    const gb = new Array<number>(k).fill(0)
    for (let i = 0; i < n; i++) {
      const p = probabilities(model, z[i])
      for (let c = 0; c < k; c++) {
        const err = (p[c] - (ys[i] === c ? 1 : 0)) * sw[i]
        gb[c] += err
        const row = gw[c]
        const zi = z[i]
        for (let j = 0; j < d; j++) row[j] += err * zi[j]
      }
    }
    for (let c = 0; c < k; c++) {
      bias[c] -= (opts.rate * gb[c]) / total
      for (let j = 0; j < d; j++) weights[c][j] -= opts.rate * (gw[c][j] / total + opts.l2 * weights[c][j])
    }
  }
  return { classes, mean, scale, weights, bias }
}
