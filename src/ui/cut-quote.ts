// A quoted passage shortened for a small card: whole when short, else cut at a word boundary and
// ended with an ellipsis, which marks the cut and is there only when there is one.

/** Most characters of a quote the note editor shows: about three lines of its 300-pixel card. */
export const EDITOR_QUOTE_CHARS = 140
/** How far back from the limit a space is looked for; a word longer than this is cut inside. */
const WORD_BACK_CHARS = 30
/** Left off the end before the ellipsis: spaces and the marks that only join to what was cut. */
const TRAILING_JOINERS = /[\s,;:\u2013\u2014-]+$/

export function cutQuote(text: string, max = EDITOR_QUOTE_CHARS): string {
  const t = text.replace(/\s+/g, ' ').trim()
  if (t.length <= max) return t
  // A space right after the limit is a boundary too: then the last word fits whole.
  let cut = t.lastIndexOf(' ', max)
  if (cut < max - WORD_BACK_CHARS) cut = max
  // Never split a surrogate pair (an emoji, a rare letter) in two.
  const code = t.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  return t.slice(0, cut).replace(TRAILING_JOINERS, '') + '…'
}
