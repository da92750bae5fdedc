// A title in quotes right after a word that names a work ("the film “Independence Day”", "a paper
// titled “Deterministic Nonperiodic Flow.”") is one other name (MISC), as CoNLL tags books,
// films and songs, whatever names the tagger found inside it. Only where the text shows it: the
// quotes and the word before them; a quoted phrase without such a word is left as tagged.
import { ENTITY_TYPES, type LabelSpan } from './labels.ts'

const MISC = ENTITY_TYPES.indexOf('MISC')

/**
 * Words that name a work or introduce its title. In CoNLL train and WikiGold's training part a
 * capitalised quotation right after one of them is a whole MISC name 5 times of 6 (the sixth a
 * report "entitled" by a sentence, untagged).
 */
const WORK_WORDS = new Set([
  'titled', 'entitled', 'book', 'novel', 'film', 'movie', 'song', 'album', 'single', 'show', 'series', 'play',
  'poem', 'essay', 'paper', 'column', 'documentary', 'opera', 'musical', 'painting', 'sculpture', 'exhibition',
  'programme', 'program', 'newsletter', 'podcast', 'game',
])
const OPEN = new Set(['"', '“', '‘', '``'])
const CLOSE = new Set(['"', '”', '’', "''"])
/** Longest title looked for, in tokens ("A Paradise Built in Hell: The Extraordinary Communities…"). */
const MAX_TITLE_TOKENS = 16
/** Punctuation that American style puts inside the closing quote: not part of the title. */
const INNER_PUNCT = /^[.,;:!?]$/
/** Joins a second quoted title to a first ("“You Loved Me…” and “The Kiss Was Beautiful.”"). */
const LIST_JOIN = new Set(['and', 'or', ','])

/**
 * `spans` (sorted, not overlapping) with each quoted work title as one MISC span in place of the
 * spans inside it. Linear: each quotation is read once, at most MAX_TITLE_TOKENS long.
 */
export function withQuotedWorks(spans: LabelSpan[], n: number, word: (i: number) => string): LabelSpan[] {
  const works: LabelSpan[] = []
  let lastWorkEnd = -1 // one past the closing quote of the last title found
  for (let i = 1; i < n; i++) {
    if (!OPEN.has(word(i))) continue
    const cue = WORK_WORDS.has(word(i - 1).toLowerCase()) ||
      (lastWorkEnd === i - 1 && LIST_JOIN.has(word(i - 1).toLowerCase()))
    if (!cue || i + 1 >= n || !/^\p{Lu}/u.test(word(i + 1))) continue
    let j = i + 1
    while (j < n && j - i <= MAX_TITLE_TOKENS && !CLOSE.has(word(j))) j++
    if (j >= n || !CLOSE.has(word(j))) continue
    let end = j
    while (end > i + 1 && INNER_PUNCT.test(word(end - 1))) end--
    if (end > i + 1) works.push({ start: i + 1, end, type: MISC })
    lastWorkEnd = j + 1
    i = j
  }
  if (works.length === 0) return spans
  const out: LabelSpan[] = []
  let w = 0
  for (const s of spans) {
    while (w < works.length && works[w].end <= s.start) out.push(works[w++])
    if (w < works.length && s.start < works[w].end && s.end > works[w].start) continue // inside the title
    out.push(s)
  }
  while (w < works.length) out.push(works[w++])
  return out
}
