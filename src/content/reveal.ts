// Scrolls the page to a mark and flashes it briefly (a separate highlight, removed after).
import { FLASH_HIGHLIGHT as FLASH_NAME } from '../ui/highlight-style.ts'

const FLASH_MS = 1_600

let flashTimer: ReturnType<typeof setTimeout> | undefined

export function revealRange(range: Range): void {
  const el = range.startContainer.nodeType === Node.ELEMENT_NODE
    ? (range.startContainer as Element) : range.startContainer.parentElement
  el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior })
  try {
    CSS.highlights.set(FLASH_NAME, new Highlight(range))
    clearTimeout(flashTimer)
    flashTimer = setTimeout(() => CSS.highlights.delete(FLASH_NAME), FLASH_MS)
  } catch {
    // No Highlight API: the scroll alone shows the place.
  }
}
