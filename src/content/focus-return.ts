// Gives focus back to the page when a piece of Gloss's UI that holds it (the editor, a note's card,
// the Undo toast) closes: to the element that had it before, or else to the page itself, so the
// reader's next key goes where it went before Gloss opened, never to a control that is gone.
import { isOurs, uiRoot } from './ui-host.ts'

/** Where focus was in the page when Gloss's UI last took it (a card's Edit opens the editor from inside our UI). */
let pageFocus: Element | null = null

/**
 * Call before Gloss's UI takes focus. The returned function, called as `part` closes, gives focus
 * back if it is inside `part` (and leaves it alone if the reader or our UI already moved it).
 */
export function rememberFocus(doc: Document): (part: Element) => void {
  const now = doc.activeElement
  if (now && !isOurs(now)) pageFocus = now
  const before = pageFocus
  return (part) => {
    const active = uiRoot(doc).activeElement as HTMLElement | null
    if (!active || !part.contains(active)) return
    if (before instanceof HTMLElement && before.isConnected && !isOurs(before) && before !== doc.body) before.focus({ preventScroll: true })
    else active.blur()
  }
}
