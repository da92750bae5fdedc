// Selectors for a passage of the story text: what a note stores so it can be found again.
// Does not anchor (anchor.ts) and knows nothing of the DOM.
import type { Selectors } from './types.ts'

/** Context kept on each side of the quote: as Hypothesis does, enough to tell repeats apart. */
export const CONTEXT_LENGTH = 32

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

/**
 * The TextQuote and TextPosition selectors of text[start, end), or null when the range is empty
 * or out of bounds. Prefix and suffix never cut a surrogate pair in half.
 */
export function describe(text: string, start: number, end: number): Selectors | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null
  if (start < 0 || end > text.length || start >= end) return null
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH)
  if (prefixStart > 0 && isLow(text.charCodeAt(prefixStart))) prefixStart += 1
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH)
  if (suffixEnd < text.length && isHigh(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    { type: 'TextPositionSelector', start, end },
  ]
}
