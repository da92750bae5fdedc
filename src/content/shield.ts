// Keeps the page from seeing, or cancelling, what the reader does in Gloss's own UI.
//
// Keyboard, input, composition, clipboard, focus and click events are `composed`: fired inside
// Gloss's closed shadow root, they still cross into the page's tree, retargeted to our host
// element, and a page's capture listener on `window` sees each keystroke of a note (issue 14,
// item 1) and can `preventDefault()` it. Stopping them at the shadow host is too late: capture
// listeners on window and document run first. So the shield is a capture listener on `window`
// registered before any page script (the content script runs at document_start, as one classic
// script), which is therefore the first listener of every event in the page. An event aimed at our
// host goes no further: the page's listeners never run, so they can neither read nor cancel it.
//
// Its default action still happens (stopping propagation is not preventDefault): the key types
// into our text area, the click focuses and activates. Gloss's own listeners inside the shadow
// root get a copy that is not composed, so it cannot leave the shadow root; what they do with the
// copy (preventDefault) is applied to the original. Events the page makes itself (not trusted)
// and aims at our host are dropped, so a page cannot drive our editor either.

/** Event types stopped when aimed at our UI: none of them may reach a page listener. */
export const SHIELDED_TYPES = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput', 'change', 'select', 'selectionchange',
  'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut',
  'focus', 'blur', 'focusin', 'focusout',
  'mousedown', 'mouseup', 'click', 'auxclick', 'dblclick', 'contextmenu', 'pointerdown', 'pointerup',
] as const

/** Of those, the ones Gloss's own UI listens to: relayed inside the shadow root as a copy. */
const RELAYED: ReadonlySet<string> = new Set(['keydown', 'mousedown', 'click'])

export interface ShieldTarget {
  /** Gloss's host element, or null while there is none. */
  host(): Element | null
  /** The element inside our shadow root an event was meant for (the focused one for keys, the one under the pointer for clicks). */
  inner(e: Event): Element | null
}

export interface ShieldCounts { stopped: number; dropped: number; relayed: number }

/**
 * Installs the shield on `win`; returns counts of what it did (for tests) and a way to remove it.
 * `trusted` tells the reader's own events from a page's (Event.isTrusted; a unit test, which can
 * make no trusted event, passes its own).
 */
export function installShield(win: Window, target: ShieldTarget,
  trusted: (e: Event) => boolean = (e) => e.isTrusted): { counts: ShieldCounts; remove(): void } {
  const counts: ShieldCounts = { stopped: 0, dropped: 0, relayed: 0 }
  // Keys pressed in our UI: their release is ours too, even when the editor closed in between
  // (Enter saves and closes; its keyup then lands on the page's body).
  const held = new Set<string>()
  const onEvent = (e: Event) => {
    const host = target.host()
    const key = (e as KeyboardEvent).code
    const release = e.type === 'keyup' && held.delete(key)
    // At window, an event from inside our closed shadow root has our host as its target.
    if (!release && (!host || e.target !== host)) return
    e.stopImmediatePropagation()
    if (e.type === 'keydown' && trusted(e)) held.add(key)
    counts.stopped++
    if (!trusted(e)) { counts.dropped++; return }
    if (!RELAYED.has(e.type)) return
    const inner = target.inner(e)
    if (!inner) return
    const copy = copyOf(e, win)
    if (!copy) return
    counts.relayed++
    inner.dispatchEvent(copy)
    if (copy.defaultPrevented) e.preventDefault()
  }
  for (const type of SHIELDED_TYPES) win.addEventListener(type, onEvent, { capture: true })
  return {
    counts,
    remove: () => { for (const type of SHIELDED_TYPES) win.removeEventListener(type, onEvent, { capture: true }) },
  }
}

/** The key event's fields our listeners read, carried by the copy. */
const KEY_FIELDS = ['key', 'code', 'location', 'repeat', 'isComposing', 'ctrlKey', 'shiftKey', 'altKey', 'metaKey'] as const

/** A copy of a key or mouse event that bubbles inside the shadow root and stops at its boundary. */
function copyOf(e: Event, win: Window): Event | null {
  const base = { bubbles: e.bubbles, cancelable: e.cancelable, composed: false }
  const W = win as unknown as { Event: typeof Event; MouseEvent: typeof MouseEvent }
  if (e.type === 'keydown') {
    // Not a KeyboardEvent: Firefox (ESR 153, checked in the browser) makes every KeyboardEvent
    // composed whatever its init says, so such a copy would leave the shadow root, where this
    // shield drops it (untrusted, aimed at our host) before our listeners see it, and where the
    // page would otherwise see it. A plain Event keeps `composed: false`; it carries the fields.
    const copy = new W.Event(e.type, base)
    const k = e as KeyboardEvent
    for (const f of KEY_FIELDS) Object.defineProperty(copy, f, { value: k[f], enumerable: true })
    return copy
  }
  const m = e as MouseEvent
  return new W.MouseEvent(e.type, { ...base, clientX: m.clientX, clientY: m.clientY, screenX: m.screenX, screenY: m.screenY,
    button: m.button, buttons: m.buttons, detail: m.detail, ctrlKey: m.ctrlKey, shiftKey: m.shiftKey, altKey: m.altKey, metaKey: m.metaKey })
}
