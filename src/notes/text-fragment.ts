// A link that opens the story at a note: the source URL with a text fragment
// (https://wicg.github.io/scroll-to-text-fragment/), `#:~:text=[prefix-,]start[,end][,-suffix]`.
import type { Note } from './schema.ts'

/** Quotes longer than this are linked by their first and last words (start,end). */
export const MAX_FRAGMENT_QUOTE = 80
/** Words kept at each end of a long quote, and in the prefix and suffix. */
export const FRAGMENT_EDGE_WORDS = 4
/** Context words kept: enough to tell repeats apart, few enough to survive small edits. */
export const FRAGMENT_CONTEXT_WORDS = 3

/**
 * Percent-encoding of a text directive part: everything encodeURIComponent encodes, plus the
 * directive's own syntax characters '-' ',' '&' (the spec requires those to be encoded).
 */
export const encodeFragmentPart = (s: string) =>
  encodeURIComponent(s).replace(/[-!'()*~.]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)
const words = (s: string) => collapse(s).split(' ').filter(Boolean)

/**
 * The story URL with a text fragment for the note's quote. Text fragments match whole words, so
 * a quote that begins or ends inside a word is widened to it from the stored context.
 */
export function textFragmentUrl(note: Pick<Note, 'target'>): string {
  const { source, selector } = note.target
  let { exact, prefix, suffix } = selector[0]
  // Widen to whole words: move a cut word's piece from the context into the quote.
  if (isWordChar(exact[0]) && isWordChar(prefix.at(-1))) {
    const piece = prefix.match(/[\p{L}\p{N}]+$/u)![0]
    exact = piece + exact
    prefix = prefix.slice(0, -piece.length)
  }
  if (isWordChar(exact.at(-1)) && isWordChar(suffix[0])) {
    const piece = suffix.match(/^[\p{L}\p{N}]+/u)![0]
    exact = exact + piece
    suffix = suffix.slice(piece.length)
  }
  // The stored context may begin or end inside a word: drop those partial words.
  const before = words(prefix)
  if (prefix.length > 0 && isWordChar(prefix[0]) && before.length > 0) before.shift()
  const after = words(suffix)
  if (suffix.length > 0 && isWordChar(suffix.at(-1)) && after.length > 0) after.pop()
  const quote = words(exact)
  const parts: string[] = []
  if (before.length > 0) parts.push(`${encodeFragmentPart(before.slice(-FRAGMENT_CONTEXT_WORDS).join(' '))}-`)
  if (collapse(exact).length > MAX_FRAGMENT_QUOTE && quote.length > FRAGMENT_EDGE_WORDS * 2) {
    parts.push(encodeFragmentPart(quote.slice(0, FRAGMENT_EDGE_WORDS).join(' ')))
    parts.push(encodeFragmentPart(quote.slice(-FRAGMENT_EDGE_WORDS).join(' ')))
  } else {
    parts.push(encodeFragmentPart(quote.join(' ')))
  }
  if (after.length > 0) parts.push(`-${encodeFragmentPart(after.slice(0, FRAGMENT_CONTEXT_WORDS).join(' '))}`)
  const base = source.split('#')[0]
  return `${base}#:~:text=${parts.join(',')}`
}
