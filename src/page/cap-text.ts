// Cuts a story text that is too long to analyse: its first part, ending at a sentence end when
// there is one near the cap, else between two words, never inside a surrogate pair. The cut text
// is a prefix, so every offset into it is the same offset into the whole story (marks and notes
// need no mapping).

/** How far back from the cap a sentence end is looked for. */
const SENTENCE_LOOKBACK = 4_000
/** How far back from the cap a space is looked for when no sentence ends nearby. */
const WORD_LOOKBACK = 200
/** A sentence end: terminal punctuation, closing quotes or brackets, then white space. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*(?=\s)/g

/** The first part of `text` of at most `cap` code units, cut where a reader would stop. */
export function capText(text: string, cap: number): string {
  if (text.length <= cap) return text
  const from = Math.max(0, cap - SENTENCE_LOOKBACK)
  // The character after the cap is looked at too: a sentence may end exactly at the cap.
  const window = text.slice(from, cap + 1)
  let end = -1
  for (const m of window.matchAll(SENTENCE_END)) if (from + m.index + m[0].length <= cap) end = from + m.index + m[0].length
  if (end > 0) return text.slice(0, end)
  const words = text.slice(Math.max(0, cap - WORD_LOOKBACK), cap + 1)
  const space = words.search(/\s\S*$/)
  if (space > 0) return text.slice(0, Math.max(0, cap - WORD_LOOKBACK) + space).trimEnd()
  const code = text.charCodeAt(cap - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? cap - 1 : cap)
}
