// Puts one of Gloss's in-page cards (the entity hover card, a note's card, the note editor) beside
// a passage and inside the viewport. The geometry is pure and lives in src/ui/placement.ts; this
// is the one place that measures the card and the window and writes the position.
import { cardAt } from '../ui/placement.ts'

/** Places a card next to a passage's box (client pixels), inside the viewport. */
export function placeCard(card: HTMLElement, box: DOMRect, doc: Document): void {
  const view = doc.defaultView!
  const at = cardAt(box, { width: card.offsetWidth, height: card.offsetHeight }, { width: view.innerWidth, height: view.innerHeight })
  card.style.top = `${at.top}px`
  card.style.left = `${at.left}px`
}
