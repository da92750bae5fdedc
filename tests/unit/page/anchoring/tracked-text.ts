// A text with one tracked span (the noted passage) that follows every edit: where the passage is
// now, and how many of its characters were edited, so the suite knows the right answer.

export interface Span { start: number; end: number }

export interface Tracked {
  text: string
  /** Where the passage is now, or null once it is gone. */
  span: Span | null
  /** Characters of the passage deleted, replaced or inserted into it so far. */
  edited: number
}

/** Replaces text[a, b) with `insert`, moving the span with it. */
export function replace(doc: Tracked, a: number, b: number, insert: string): Tracked {
  const text = doc.text.slice(0, a) + insert + doc.text.slice(b)
  const delta = insert.length - (b - a)
  const s = doc.span
  if (!s) return { text, span: null, edited: doc.edited }
  if (b <= s.start) {
    return { text, span: { start: s.start + delta, end: s.end + delta }, edited: doc.edited }
  }
  if (a >= s.end) return { text, span: s, edited: doc.edited }
  // The edit touches the passage.
  if (a <= s.start && b >= s.end) return { text, span: null, edited: doc.edited + (s.end - s.start) }
  if (a >= s.start && b <= s.end) {
    return { text, span: { start: s.start, end: s.end + delta },
      edited: doc.edited + Math.max(b - a, insert.length) }
  }
  if (a < s.start) {
    // Straddles the start: the passage's surviving part begins after the inserted text.
    return { text, span: { start: a + insert.length, end: s.end + delta },
      edited: doc.edited + (b - s.start) }
  }
  // Straddles the end: the passage ends where the edit began.
  return { text, span: { start: s.start, end: a }, edited: doc.edited + (s.end - a) }
}

/** Moves text[a, b) to position `to` (in current coordinates, outside [a, b)). */
export function move(doc: Tracked, a: number, b: number, to: number): Tracked {
  const block = doc.text.slice(a, b)
  const s = doc.span
  if (s && s.start >= a && s.end <= b) {
    // The passage travels with the block.
    const rest = doc.text.slice(0, a) + doc.text.slice(b)
    const dest = to > b ? to - (b - a) : to
    const text = rest.slice(0, dest) + block + rest.slice(dest)
    return { text, span: { start: dest + (s.start - a), end: dest + (s.end - a) }, edited: doc.edited }
  }
  if (s && s.start < b && s.end > a) {
    // The passage straddles the block's edge: it follows whichever part of it is larger.
    const inside = Math.min(s.end, b) - Math.max(s.start, a)
    if (inside * 2 > s.end - s.start) {
      const part = { start: Math.max(s.start, a), end: Math.min(s.end, b) }
      const moved = move({ ...doc, span: part }, a, b, to)
      return { ...moved, edited: doc.edited + (s.end - s.start - inside) }
    }
  }
  const removed = replace(doc, a, b, '')
  const dest = to > b ? to - (b - a) : to
  return replace(removed, dest, dest, block)
}
