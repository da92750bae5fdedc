// Scrolls the page to a mark and flashes it briefly (a separate highlight, removed after). The
// scroll is the one every in-page jump uses (an entity from the popup, a note from the popup or
// the keyboard); notes flash as boxes in Gloss's shadow root instead (notes-layer.ts flashBoxes),
// since the page can read the highlight registry.
import { FLASH_HIGHLIGHT as FLASH_NAME } from '../ui/highlight-style.ts'

const FLASH_MS = 1_600

let flashTimer: ReturnType<typeof setTimeout> | undefined

/** Scrolls the element where a range starts to the middle of the viewport, at once. */
export function scrollToRange(range: Range): void {
  const el = range.startContainer.nodeType === Node.ELEMENT_NODE
    ? (range.startContainer as Element) : range.startContainer.parentElement
  el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior })
}

export function revealRange(range: Range): void {
  scrollToRange(range)
  try {
    CSS.highlights.set(FLASH_NAME, new Highlight(range))
    clearTimeout(flashTimer)
    flashTimer = setTimeout(() => CSS.highlights.delete(FLASH_NAME), FLASH_MS)
  } catch {
    // No Highlight API: the scroll alone shows the place.
  }
}
