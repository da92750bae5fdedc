// Reading CoNLL-2003 files (word POS chunk NER, IOB1, -DOCSTART- between documents) into
// documents of words, sentence ids and BILOU labels; and conlleval-style span scoring.
import { readFileSync } from 'node:fs'
import { labelOf, PART_B, PART_I, PART_L, PART_U, ENTITY_TYPES } from '../../src/engine/labels.ts'

export interface ConllDoc {
  words: string[]
  sentence: Int32Array
  /** BILOU labels (src/engine/labels.ts). */
  labels: Uint8Array
  /** Gold spans: token start, end (exclusive), type index. */
  spans: { start: number; end: number; type: number }[]
  /** The corpus annotates no MISC (the Broad Twitter Corpus): its O may be an unmarked MISC. */
  noMisc?: boolean
  /** Tokens of names the corpus's types do not map to CoNLL's (CrossNER's elections): not taught, not counted. */
  unknown?: Uint8Array
}

export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = []
  let words: string[] = [], sents: number[] = [], tags: string[] = []
  let sentence = 0
  let sentenceHasTokens = false
  const flush = () => {
    if (words.length > 0) docs.push(makeDoc(words, sents, tags))
    words = []; sents = []; tags = []; sentence = 0; sentenceHasTokens = false
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim()
    if (t.startsWith('-DOCSTART-')) { flush(); continue }
    if (t === '') {
      if (sentenceHasTokens) { sentence++; sentenceHasTokens = false }
      continue
    }
    const parts = t.split(' ')
    words.push(parts[0])
    tags.push(parts[parts.length - 1])
    sents.push(sentence)
    sentenceHasTokens = true
  }
  flush()
  return docs
}

/** IOB1 tags to spans, as conlleval reads them. */
export function iobSpans(tags: string[], sents: ArrayLike<number>): { start: number; end: number; type: number }[] {
  const spans: { start: number; end: number; type: number }[] = []
  let open = -1, openType = ''
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O'
    const newSentence = i < tags.length && i > 0 && sents[i] !== sents[i - 1]
    const type = tag === 'O' ? '' : tag.slice(2)
    const begins = tag !== 'O' && (tag.startsWith('B-') || type !== openType || open < 0 || newSentence)
    if (open >= 0 && (tag === 'O' || begins)) {
      spans.push({ start: open, end: i, type: ENTITY_TYPES.indexOf(openType as never) })
      open = -1; openType = ''
    }
    if (begins) { open = i; openType = type }
  }
  return spans
}

export function makeDoc(words: string[], sents: number[], tags: string[]): ConllDoc {
  const sentence = Int32Array.from(sents)
  const spans = iobSpans(tags, sentence)
  const labels = new Uint8Array(words.length)
  for (const s of spans) {
    if (s.end - s.start === 1) labels[s.start] = labelOf(s.type, PART_U)
    else {
      labels[s.start] = labelOf(s.type, PART_B)
      for (let k = s.start + 1; k < s.end - 1; k++) labels[k] = labelOf(s.type, PART_I)
      labels[s.end - 1] = labelOf(s.type, PART_L)
    }
  }
  return { words, sentence, labels, spans }
}

export interface Counts { tp: number[]; fp: number[]; fn: number[] }

export function newCounts(): Counts {
  return { tp: [0, 0, 0, 0], fp: [0, 0, 0, 0], fn: [0, 0, 0, 0] }
}

/** Adds exact-span matches of predicted against gold spans to the counts. */
export function countSpans(gold: { start: number; end: number; type: number }[],
  pred: { start: number; end: number; type: number }[], c: Counts): void {
  const key = (s: { start: number; end: number; type: number }) => `${s.start}:${s.end}:${s.type}`
  const g = new Set(gold.map(key))
  const p = new Set(pred.map(key))
  for (const s of pred) if (g.has(key(s))) c.tp[s.type]++; else c.fp[s.type]++
  for (const s of gold) if (!p.has(key(s))) c.fn[s.type]++
}

export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp)
  const r = tp + fn === 0 ? 0 : tp / (tp + fn)
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

export function overallF1(c: Counts): number {
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0)
  return prf(sum(c.tp), sum(c.fp), sum(c.fn)).f
}

export { PART_I, PART_L }
