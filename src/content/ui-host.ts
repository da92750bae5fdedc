// Gloss's one element in the page: created on every page where Gloss finds a story, whether or not
// it has notes (so its presence tells a page nothing about the reader), holding a closed shadow
// root so the page can neither style nor read what is inside. Found again only through this
// module's variable, never by a selector a page could imitate. Nothing inside takes part in the
// page's hit-testing except the controls a reader clicks (cards with buttons, the note button, the
// editor): note boxes are `pointer-events: none`, and so is a note's card until the reader's own
// pointer is on it (./note-card.ts), so `elementFromPoint` over a noted passage finds the page's
// own text, exactly as over any other.
import { NOTES_STYLE } from './notes-style.ts'

const STYLE = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 300px; min-width: 180px; box-sizing: border-box;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #16181d;
  background: #ffffff; border: 1px solid #c3c8d1; border-radius: 8px; padding: 8px 10px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); }
@media (prefers-color-scheme: dark) { .card { color: #eceef2; background: #1f232b; border-color: #3a3f4b; } }
.name { font-weight: 600; font-size: 14px; margin: 0; }
.meta { margin: 2px 0 6px; color: inherit; opacity: .85; }
.role { margin: 1px 0 2px; font-weight: 500; }
.sentence { margin: 2px 0 6px; font-style: italic; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 5px;
  padding: 2px 8px; cursor: pointer; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.note-text { white-space: pre-wrap; margin: 4px 0; }
.note-card { pointer-events: none; }
[hidden] { display: none !important; }
.notes-layer { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.note-box { position: absolute; pointer-events: none; background: rgba(255, 190, 0, .22); border-bottom: 2px solid #b86e00; }
.note-flash { background: rgba(255, 122, 0, .45); }
.note-button { position: fixed; z-index: 2147483647; font: 600 12px/1 system-ui, "DejaVu Sans", sans-serif; padding: 5px 9px;
  color: #ffffff; background: #0b4f9c; border: 0; border-radius: 5px; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.editor textarea { width: 100%; min-height: 80px; box-sizing: border-box; font: inherit; color: inherit; background: transparent;
  border: 1px solid #8a919e; border-radius: 5px; padding: 4px 6px; resize: vertical; }
.editor input { width: 100%; box-sizing: border-box; font: inherit; color: inherit; background: transparent; border: 1px solid #8a919e;
  border-radius: 5px; padding: 3px 6px; margin: 4px 0; }
.editor label { display: block; font-size: 12px; margin-top: 4px; }
.quote { font-style: italic; margin: 0 0 4px; max-height: 4.2em; overflow: hidden; }
.status { font-size: 12px; min-height: 1em; margin: 4px 0 0; }
.status.error { color: #b00020; }
@media (prefers-color-scheme: dark) { .status.error { color: #ff8a8a; } }
`

let host: HTMLElement | null = null
let root: ShadowRoot | null = null

/** The shadow root of Gloss's one host element, created on first use. */
export function uiRoot(doc: Document): ShadowRoot {
  if (root && host?.isConnected) return root
  host = doc.createElement('div')
  // Positioned nowhere itself; its children are fixed-position cards.
  host.style.setProperty('all', 'initial')
  root = host.attachShadow({ mode: 'closed' })
  const style = doc.createElement('style')
  style.textContent = STYLE + NOTES_STYLE
  root.append(style)
  doc.documentElement.append(host)
  return root
}

/** True for our host element (mutations of it are ours, not the page's). */
export function isOurs(node: Node): boolean {
  return host !== null && (node === host || host.contains(node))
}

/** Our host element while it is in the page (the event shield's target). */
export function uiHost(): HTMLElement | null {
  return host?.isConnected ? host : null
}

/** The element inside our shadow root an event aimed at the host was meant for. */
export function innerTarget(e: Event): Element | null {
  if (!root) return null
  const m = e as MouseEvent
  // A click made by the keyboard (detail 0) or a key goes to the focused control; a pointer event
  // to what is under the pointer.
  if (e.type.startsWith('key') || (e.type === 'click' && m.detail === 0)) return root.activeElement
  return typeof m.clientX === 'number' ? root.elementFromPoint(m.clientX, m.clientY) : null
}

export function hasUi(): boolean {
  return host !== null && host.isConnected
}

/** Creates an element with text content only: page and note text never become markup. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { class?: string; text?: string } = {},
  ...children: Node[]): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag)
  if (props.class) e.className = props.class
  if (props.text !== undefined) e.textContent = props.text
  e.append(...children)
  return e
}
