// Re-anchors stored selectors in a (possibly edited) story text, cheapest step first: the stored
// position when the quote is still there with its context, then the exact quote elsewhere, then a
// fuzzy match. Below the thresholds the note is an orphan (null): a wrong anchor is worse than none.
import {
  BLOCK_SUPPORT, exactOccurrences, fuzzyPlaces, refinePlace, scoreCandidate, type Candidate,
  type Place,
} from './match-quote.ts'
import type { Anchor, Selector, TextPositionSelector, TextQuoteSelector } from './types.ts'

/** Least quote similarity accepted: a passage edited in a fifth of its characters scores ~0.8. */
export const MIN_QUOTE_SCORE = 0.75
/**
 * Least context agreement accepted, in units of one full context side: one side intact, or both
 * about two-thirds intact. An identical quote elsewhere with unrelated context scores under 0.5,
 * so a copy of a removed passage is never taken for it.
 */
export const MIN_CONTEXT_SUPPORT = 0.7
/**
 * Quotes shorter than this ("he", "the council") say little by themselves: they must sit on the
 * same word edges, and one side of their context must be nearly intact (SHORT_QUOTE_SIDE) with
 * SHORT_QUOTE_SUPPORT in all. Both sides half-matching is the mark of a short passage deleted:
 * its neighbours closed up around the gap, next to some other "and".
 */
export const SHORT_QUOTE_LENGTH = 16
export const SHORT_QUOTE_SUPPORT = 1
export const SHORT_QUOTE_SIDE = 0.85
/** Least weighted score (match-quote.ts weights) accepted. */
export const MIN_CONFIDENCE = 0.6
/** A rival place scoring within this of the best makes the match ambiguous. */
export const MIN_MARGIN = 0.08
/** An ambiguous match is settled by position only when the rival is this many times farther. */
export const POSITION_DOMINANCE = 4
/**
 * A rival place counts when it has this share of the context needed and a quote this much below
 * MIN_QUOTE_SCORE: the noted passage edited past the limit still stops an exact copy elsewhere
 * from being taken for it.
 */
const RIVAL_SUPPORT_SHARE = 0.5
const RIVAL_QUOTE_SLACK = 0.15

/**
 * An exact match farther than this from the stored position (share of the text's length) is
 * accepted only after the fuzzy search had its say: the noted passage may be right there, edited,
 * while an unedited twin with the same context sits elsewhere.
 */
export const FAR_FROM_HINT = 0.1

const isQuote = (s: Selector): s is TextQuoteSelector => s.type === 'TextQuoteSelector'
const isPosition = (s: Selector): s is TextPositionSelector => s.type === 'TextPositionSelector'
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/**
 * An exact occurrence must begin and end on word edges wherever the noted passage did: a reader
 * who selected "he" did not select the end of "She".
 */
function sameWordEdges(text: string, quote: TextQuoteSelector, start: number, end: number) {
  const { exact, prefix, suffix } = quote
  const startsWord = !isWordChar(prefix.at(-1)) || !isWordChar(exact[0])
  const endsWord = !isWordChar(suffix[0]) || !isWordChar(exact.at(-1))
  return (!startsWord || !isWordChar(text[start - 1]) || !isWordChar(text[start])) &&
    (!endsWord || !isWordChar(text[end]) || !isWordChar(text[end - 1]))
}

/**
 * The one place the evidence points to, or null when it is too weak or ambiguous. A whole moved
 * paragraph (`block`) counts as context only once fuzzy rivals are known (`blocks`): an exact copy
 * elsewhere must not win over the noted paragraph with a few characters edited.
 */
function choose(candidates: Candidate[], hint: number | undefined, short: boolean,
  blocks: boolean): Candidate | null {
  const needed = short ? SHORT_QUOTE_SUPPORT : MIN_CONTEXT_SUPPORT
  const support = (c: Candidate) => c.support + (blocks && c.block ? BLOCK_SUPPORT : 0)
  const acceptable = (c: Candidate) => c.quoteScore >= MIN_QUOTE_SCORE &&
    support(c) >= needed && c.score >= MIN_CONFIDENCE &&
    (!short || Math.max(c.prefixScore, c.suffixScore) >= SHORT_QUOTE_SIDE)
  const rival = (c: Candidate) => c.quoteScore >= MIN_QUOTE_SCORE - RIVAL_QUOTE_SLACK &&
    support(c) >= needed * RIVAL_SUPPORT_SHARE
  const sorted = [...candidates].sort((a, b) => b.score - a.score)
  const best = sorted.find(acceptable)
  if (!best) return null
  // Other places (overlapping candidates are one place found twice) that score near the best, or
  // above it without passing themselves, make the choice ambiguous.
  const others: Candidate[] = []
  for (const c of sorted) {
    if (!overlaps(c, best) && !others.some((o) => overlaps(o, c))) others.push(c)
  }
  const tied = [best, ...others.filter((c) => rival(c) && best.score - c.score < MIN_MARGIN)]
  if (tied.length === 1) return best
  if (hint === undefined) return null
  const byDistance = tied.map((c) => ({ c, d: Math.abs(c.start - hint) })).sort((a, b) => a.d - b.d)
  const [near, next] = byDistance
  return acceptable(near.c) && near.d * POSITION_DOMINANCE < next.d ? near.c : null
}

const mask = (text: string, c: { start: number; end: number }) =>
  text.slice(0, c.start) + '\u0000'.repeat(c.end - c.start) + text.slice(c.end)

/**
 * Where the passage described by `selectors` is in `text`, or null (an orphan) when it cannot be
 * found with confidence. Never returns a place it cannot tell apart from another.
 */
export function anchor(text: string, selectors: readonly Selector[]): Anchor | null {
  const quote = selectors.find(isQuote)
  const position = selectors.find(isPosition)
  if (!quote || quote.exact.length === 0) return null
  const { exact, prefix, suffix } = quote
  const hint = position?.start

  // 1. The stored position, when the quote is still there and one side of its context too.
  if (position && position.end - position.start === exact.length &&
    text.startsWith(exact, position.start)) {
    const p = position.start
    const prefixHolds = prefix.length > 0 ? text.slice(p - prefix.length, p) === prefix && p >= prefix.length
      : p === 0
    const suffixHolds = suffix.length > 0 ? text.startsWith(suffix, position.end)
      : position.end === text.length
    if (prefixHolds || suffixHolds) {
      return { start: p, end: position.end, confidence: 1, method: 'position', changed: false }
    }
  }

  // 2. The exact quote elsewhere, told apart from repeats by context and position.
  const short = exact.length < SHORT_QUOTE_LENGTH
  const score = (p: Place) => scoreCandidate(text, quote, p, hint)
  const exactCandidates = exactOccurrences(text, exact)
    .filter((s) => sameWordEdges(text, quote, s, s + exact.length))
    .map((s) => score({ start: s, end: s + exact.length, errors: 0 }))
  const exactChoice = choose(exactCandidates, hint, short, false)
  const far = (c: Candidate) => hint !== undefined && Math.abs(c.start - hint) > FAR_FROM_HINT * text.length
  if (exactChoice && !far(exactChoice)) return result(text, exact, exactChoice)

  // 3. Fuzzy: the quote and the quote-with-context, each also with its edges moved to where the
  // context says; then the best rival once the best place is masked.
  const scoreFuzzy = (places: Place[]) => places.flatMap((p) => {
    const refined = refinePlace(text, quote, p)
    return refined ? [score(p), score(refined)] : [score(p)]
  })
  const all = [...exactCandidates, ...scoreFuzzy(fuzzyPlaces(text, quote))]
  const best = all.reduce<Candidate | null>((a, b) => (a && a.score >= b.score ? a : b), null)
  if (!best) return null
  const rivals = scoreFuzzy(fuzzyPlaces(mask(text, best), quote).filter((p) => !overlaps(p, best)))
  const pool = [...all, ...rivals].filter((c) => !short || sameWordEdges(text, quote, c.start, c.end))
  const choice = choose(pool, hint, short, true)
  return choice ? result(text, exact, choice) : null
}

function result(text: string, exact: string, c: Candidate): Anchor {
  const found = text.slice(c.start, c.end)
  return {
    start: c.start,
    end: c.end,
    confidence: Math.round(c.score * 1000) / 1000,
    method: found === exact ? 'quote' : 'fuzzy',
    changed: collapse(found) !== collapse(exact),
  }
}
