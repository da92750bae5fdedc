// Body scoring as the article-extraction benchmark does it: 4-gram shingles of \w+ tokens, per page
// TP/FP/FN normalised to sum 1, precision and recall averaged over pages, F1 of the two means.

/** Python's `re.findall(r'\w+', text, re.UNICODE)`: letters, digits, underscore. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu
const NGRAM_N = 4

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN_RE) ?? []
  const counts = new Map<string, number>()
  // Like the benchmark: a text shorter than n tokens is one shorter shingle; an empty one none.
  const last = Math.max(1, tokens.length - NGRAM_N + 1)
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + NGRAM_N)
    if (gram.length === 0) continue
    const key = gram.join('\u0001')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

export interface PageScore {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
}

export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth)
  const p = shingles(predicted)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0
    const pc = p.get(key) ?? 0
    tp += Math.min(tc, pc)
    fp += Math.max(0, pc - tc)
    fn += Math.max(0, tc - pc)
  }
  const sum = tp + fp + fn
  if (sum > 0) {
    tp /= sum
    fp /= sum
    fn /= sum
  }
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp)
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn)
  return { tp, fp, fn, precision, recall }
}

export interface Totals {
  precision: number
  recall: number
  f1: number
}

export function totals(scores: PageScore[]): Totals {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
  const precision = mean(scores.map((s) => s.precision))
  const recall = mean(scores.map((s) => s.recall))
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
