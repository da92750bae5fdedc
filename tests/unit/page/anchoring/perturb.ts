// Generates re-anchoring cases from story texts: a noted passage, then edits of the kinds
// publishers make (insertions, deletions, rewritten sentences, moved paragraphs, whitespace and
// punctuation changes, a repeated quote, the passage removed), tracking where the passage went.
import { move, replace, type Span, type Tracked } from './tracked-text.ts'
import type { Random } from '../../support/seeded-random.ts'

/** Sentences of our own that edits insert or rewrite with. */
const FILLER = [
  'Officials did not respond to a request for comment on Monday.',
  'This story has been updated with additional details.',
  'The figures were published in a report released last week.',
  'A spokesperson said the matter was under review.',
  'Earlier versions of this article misstated the date of the meeting.',
  'Residents were invited to submit written comments until the end of the month.',
  'The agency has not said when it will publish its findings.',
  'Several people who attended the session declined to be named.',
  'It was not immediately clear how the decision would be enforced.',
  'The group plans to meet again in the spring.',
  'Critics said the plan did not go far enough.',
  'Supporters called the result a turning point.',
]
const WORDS = ['new', 'local', 'former', 'several', 'recent', 'public', 'early', 'major', 'small',
  'key', 'last', 'annual', 'second', 'final', 'senior']

export type Kind = 'insert-sentence' | 'insert-words' | 'delete-words' | 'rewrite-sentence' |
  'substitute-word' | 'move-paragraph' | 'whitespace' | 'punctuation'
const KINDS: Kind[] = ['insert-sentence', 'insert-words', 'delete-words', 'rewrite-sentence',
  'substitute-word', 'move-paragraph', 'whitespace', 'punctuation']

export interface Case {
  id: number
  story: string
  original: string
  noted: Span
  /** The passage was repeated elsewhere in the text before it was noted. */
  repeated: boolean
  removed: boolean
  edits: Kind[]
  result: Tracked
}

const wordStarts = (text: string, from: number, to: number) => {
  const out: number[] = []
  for (let i = Math.max(1, from); i < Math.min(text.length, to); i++) {
    if (/\s/.test(text[i - 1]) && /\S/.test(text[i])) out.push(i)
  }
  return out
}
const sentences = (text: string): Span[] => {
  const out: Span[] = []
  const re = /[^\s][^.!?\n]*(?:[.!?]+["”’]?|(?=\n)|$)/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length })
    if (m[0].length === 0) re.lastIndex++
  }
  return out
}
const paragraphs = (text: string): Span[] => {
  const out: Span[] = []
  let start = 0
  for (const part of text.split('\n\n')) {
    out.push({ start, end: start + part.length })
    start += part.length + 2
  }
  return out
}

/** A passage a reader might select: a word or two, a phrase, a sentence, sentences, a paragraph. */
function pickPassage(text: string, r: Random): Span {
  const shape = r.pick(['short', 'phrase', 'phrase', 'sentence', 'sentence', 'sentences', 'paragraph'])
  const sents = sentences(text).filter((s) => s.end - s.start > 20)
  if (shape === 'paragraph') return r.pick(paragraphs(text).filter((p) => p.end > p.start))
  const i = r.int(sents.length)
  if (shape === 'sentence') return sents[i]
  if (shape === 'sentences') return { start: sents[i].start, end: sents[Math.min(sents.length - 1, i + r.range(1, 2))].end }
  const s = sents[i]
  const starts = [s.start, ...wordStarts(text, s.start + 1, s.end)]
  const words = shape === 'short' ? r.range(1, 2) : r.range(3, 12)
  const first = r.int(Math.max(1, starts.length - 1))
  const last = Math.min(starts.length, first + words)
  const end = last < starts.length ? text.slice(0, starts[last]).trimEnd().length : s.end
  return { start: starts[first], end: Math.max(end, starts[first] + 1) }
}

/** Where an edit lands: near or inside the passage half the time, anywhere otherwise. */
function around(doc: Tracked, r: Random): [number, number] {
  if (doc.span && r.chance(0.5)) {
    return [Math.max(0, doc.span.start - 120), Math.min(doc.text.length, doc.span.end + 120)]
  }
  return [0, doc.text.length]
}

function applyEdit(doc: Tracked, kind: Kind, r: Random): Tracked {
  const [lo, hi] = around(doc, r)
  const text = doc.text
  const starts = wordStarts(text, lo, hi)
  const at = starts.length > 0 ? r.pick(starts) : lo
  switch (kind) {
    case 'insert-sentence': {
      const s = sentences(text).filter((x) => x.end >= lo && x.start <= hi)
      const pos = s.length > 0 ? r.pick(s).end : at
      return replace(doc, pos, pos, ' ' + r.pick(FILLER))
    }
    case 'insert-words':
      return replace(doc, at, at, Array.from({ length: r.range(1, 3) }, () => r.pick(WORDS)).join(' ') + ' ')
    case 'delete-words': {
      const later = starts.filter((p) => p > at)
      const end = later.length > 0 ? later[Math.min(later.length - 1, r.int(4))] : at
      return replace(doc, at, end, '')
    }
    case 'rewrite-sentence': {
      const s = sentences(text).filter((x) => x.end >= lo && x.start <= hi)
      if (s.length === 0) return doc
      const target = r.pick(s)
      return replace(doc, target.start, target.end, r.pick(FILLER))
    }
    case 'substitute-word': {
      const end = text.slice(at).search(/[\s.,;:!?]/)
      if (end <= 0) return doc
      return replace(doc, at, at + end, r.pick(WORDS))
    }
    case 'move-paragraph': {
      const paras = paragraphs(text)
      if (paras.length < 3) return doc
      const from = r.int(paras.length - 1)
      let to = r.int(paras.length)
      if (to === from || to === from + 1) to = (from + 2) % paras.length
      // Move paragraph `from` (with its separator) to the start of paragraph `to`.
      return move(doc, paras[from].start, paras[from + 1].start, paras[to].start)
    }
    case 'whitespace': {
      let d = doc
      for (let k = r.range(1, 6); k > 0; k--) {
        const spaces = [...d.text.slice(lo, hi).matchAll(/ /g)].map((m) => lo + m.index!)
        if (spaces.length === 0) break
        const p = r.pick(spaces)
        d = replace(d, p, p + 1, r.pick(['  ', '\n', '\u00a0', '\t ']))
      }
      return d
    }
    case 'punctuation': {
      const marks = [...text.slice(lo, hi).matchAll(/[,.;“”’"']/g)].map((m) => lo + m.index!)
      if (marks.length === 0) return doc
      const p = r.pick(marks)
      const swap: Record<string, string> = { ',': '', '.': ';', ';': ',', '“': '"', '”': '"', '’': "'", '"': '“', "'": '’' }
      return replace(doc, p, p + 1, swap[text[p]] ?? '')
    }
  }
}

/** Removes the passage: the passage alone, its sentence(s), or its whole paragraph. */
function removePassage(doc: Tracked, r: Random): Tracked {
  const s = doc.span!
  const how = r.pick(['passage', 'sentence', 'paragraph'])
  if (how === 'passage') return replace(doc, s.start, s.end, '')
  const pool = how === 'sentence' ? sentences(doc.text) : paragraphs(doc.text)
  const covering = pool.filter((x) => x.end > s.start && x.start < s.end)
  const a = Math.min(s.start, ...covering.map((x) => x.start))
  const b = Math.max(s.end, ...covering.map((x) => x.end))
  return replace(doc, a, b, how === 'sentence' && r.chance(0.5) ? r.pick(FILLER) : '')
}

/**
 * Copies the passage (sometimes with a little of its context) into a paragraph that is not next
 * to its own. Not next to it: with the paragraph in between removed, a copy placed right after
 * the passage's paragraph would leave the other copy with exactly the removed one's surroundings,
 * a text no anchoring could tell from the copy having been the one kept.
 */
function repeatPassage(text: string, span: Span, r: Random): { text: string; copy: Span; shift: number } {
  const grab = r.chance(0.5) ? r.range(1, 12) : 0
  // The copy stays inside its new paragraph: a copy that is a paragraph of its own, with the noted
  // paragraph later removed, reads exactly like a moved paragraph (see docs/notes.md).
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1
  const from = Math.max(lineStart, span.start - grab)
  const chunk = text.slice(from, span.end)
  const all = paragraphs(text)
  const own = all.findIndex((p) => p.end >= span.start)
  const last = all.findIndex((p) => p.end >= span.end)
  const paras = all.filter((_, i) => i < own - 1 || i > last + 1)
  const p = r.pick(paras)
  const at = p.end
  const out = text.slice(0, at) + ' ' + chunk + text.slice(at)
  const start = at + 1 + (span.start - from)
  const shift = at <= span.start ? 1 + chunk.length : 0
  return { text: out, copy: { start, end: start + (span.end - span.start) }, shift }
}

export function generateCase(id: number, story: string, source: string, r: Random): Case {
  let original = source
  let noted = pickPassage(original, r)
  const repeated = r.chance(0.15)
  if (repeated) {
    const { text, copy, shift } = repeatPassage(original, noted, r)
    original = text
    noted = r.chance(0.5) ? copy : { start: noted.start + shift, end: noted.end + shift }
  }
  let doc: Tracked = { text: original, span: noted, edited: 0 }
  const edits: Kind[] = []
  for (let k = r.range(1, 4); k > 0; k--) {
    const kind = r.pick(KINDS)
    edits.push(kind)
    doc = applyEdit(doc, kind, r)
  }
  const removed = doc.span !== null && r.chance(0.12)
  if (removed) doc = removePassage(doc, r)
  return { id, story, original, noted, repeated, removed, edits, result: doc }
}
