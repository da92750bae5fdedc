// The page-type classifier: a small multinomial logistic regression over cheap page features
// (page-features.ts) that tells an article from a product page, a shop category, a listing, a
// service page, a forum thread or documentation. Its weights are data, trained on WCXB's
// development part by `npm run train:story` (scripts/train-story.ts) and written to
// page-type-model.ts; nothing here is tuned by hand but the names of the reasons.
import { FEATURE_NAMES, type PageFeatures } from './page-features.ts'
import { MODEL } from './page-type-model.ts'

export interface PageTypeModel {
  version: string
  features: readonly string[]
  classes: readonly string[]
  mean: readonly number[]
  scale: readonly number[]
  weights: readonly (readonly number[])[]
  bias: readonly number[]
  /** A page is quiet when the article's probability is below this (chosen by the training script
   *  on out-of-fold predictions so that few articles fall under it). */
  threshold: number
}

/** What the popup says for each kind of page the classifier can name. */
const REASONS: Record<string, string> = {
  product: 'product page',
  collection: 'shop category',
  listing: 'listing',
  service: 'service page',
  forum: 'forum thread',
  documentation: 'documentation',
}

/** Class probabilities of standardised features. */
export function probabilities(model: Pick<PageTypeModel, 'mean' | 'scale' | 'weights' | 'bias'>, x: ArrayLike<number>): number[] {
  const z = model.weights.map((w, k) => {
    let s = model.bias[k]
    for (let j = 0; j < w.length; j++) s += w[j] * ((x[j] - model.mean[j]) / model.scale[j])
    return s
  })
  let max = -Infinity
  for (const v of z) if (v > max) max = v
  const e = z.map((v) => Math.exp(v - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / sum)
}

export function featureVector(f: PageFeatures): number[] {
  return FEATURE_NAMES.map((n) => f[n])
}

export interface PageTypeVerdict {
  /** The probability that the page is an article. */
  article: number
  /** The reason to stay quiet, or null when the page is worth reading as a story. */
  reason: string | null
}

export function judgePageType(f: PageFeatures, model: PageTypeModel = MODEL): PageTypeVerdict {
  const p = probabilities(model, featureVector(f))
  const a = model.classes.indexOf('article')
  const article = p[a]
  if (article >= model.threshold) return { article, reason: null }
  let best = -1
  for (let k = 0; k < p.length; k++) if (k !== a && (best < 0 || p[k] > p[best])) best = k
  return { article, reason: REASONS[model.classes[best]] ?? 'not a story' }
}
