// The hover card: a small card next to a marked mention saying who or what it is (from
// src/ui/hover-card-model.ts), with actions. Built with DOM APIs inside Gloss's closed shadow root;
// page text is set as textContent only. Whoever opens it says when it closes (index.ts).
import type { HoverCardModel } from '../ui/hover-card-model.ts'
import { placeCard } from './place-card.ts'
import type { Mark } from './mentions.ts'
import { el, uiRoot } from './ui-host.ts'

export interface CardActions {
  showInPopup(mark: Mark): void
  addNote(mark: Mark): void
}

let card: HTMLElement | null = null
let shownFor: Mark | null = null

/** Whether the card is open for this mark already (the pointer is still on it). */
export function hoverCardShows(mark: Mark): boolean {
  return shownFor === mark && !!card && !card.hidden
}

export function showHoverCard(doc: Document, mark: Mark, range: Range, model: HoverCardModel, actions: CardActions): void {
  const root = uiRoot(doc)
  card?.remove()
  const popupButton = el(doc, 'button', { text: 'Show in popup' })
  popupButton.type = 'button'
  popupButton.addEventListener('click', () => actions.showInPopup(mark))
  const noteButton = el(doc, 'button', { text: 'Add a note' })
  noteButton.type = 'button'
  noteButton.addEventListener('click', () => actions.addNote(mark))
  card = el(doc, 'div', { class: 'card' }, el(doc, 'p', { class: 'name', text: model.title }))
  if (model.role) card.append(el(doc, 'p', { class: 'role', text: model.role }))
  card.append(el(doc, 'p', { class: 'meta', text: model.meta }))
  if (model.facts) card.append(el(doc, 'p', { class: 'meta', text: model.facts }))
  if (model.quote) card.append(el(doc, 'p', { class: 'sentence', text: model.quote }))
  if (model.seenWith) card.append(el(doc, 'p', { class: 'meta', text: model.seenWith }))
  if (model.memory) card.append(el(doc, 'p', { class: 'meta', text: model.memory }))
  card.append(el(doc, 'div', { class: 'actions' }, popupButton, noteButton))
  card.setAttribute('role', 'dialog')
  // Read out as who it is: "Patrick Ryder, Pentagon spokesman".
  card.setAttribute('aria-label', model.role ? `${model.title}, ${model.role}` : model.title)
  card.dataset.kind = mark.kind
  root.append(card)
  placeCard(card, range.getBoundingClientRect(), doc)
  shownFor = mark
}

export function hideHoverCard(): void {
  if (card) card.hidden = true
  shownFor = null
}

/**
 * Whether the open card is under a point. By place, not by event target: outside a closed shadow
 * root an event's target is the host, whichever of Gloss's controls is under the pointer.
 */
export function hoverCardAt(x: number, y: number): boolean {
  if (!card || card.hidden) return false
  const r = card.getBoundingClientRect()
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom
}
