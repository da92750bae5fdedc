// A quote split around the phrase it is quoted for, so a view can set the phrase apart (in bold,
// as text, never as HTML): the timeline's sentences around their date phrase, a card's one-line
// summary around the name. Pure.

export interface Split { before: string; phrase: string; after: string }

/**
 * The quote around `phrase`, which starts at `at` in it (or, where `at` is unknown or wrong, at
 * its first occurrence); null when the quote does not hold it. With `lead`, the part before keeps
 * at most about that many characters, cut at a word start and marked with "…", so that a line
 * cut at its end still shows the phrase. With `tail`, the part after keeps at most about that
 * many, cut at a word end and marked with "…".
 */
export function splitAround(quote: string, phrase: string, at: number | undefined, lead = Infinity, tail = Infinity): Split | null {
  const i = at !== undefined && at >= 0 && phrase && quote.startsWith(phrase, at) ? at : phrase ? quote.indexOf(phrase) : -1
  if (i < 0) return null
  let before = quote.slice(0, i)
  if (before.length > lead) {
    const cut = before.slice(before.length - lead)
    const word = cut.search(/\s\S/)
    before = `…${word >= 0 ? cut.slice(word + 1) : cut}`
  }
  let after = quote.slice(i + phrase.length)
  if (after.length > tail) {
    const cut = after.slice(0, tail)
    const word = cut.search(/\S\s\S*$/)
    after = `${(word >= 0 ? cut.slice(0, word + 1) : cut).replace(/[\s,;:…]+$/, '')}…`
  }
  return { before, phrase, after }
}
