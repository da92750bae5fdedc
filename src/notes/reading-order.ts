// Which note a keyboard reader's "open a note" goes to: the notes of a story in reading order (by
// where their passage starts, then ends, then id, so the order is total and the same in every
// tab), the one at or after a text offset (the caret), and the one after the note whose card is
// open, wrapping round at the end. One pass over the notes each, no sort: linear in the notes.

/** A note's place in the story text (UTF-16 offsets, as everywhere in the notes layer). */
export interface NoteSpot { id: string; start: number; end: number }

/** Whether `a` comes before `b` in reading order. */
function before(a: NoteSpot, b: NoteSpot): boolean {
  return a.start !== b.start ? a.start < b.start : a.end !== b.end ? a.end < b.end : a.id < b.id
}

/** The first of `spots` in reading order that `keep` accepts, or null. */
function firstWhere(spots: readonly NoteSpot[], keep: (s: NoteSpot) => boolean): NoteSpot | null {
  let best: NoteSpot | null = null
  for (const s of spots) if (keep(s) && (!best || before(s, best))) best = s
  return best
}

/**
 * The note at `offset` (the caret inside its passage) or the first after it; past the last note,
 * the first of the story. Null only when there is no note.
 */
export function noteAtOrAfter(spots: readonly NoteSpot[], offset: number): NoteSpot | null {
  return firstWhere(spots, (s) => s.end > offset) ?? firstWhere(spots, () => true)
}

/** The note after `current` in reading order, wrapping to the first; `current` itself when it is the only one. */
export function noteAfter(spots: readonly NoteSpot[], current: NoteSpot): NoteSpot | null {
  return firstWhere(spots, (s) => before(current, s)) ?? firstWhere(spots, () => true)
}
