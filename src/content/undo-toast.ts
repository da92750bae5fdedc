// The toast that follows a delete on the page: "Note deleted." with Undo, at the bottom of the
// viewport inside Gloss's closed shadow root. It stays a few seconds, and for as long as the
// reader's pointer or focus is on it; Escape or × closes it. A failed Undo says why and stays, so
// the reader can try again: a note is never lost without the reader being told.
import { rememberFocus } from './focus-return.ts'
import type { SaveOutcome } from './note-editor.ts'
import { el, uiRoot } from './ui-host.ts'

/** How long the toast stays when the reader leaves it alone. */
export const TOAST_MS = 8_000
/** How long "Note restored." stays once Undo worked. */
const DONE_MS = 2_500

let toast: HTMLElement | null = null
let timer: ReturnType<typeof setTimeout> | undefined
let giveFocusBack: ((part: Element) => void) | null = null

export function closeToast(): void {
  clearTimeout(timer)
  if (!toast) return
  const was = toast
  toast = null
  giveFocusBack?.(was)
  giveFocusBack = null
  was.remove()
}

export function toastIsOpen(): boolean {
  return toast !== null && toast.isConnected
}

/**
 * Shows `message` with an action button (Undo); `run` does it and says how it went. With
 * `focus`, the action button takes focus (the control the reader used is gone), so Enter undoes.
 */
export function showToast(doc: Document, message: string, action: { label: string; done: string; run: () => Promise<SaveOutcome> } | null,
  focus: boolean): void {
  closeToast()
  const returnFocus = rememberFocus(doc)
  const text = el(doc, 'p', { class: 'toast-text', text: message })
  text.setAttribute('role', 'status')
  const close = el(doc, 'button', { class: 'toast-close', text: '×' })
  close.type = 'button'
  close.setAttribute('aria-label', 'Dismiss')
  close.addEventListener('click', closeToast)
  const box = el(doc, 'div', { class: 'card toast' }, text)
  box.setAttribute('role', 'group')
  box.setAttribute('aria-label', message)
  let hovered = false
  /** The action is under way: the toast waits for its outcome. */
  let busy = false
  box.addEventListener('pointerenter', () => { hovered = true })
  box.addEventListener('pointerleave', () => { hovered = false })
  box.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeToast() })
  let button: HTMLButtonElement | null = null
  if (action) {
    const b = el(doc, 'button', { class: 'toast-action', text: action.label })
    b.type = 'button'
    b.addEventListener('click', async () => {
      b.disabled = true
      busy = true
      const r = await action.run()
      busy = false
      // Closed or replaced meanwhile: a failure is still the reader's to know.
      if (toast !== box) { if (!r.ok) showToast(doc, `${action.label} failed: ${r.message}.`, null, false); return }
      if (r.ok) {
        // Done: focus goes back to the page, and the toast says so for a moment.
        text.textContent = action.done
        giveFocusBack?.(box)
        b.remove()
        arm(DONE_MS)
      } else {
        text.textContent = `${action.label} failed: ${r.message}. Try again.`
        b.disabled = false
        b.focus()
      }
    })
    button = b
    box.append(b)
  }
  box.append(close)
  const root = uiRoot(doc)
  root.append(box)
  toast = box
  giveFocusBack = returnFocus
  const arm = (ms: number) => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      // Not while the reader is on it: they may be about to press Undo.
      const active = uiRoot(doc).activeElement
      if (hovered || busy || (active && box.contains(active) && ms === TOAST_MS)) arm(ms)
      else if (toast === box) closeToast()
    }, ms)
  }
  arm(TOAST_MS)
  if (focus) (button ?? close).focus()
}
