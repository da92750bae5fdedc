// A note's card on the page: shown while the reader hovers the note's passage, kept open while
// their pointer crosses to it and rests on it, with Edit (the editor, filled in) and Delete (with
// an Undo toast); the keyboard's way to it is ./note-keyboard.ts. Saves and deletes go through the background, which repaints every tab on the
// story. Only the reader's own pointer counts: index.ts passes the points of trusted events.
import { send } from '../platform/send.ts'
import type { Note } from '../notes/schema.ts'
import type { TextMap } from '../page/types.ts'
import { CARD_GAP_PX } from '../ui/placement.ts'
import { noteUnderPoint, placedNotes, type PlacedNote } from './notes-layer.ts'
import { openEditor, type SaveOutcome } from './note-editor.ts'
import { placeCard } from './place-card.ts'
import { cardHolds, noteCard } from './note-card.ts'
import { rememberFocus } from './focus-return.ts'
import { showToast } from './undo-toast.ts'
import { uiRoot } from './ui-host.ts'

export interface NotesContext {
  doc: Document
  body: () => TextMap | null
}

/** The card stays this long after the pointer left both the passage and the card. */
const HIDE_DELAY_MS = 300

let card: HTMLElement | null = null
let hideTimer: ReturnType<typeof setTimeout> | undefined
let giveFocusBack: ((part: Element) => void) | null = null

export const outcome = (r: { ok: true } | { ok: false; error: { message: string } }): SaveOutcome =>
  r.ok ? { ok: true } : { ok: false, message: r.error.message }

/** Hover at a viewport point: shows the card of the note there. Returns whether a note (or its card) is there. */
export function hoverNote(ctx: NotesContext, x: number, y: number): boolean {
  // On the card, or in the gap the pointer crosses to reach it.
  if (cardHolds(card, x, y, CARD_GAP_PX)) { clearTimeout(hideTimer); return true }
  const map = ctx.body()
  const n = map ? noteUnderPoint(x, y, map) : null
  const range = n?.at && map ? map.toRange(n.at.start, n.at.end) : null
  if (!n || !range) { hideNoteCardSoon(); return false }
  clearTimeout(hideTimer)
  if (card?.dataset.note === n.note.id && !card.hidden) return true
  showNoteCard(ctx, n, range, false)
  return true
}

/**
 * Shows the card of a placed note beside its passage. With `focus` (opened from the keyboard) its
 * first button takes focus, and Escape or Close gives focus back to where it was in the page.
 */
export function showNoteCard(ctx: NotesContext, n: PlacedNote, range: Range, focus: boolean): HTMLElement {
  hideNoteCard()
  giveFocusBack = rememberFocus(ctx.doc)
  card = noteCard(ctx.doc, n.note, n.at?.changed ?? false, {
    edit: (note) => editNote(ctx, note),
    remove: (note) => void deleteNote(ctx, note).then((r) => { if (!r.ok) showToast(ctx.doc, r.message, null, true) }),
    close: hideNoteCard,
  })
  card.dataset.note = n.note.id
  card.addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Escape') hideNoteCard() })
  uiRoot(ctx.doc).append(card)
  placeCard(card, range.getBoundingClientRect(), ctx.doc)
  if (focus) card.querySelector('button')?.focus()
  return card
}

/** The id of the note whose card is open, or null. */
export function openNoteCardId(): string | null {
  return card && !card.hidden && card.isConnected ? card.dataset.note ?? null : null
}

/**
 * The reader's pointer is on the note's card: it takes pointer events from now on, so its buttons
 * can be clicked (until then hit-testing finds the page's text under it, see note-card.ts).
 */
export function pointerOnNoteCard(x: number, y: number): boolean {
  if (!cardHolds(card, x, y)) return false
  clearTimeout(hideTimer)
  card!.classList.add('live')
  return true
}

export function hideNoteCard(): void {
  clearTimeout(hideTimer)
  if (!card) return
  const was = card
  card = null
  giveFocusBack?.(was)
  giveFocusBack = null
  was.remove()
}

function hideNoteCardSoon(): void {
  if (!card) return
  clearTimeout(hideTimer)
  hideTimer = setTimeout(() => {
    // Not while the reader's focus is on one of its buttons.
    const active = card ? uiRoot(card.ownerDocument).activeElement : null
    if (!active || !card?.contains(active)) hideNoteCard()
  }, HIDE_DELAY_MS)
}

/** Opens the editor on a note, filled in; Save updates it, Delete deletes it (with Undo). */
export function editNote(ctx: NotesContext, note: Note): void {
  const at = placedNotes().find((p) => p.note.id === note.id)?.at
  const range = at ? ctx.body()?.toRange(at.start, at.end) : null
  const box = range?.getBoundingClientRect() ?? card?.getBoundingClientRect() ?? new DOMRect(0, 0, 0, 0)
  hideNoteCard()
  openEditor(ctx.doc, box, note.target.selector[0].exact, { text: note.body.text, tags: note.body.tags },
    async (value) => outcome(await send({ type: 'page/edit-note', id: note.id, text: value.text, tags: value.tags })),
    () => deleteNote(ctx, note))
}

/** Deletes a note and offers Undo, which puts back exactly that note (the background kept a copy). */
export async function deleteNote(ctx: NotesContext, note: Note): Promise<SaveOutcome> {
  const r = await send({ type: 'page/delete-note', id: note.id })
  if (!r.ok) return { ok: false, message: `Not deleted: ${r.error.message}` }
  hideNoteCard()
  showToast(ctx.doc, 'Note deleted.', {
    label: 'Undo', done: 'Note restored.',
    run: async () => outcome(await send({ type: 'page/restore-note', id: note.id })),
  }, true)
  return { ok: true }
}
