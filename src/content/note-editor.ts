// The note editor, inside Gloss's closed shadow root: plain text (Markdown is shown as text) and
// tags, for a new note or to edit one. Note text is only ever set as textContent or a form value,
// never as markup. A failed save keeps the editor open with the text, and says why. Escape or
// Cancel closes it, and focus goes back to where it was in the page.
//
// The page never sees the editor's keys, input or clicks: the event shield (./shield.ts) stops
// them at the page's window and hands this code a copy that cannot leave the shadow root. The
// copies are not `trusted`, which is why no listener here checks isTrusted; the shield already
// dropped every event a page made. Saving is a click or a key, never the form's own submit
// button, so that one trusted click cannot both activate a submit button and reach our handler.
import { placeCard } from './place-card.ts'
import { cutQuote } from '../ui/cut-quote.ts'
import { rememberFocus } from './focus-return.ts'
import { el, uiRoot } from './ui-host.ts'

export interface EditorSubmit { text: string; tags: string[] }
export type SaveOutcome = { ok: true } | { ok: false; message: string }

let open: HTMLElement | null = null
let giveFocusBack: ((part: Element) => void) | null = null

export function closeEditor(): void {
  if (!open) return
  const wasOpen = open
  open = null
  giveFocusBack?.(wasOpen)
  giveFocusBack = null
  wasOpen.remove()
}

export function editorIsOpen(): boolean {
  return open !== null && open.isConnected
}

export function tagsFrom(input: string): string[] {
  return input.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => t.length > 0).slice(0, 50)
}

/**
 * Opens the editor next to `anchorRect` for a quote (shown cut, with an ellipsis, when long);
 * `initial` fills it to edit a note; `onSave` stores it and says how it went; `onDelete`, when
 * given, adds a Delete button.
 */
export function openEditor(doc: Document, anchorRect: DOMRect, quote: string, initial: EditorSubmit | null,
  onSave: (value: EditorSubmit) => Promise<SaveOutcome>, onDelete?: () => Promise<SaveOutcome>): void {
  closeEditor()
  const returnFocus = rememberFocus(doc)
  const root = uiRoot(doc)
  const textarea = el(doc, 'textarea')
  textarea.value = initial?.text ?? ''
  textarea.setAttribute('aria-label', 'Note')
  textarea.placeholder = 'Your note (plain text)'
  const tags = el(doc, 'input')
  tags.type = 'text'
  tags.value = initial?.tags.join(', ') ?? ''
  tags.placeholder = 'tags, separated, by commas'
  tags.setAttribute('aria-label', 'Tags')
  const status = el(doc, 'p', { class: 'status' })
  status.setAttribute('role', 'status')
  const save = el(doc, 'button', { text: 'Save note' })
  save.type = 'button'
  const cancel = el(doc, 'button', { text: 'Cancel' })
  cancel.type = 'button'
  cancel.addEventListener('click', closeEditor)
  const actions = el(doc, 'div', { class: 'actions' }, save, cancel)
  if (onDelete) {
    const del = el(doc, 'button', { text: 'Delete' })
    del.type = 'button'
    del.addEventListener('click', async () => {
      const r = await onDelete()
      if (r.ok) closeEditor()
      else { status.textContent = r.message; status.className = 'status error' }
    })
    actions.append(del)
  }
  const form = el(doc, 'form', { class: 'card editor' },
    el(doc, 'p', { class: 'quote', text: `“${cutQuote(quote)}”` }), textarea, tags, actions, status)
  form.setAttribute('aria-label', initial ? 'Edit your note' : 'Note on the selected text')
  form.addEventListener('submit', async (e) => {
    e.preventDefault()
    save.disabled = true
    status.textContent = 'Saving…'
    status.className = 'status'
    const r = await onSave({ text: textarea.value, tags: tagsFrom(tags.value) })
    save.disabled = false
    if (r.ok) { if (open === form) closeEditor() }
    else { status.textContent = `Not saved: ${r.message}. Your text is still here.`; status.className = 'status error' }
  })
  save.addEventListener('click', () => form.requestSubmit())
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeEditor()
    // Ctrl/Cmd+Enter saves from the text area, where Enter is a new line; Enter saves from tags.
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || e.target === tags)) { e.preventDefault(); form.requestSubmit() }
  })
  root.append(form)
  placeCard(form, anchorRect, doc)
  open = form
  giveFocusBack = returnFocus
  textarea.focus()
  // Editing: the caret at the end of the text, where the reader goes on writing.
  textarea.setSelectionRange(textarea.value.length, textarea.value.length)
}
