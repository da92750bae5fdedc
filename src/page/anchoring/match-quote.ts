// Finds and scores the places in a text where a stored quote (with its context) could now be:
// exact occurrences, and fuzzy ones (approx-string-match, Myers' bit-parallel algorithm, as
// hypothesis/client's match-quote.ts). Decides nothing: anchor.ts accepts or orphans.
import approxSearch from 'approx-string-match'
import { contextSimilarity } from './context-similarity.ts'
import { editDistance } from './edit-distance.ts'
import type { TextQuoteSelector } from './types.ts'

// Scoring weights, as in Hypothesis: the quote matters most, the context next, the stored position
// only breaks near-ties (text before the passage is edited too often for it to weigh more).
export const QUOTE_WEIGHT = 50
export const PREFIX_WEIGHT = 20
export const SUFFIX_WEIGHT = 20
export const POSITION_WEIGHT = 2

/**
 * Similarity of unrelated 32-unit contexts under contextSimilarity: measured over our fixture
 * stories, median 0.25, p99 0.38, max 0.53. Context scores are rescaled so that this baseline
 * reads 0 and an intact context reads 1.
 */
export const CONTEXT_BASELINE = 0.3
/** Most errors a fuzzy quote match may have, as a share of the quote's length. */
export const QUOTE_MAX_ERROR_RATE = 0.3
/** Most errors a fuzzy prefix+quote+suffix match may have, as a share of its length. */
export const CONTEXT_PATTERN_MAX_ERROR_RATE = 0.35
/** Most errors when looking for the stored prefix or suffix next to a fuzzy match. */
const CONTEXT_SEARCH_ERROR_RATE = 0.25
/** Exact occurrences scored at most: a quote found more often than this is not a passage. */
export const MAX_OCCURRENCES = 1000
/**
 * A quote that was a whole paragraph and is again one elsewhere counts as much as one intact
 * context side: a moved paragraph loses both its neighbours. Only from this length on, so a short
 * repeated line ("Advertisement") never counts.
 */
export const MIN_BLOCK_QUOTE_LENGTH = 40
export const BLOCK_SUPPORT = 1

export interface Place { start: number; end: number; errors: number }

export interface Candidate extends Place {
  /** 1 − edit errors / quote length. */
  quoteScore: number
  /** Rescaled context agreement 0..1 on each side. */
  prefixScore: number
  suffixScore: number
  /** Context agreement in units of one intact side: prefixScore + suffixScore (0 .. 2). */
  support: number
  /** The noted passage was a whole paragraph and this place is one too. */
  block: boolean
  /** Weighted score 0..1. */
  score: number
}

/** Every exact occurrence of `exact` in `text` (overlapping ones too), up to MAX_OCCURRENCES. */
export function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = []
  for (let i = text.indexOf(exact); i !== -1 && found.length < MAX_OCCURRENCES;
    i = text.indexOf(exact, i + 1)) found.push(i)
  return found
}

const rescale = (sim: number) =>
  Math.max(0, Math.min(1, (sim - CONTEXT_BASELINE) / (1 - CONTEXT_BASELINE)))
const opensBlock = (text: string, at: number) => at === 0 || text[at - 1] === '\n'
const closesBlock = (text: string, at: number) => at === text.length || text[at] === '\n'

/** Scores text[start, end) as the place of `quote`, given its edit errors and the position hint. */
export function scoreCandidate(
  text: string, quote: TextQuoteSelector, place: Place, hint: number | undefined,
): Candidate {
  const { start, end, errors } = place
  const quoteScore = Math.max(0, 1 - errors / quote.exact.length)
  const prefixScore = rescale(contextSimilarity(quote.prefix, text, start, 'before'))
  const suffixScore = rescale(contextSimilarity(quote.suffix, text, end, 'after'))
  const wasBlock = quote.exact.length >= MIN_BLOCK_QUOTE_LENGTH &&
    (quote.prefix === '' || quote.prefix.endsWith('\n')) &&
    (quote.suffix === '' || quote.suffix.startsWith('\n'))
  const isBlock = opensBlock(text, start) && closesBlock(text, end)
  const block = wasBlock && isBlock
  const support = prefixScore + suffixScore
  // The context weights apply to the context evidence as a whole, a whole paragraph counting as
  // one intact side, so that a moved paragraph scores like a passage with one neighbour edited.
  const context = Math.min(2, support + (block ? BLOCK_SUPPORT : 0))
  const posScore = hint === undefined ? 1
    : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length))
  const score = (QUOTE_WEIGHT * quoteScore + (PREFIX_WEIGHT + SUFFIX_WEIGHT) * context / 2 +
    POSITION_WEIGHT * posScore) / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
  return { start, end, errors, quoteScore, prefixScore, suffixScore, support, block, score }
}

/**
 * Fuzzy places for the quote: matches of the quote alone, and matches of prefix+quote+suffix
 * (far more distinctive, so it finds an edited quote even when an exact copy sits elsewhere),
 * each narrowed to the quote. `text` may have masked regions (filled with U+0000).
 */
export function fuzzyPlaces(text: string, quote: TextQuoteSelector): Place[] {
  const { exact, prefix, suffix } = quote
  const places: Place[] = []
  const quoteMax = Math.floor(exact.length * QUOTE_MAX_ERROR_RATE)
  if (quoteMax > 0) places.push(...approxSearch(text, exact, quoteMax))
  if (prefix.length + suffix.length > 0) {
    const pattern = prefix + exact + suffix
    const max = Math.floor(pattern.length * CONTEXT_PATTERN_MAX_ERROR_RATE)
    for (const m of approxSearch(text, pattern, max)) {
      // The quote lies inside the match, about prefix.length in: align it there.
      const inner = approxSearch(text.slice(m.start, m.end), exact, Math.ceil(exact.length / 2))
      if (inner.length === 0) continue
      const pick = inner.reduce((a, b) =>
        Math.abs(b.start - prefix.length) < Math.abs(a.start - prefix.length) ? b : a)
      places.push({ start: m.start + pick.start, end: m.start + pick.end, errors: pick.errors })
    }
  }
  return places
}

/** Where `context` best matches in text[from, to), nearest `near` among equals; null if nowhere. */
function findContext(text: string, context: string, from: number, to: number, near: number,
  edge: 'start' | 'end'): number | null {
  const hits = approxSearch(text.slice(from, to), context,
    Math.floor(context.length * CONTEXT_SEARCH_ERROR_RATE))
  if (hits.length === 0) return null
  const at = (h: { start: number; end: number }) => from + (edge === 'end' ? h.end : h.start)
  return hits.map(at).reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a))
}

/**
 * A fuzzy match's edges moved to where the stored prefix ends and the suffix starts, when those
 * are found nearby. Myers' search keeps the cheapest alignment of the quote alone, which slides
 * past text inserted near the quote's ends; the context says where the passage really begins.
 */
export function refinePlace(text: string, quote: TextQuoteSelector, place: Place): Place | null {
  const { exact, prefix, suffix } = quote
  const maxErrors = Math.floor(exact.length * QUOTE_MAX_ERROR_RATE)
  const shift = Math.max(8, maxErrors)
  let { start, end } = place
  if (prefix.length > 0) {
    const from = Math.max(0, start - shift - prefix.length)
    const found = findContext(text, prefix, from, Math.min(end, start + shift), start, 'end')
    if (found !== null) start = found
  }
  if (suffix.length > 0) {
    const to = Math.min(text.length, end + shift + suffix.length)
    const found = findContext(text, suffix, Math.max(start, end - shift), to, end, 'start')
    if (found !== null) end = found
  }
  if (start === place.start && end === place.end) return null
  if (end <= start) return null
  const errors = editDistance(exact, text.slice(start, end), maxErrors)
  return errors > maxErrors ? null : { start, end, errors }
}
