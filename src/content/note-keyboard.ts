// The keyboard's way to a note's card on the page (issue 17). Notes are painted as boxes no focus
// or hit-test reaches (docs/architecture.md, threat model), so nothing of them sits in the page's tab
// order; instead, as hypothesis/client reaches annotations from its sidebar and its shortcuts
// rather than from focusable highlights, the reader asks Gloss: the open-note command (or Add a
// note with nothing selected) opens the card of the note at or after the caret, else the first in
// view; pressing it again goes to the next note. The popup's notes list opens a given note's card
// (tab/reveal-note). The card takes focus: Tab cycles through Edit, Delete and Close, Escape closes
// it and gives focus back to the page.
import type { TextMap } from '../page/types.ts'
import { noteAfter, noteAtOrAfter, type NoteSpot } from '../notes/reading-order.ts'
import { placedNotes } from './notes-layer.ts'
import { openNoteCardId, showNoteCard, type NotesContext } from './note-hover.ts'
import { scrollToRange } from './reveal.ts'

/** Whether a passage's box is at least partly inside the viewport. */
function inView(map: TextMap, s: { start: number; end: number }, view: Window): boolean {
  const r = map.toRange(s.start, Math.max(s.end, s.start))?.getBoundingClientRect()
  return !!r && r.bottom > 0 && r.top < view.innerHeight && (r.width > 0 || r.height > 0)
}

/**
 * The reader's caret (the start of a selection) as a body offset, when it is in view: a caret the
 * reader scrolled away from says less than what they are looking at.
 */
function caretInView(ctx: NotesContext, map: TextMap): number | null {
  const sel = ctx.doc.getSelection()
  if (!sel || sel.rangeCount === 0) return null
  const at = map.fromRange(sel.getRangeAt(0))
  if (!at || at.start >= map.text.length) return null
  return inView(map, { start: at.start, end: at.start + 1 }, ctx.doc.defaultView!) ? at.start : null
}

/** Which note to open: `id` when given; else the next after the open card's; else at the caret; else the first in view. */
function pick(ctx: NotesContext, map: TextMap, spots: NoteSpot[], id: string | null): NoteSpot | null {
  if (id !== null) return spots.find((s) => s.id === id) ?? null
  const open = openNoteCardId()
  const current = open === null ? undefined : spots.find((s) => s.id === open)
  if (current) return noteAfter(spots, current)
  const caret = caretInView(ctx, map)
  if (caret !== null) return noteAtOrAfter(spots, caret)
  const view = ctx.doc.defaultView!
  const visible = spots.filter((s) => inView(map, s, view))
  if (visible.length) return noteAtOrAfter(visible, 0)
  // None in view: the first below it, else the first of the story.
  const below = spots.filter((s) => (map.toRange(s.start, s.end)?.getBoundingClientRect().top ?? -1) >= view.innerHeight)
  return noteAtOrAfter(below, 0) ?? noteAtOrAfter(spots, 0)
}

/** Opens a note's card with focus in it, scrolling its passage into view. False when there is no such note on the page. */
export function openNoteByKeyboard(ctx: NotesContext, id: string | null): boolean {
  const map = ctx.body()
  if (!map) return false
  const placed = placedNotes().filter((p) => p.at)
  const spots = placed.map((p) => ({ id: p.note.id, start: p.at!.start, end: p.at!.end }))
  const spot = pick(ctx, map, spots, id)
  const range = spot ? map.toRange(spot.start, spot.end) : null
  const n = spot ? placed.find((p) => p.note.id === spot.id) : undefined
  if (!spot || !range || !n) return false
  // Scrolled to, not flashed with a CSS highlight: the page can read the highlight registry.
  if (!inView(map, spot, ctx.doc.defaultView!)) scrollToRange(range)
  showNoteCard(ctx, n, range, true)
  return true
}
