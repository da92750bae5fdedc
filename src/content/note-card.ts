// The card of a note on the page, shown while the reader hovers its passage or opened from the
// keyboard (./note-keyboard.ts): the note's text and tags, the passage it had when the story
// changed there, and Edit, Delete and Close. Tab and Shift+Tab cycle through its buttons, as in a
// modal dialog (WAI-ARIA dialog pattern), so a keyboard reader never tabs out into the page behind
// it by accident. Note text is set as textContent only.
//
// The card is `pointer-events: none` when it opens, so a page hit-testing around a passage the
// reader hovers finds its own text, as anywhere else (docs/architecture.md, threat model). It takes
// pointer events (class `live`) only once the reader's own pointer is on it, found by Gloss's
// trusted pointer hit test (notes-controller.ts), so that Edit and Delete can be clicked.
import type { Note } from '../notes/schema.ts'
import { el } from './ui-host.ts'

export interface NoteCardActions {
  edit(note: Note): void
  remove(note: Note): void
  close(): void
}

export function noteCard(doc: Document, note: Note, changed: boolean, actions?: NoteCardActions): HTMLElement {
  const card = el(doc, 'div', { class: 'card note-card' },
    el(doc, 'p', { class: 'name', text: 'Your note' }),
    el(doc, 'p', { class: 'note-text', text: note.body.text || '(no text)' }))
  card.setAttribute('role', 'dialog')
  card.setAttribute('aria-label', 'Your note')
  if (note.body.tags.length) card.append(el(doc, 'p', { class: 'meta', text: note.body.tags.map((t) => `#${t}`).join(' ') }))
  if (changed) card.append(el(doc, 'p', { class: 'meta', text: `The story changed here. You noted: “${note.target.selector[0].exact}”` }))
  if (actions) {
    const edit = el(doc, 'button', { text: 'Edit' })
    edit.type = 'button'
    edit.dataset.action = 'edit'
    edit.addEventListener('click', () => actions.edit(note))
    const remove = el(doc, 'button', { text: 'Delete' })
    remove.type = 'button'
    remove.dataset.action = 'delete'
    remove.setAttribute('aria-label', 'Delete this note')
    remove.addEventListener('click', () => actions.remove(note))
    const close = el(doc, 'button', { text: 'Close' })
    close.type = 'button'
    close.dataset.action = 'close'
    close.addEventListener('click', () => actions.close())
    card.append(el(doc, 'div', { class: 'actions' }, edit, remove, close))
    card.addEventListener('keydown', (e) => cycleFocus(card, e as KeyboardEvent))
  }
  return card
}

/**
 * Tab on the last button goes to the first, Shift+Tab on the first to the last. The event here is
 * the shield's copy of the reader's key (./shield.ts): preventDefault on it cancels the original.
 */
function cycleFocus(card: HTMLElement, e: KeyboardEvent): void {
  if (e.key !== 'Tab') return
  const buttons = [...card.querySelectorAll<HTMLButtonElement>('button')]
  const active = (card.getRootNode() as ShadowRoot | Document).activeElement
  const i = buttons.findIndex((b) => b === active)
  if (buttons.length === 0) return
  e.preventDefault()
  const next = i < 0 ? 0 : (i + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length
  buttons[next].focus()
}

/** Whether a viewport point lies on the card, or within `margin` pixels of it (the gap between passage and card). */
export function cardHolds(card: HTMLElement | null, x: number, y: number, margin = 0): boolean {
  if (!card || card.hidden || !card.isConnected) return false
  const r = card.getBoundingClientRect()
  return x >= r.left - margin && x <= r.right + margin && y >= r.top - margin && y <= r.bottom + margin
}
