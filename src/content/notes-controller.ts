// Notes in the content script: the "Note" button beside the end of a selection, the editor,
// saving through the background, repainting when the story's notes change (here or in another
// tab), scrolling to a note; a note's card on hover, with Edit and Delete, is ./note-hover.ts.
// Notes are taken on the story body (story.text), whose offsets the text map gives.
import { send } from '../platform/send.ts'
import { describe } from '../page/anchoring/index.ts'
import { newNoteId } from '../notes/note-id.ts'
import { noteButtonAt, selectionEndBox, type Box } from '../ui/placement.ts'
import { anchorNotes, flashBoxes, paintNotes, placedNotes } from './notes-layer.ts'
import { scrollToRange } from './reveal.ts'
import { closeEditor, editorIsOpen, openEditor } from './note-editor.ts'
import { hideNoteCard, outcome, type NotesContext } from './note-hover.ts'
import { el, uiRoot } from './ui-host.ts'
import { openNoteByKeyboard } from './note-keyboard.ts'

export { hoverNote, pointerOnNoteCard, type NotesContext } from './note-hover.ts'
export { openNoteByKeyboard } from './note-keyboard.ts'

/** A selection still this long (not being dragged) gets the Note button. */
const SELECTION_SETTLE_MS = 150

let button: HTMLButtonElement | null = null
let generation = 0

/** Fetches, re-anchors and paints the story's notes. */
export async function refreshNotes(ctx: NotesContext, signal: AbortSignal): Promise<void> {
  const map = ctx.body()
  if (!map) return
  const mine = ++generation
  const r = await send({ type: 'page/notes' })
  if (!r.ok || signal.aborted || mine !== generation) return
  const placed = await anchorNotes(r.value, map.text, signal)
  if (signal.aborted || mine !== generation) return
  paintNotes(ctx.doc, placed, map)
}

/** Opens the editor for a passage of the body, with an optional entity link. */
export function noteOnPassage(ctx: NotesContext, start: number, end: number, entityId: string | null): boolean {
  const map = ctx.body()
  const selector = map ? describe(map.text, start, end) : null
  const range = map?.toRange(start, end)
  if (!map || !selector || !range) return false
  hideNoteButton()
  hideNoteCard()
  // One id per note, made here: a save retried after the worker stopped mid-reply stays one note.
  const id = newNoteId()
  openEditor(ctx.doc, range.getBoundingClientRect(), selector[0].exact, null, async (value) =>
    outcome(await send({ type: 'page/save-note', id, selector, text: value.text, tags: value.tags, entityId })))
  return true
}

/**
 * The current selection as body offsets, when it lies in the story body, with the line box where
 * it ends: its focus, which is its start when the reader selected backwards.
 */
function selectedPassage(ctx: NotesContext): { start: number; end: number; endBox: Box; backwards: boolean } | null {
  const sel = ctx.doc.getSelection()
  const map = ctx.body()
  if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !map) return null
  const range = sel.getRangeAt(0)
  const at = map.fromRange(range)
  if (!at || at.end - at.start < 1 || !map.text.slice(at.start, at.end).trim()) return null
  const backwards = sel.focusNode === range.startContainer && sel.focusOffset === range.startOffset
  const endBox = selectionEndBox([...range.getClientRects()], backwards) ?? range.getBoundingClientRect()
  return { ...at, endBox, backwards }
}

export function noteOnSelection(ctx: NotesContext): boolean {
  const p = selectedPassage(ctx)
  return p ? noteOnPassage(ctx, p.start, p.end, null) : false
}

function hideNoteButton(): void {
  if (button) button.hidden = true
}

/** Shows the Note button beside the end of the current selection when it lies in the story body, else hides it. */
export function showNoteButton(ctx: NotesContext): void {
  if (editorIsOpen()) return
  const p = selectedPassage(ctx)
  if (!p) { hideNoteButton(); return }
  if (!button) {
    button = el(ctx.doc, 'button', { class: 'note-button', text: 'Note' })
    button.type = 'button'
    button.setAttribute('aria-label', 'Add a note on the selected text')
    // Keep the selection: a mousedown on the button would otherwise clear it.
    button.addEventListener('mousedown', (e) => e.preventDefault())
    button.addEventListener('click', () => { noteOnSelection(ctx) })
    uiRoot(ctx.doc).append(button)
  }
  button.hidden = false
  const view = ctx.doc.defaultView!
  const at = noteButtonAt(p.endBox, p.backwards, { width: button.offsetWidth, height: button.offsetHeight },
    { width: view.innerWidth, height: view.innerHeight })
  button.style.top = `${at.top}px`
  button.style.left = `${at.left}px`
}

/** Shows the small "Note" button next to a selection in the story body. */
export function watchSelection(ctx: NotesContext, signal: AbortSignal): void {
  const update = () => showNoteButton(ctx)
  // Only the reader's own input and the browser's own events count: a page's synthetic events must
  // not move our UI around. A selection made without the mouse (keyboard, find, a script) shows the
  // button once it has been still for a moment, as Hypothesis's adder does.
  let pointerDown = false
  let settle: ReturnType<typeof setTimeout> | undefined
  ctx.doc.addEventListener('mousedown', (e) => { if (e.isTrusted) pointerDown = true }, { signal })
  ctx.doc.addEventListener('mouseup', (e) => { if (e.isTrusted) { pointerDown = false; setTimeout(update, 0) } }, { signal })
  ctx.doc.addEventListener('keyup', (e) => { if (e.isTrusted && (e.shiftKey || e.key.startsWith('Arrow'))) update() }, { signal })
  // Escape in the page closes a note's card, as it closes the entity card.
  ctx.doc.addEventListener('keydown', (e) => { if (e.isTrusted && e.key === 'Escape') hideNoteCard() }, { signal })
  ctx.doc.addEventListener('selectionchange', (e) => {
    if (!e.isTrusted) return
    clearTimeout(settle)
    if (ctx.doc.getSelection()?.isCollapsed) { hideNoteButton(); return }
    settle = setTimeout(() => { if (!pointerDown) update() }, SELECTION_SETTLE_MS)
  }, { signal })
  signal.addEventListener('abort', () => clearTimeout(settle))
  signal.addEventListener('abort', () => { hideNoteButton(); hideNoteCard(); closeEditor() })
}

/** From the popup's notes list: scrolls to a note, flashes its passage and opens its card with focus in it. */
export function revealNote(ctx: NotesContext, id: string): boolean {
  const n = placedNotes().find((p) => p.note.id === id)
  const range = n?.at ? ctx.body()?.toRange(n.at.start, n.at.end) : null
  if (!range) return false
  scrollToRange(range)
  flashBoxes(ctx.doc, range)
  return openNoteByKeyboard(ctx, id)
}

/** Repaints the notes already anchored (after a resize or a re-render of the story's nodes). */
export function repaintNotes(ctx: NotesContext): void {
  const map = ctx.body()
  if (map) paintNotes(ctx.doc, [...placedNotes()], map)
}
