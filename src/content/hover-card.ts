// The hover card: a small card next to a marked mention with the entity's name, type and how
// often the story mentions it (or the calendar date of a date mark), and actions. Built with DOM
// APIs inside Gloss's closed shadow root; page text is set as textContent only.
import type { MemoryByEntity, StoryAnalysis } from '../messages.ts'
import { formatTimeMLValue } from '../ui/format-date.ts'
import type { Mark } from './mentions.ts'
import { el, uiRoot } from './ui-host.ts'

const TYPE_NAME = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Name' } as const
/** Gap between the mention and the card, in CSS pixels. */
const OFFSET_PX = 6

export interface CardActions {
  showInPopup(mark: Mark): void
  addNote(mark: Mark): void
}

let card: HTMLElement | null = null
let shownFor: Mark | null = null

export function showHoverCard(doc: Document, mark: Mark, range: Range, analysis: StoryAnalysis, actions: CardActions,
  memory: MemoryByEntity = {}): void {
  if (shownFor === mark && card && !card.hidden) return
  const root = uiRoot(doc)
  card?.remove()
  const a = analysis[mark.part]
  let title: string, meta: string
  if (mark.kind === 'date') {
    const d = a.dates[mark.index]
    title = formatTimeMLValue(d.value)
    meta = `Date · “${rangeText(range)}”`
  } else {
    const e = a.entities[mark.index]
    const total = countMentions(analysis, mark.ref)
    title = e.name
    meta = `${TYPE_NAME[e.type]} · ${total} ${total === 1 ? 'mention' : 'mentions'} in this story`
  }
  const popupButton = el(doc, 'button', { text: 'Show in popup' })
  popupButton.type = 'button'
  popupButton.addEventListener('click', () => actions.showInPopup(mark))
  const noteButton = el(doc, 'button', { text: 'Add a note' })
  noteButton.type = 'button'
  noteButton.addEventListener('click', () => actions.addNote(mark))
  card = el(doc, 'div', { class: 'card' },
    el(doc, 'p', { class: 'name', text: title }),
    el(doc, 'p', { class: 'meta', text: meta }))
  const seen = mark.kind === 'date' ? undefined : memory[mark.ref]
  if (seen) {
    const latest = seen.stories[0]
    card.append(el(doc, 'p', { class: 'meta', text: `In ${seen.total} other ${seen.total === 1 ? 'story' : 'stories'} you read` +
      (latest?.title ? `, most recently “${latest.title}”` : '') }))
  }
  card.append(el(doc, 'div', { class: 'actions' }, popupButton, noteButton))
  card.setAttribute('role', 'dialog')
  card.setAttribute('aria-label', title)
  card.dataset.kind = mark.kind
  root.append(card)
  place(card, range, doc)
  shownFor = mark
}

export function hideHoverCard(): void {
  if (card) card.hidden = true
  shownFor = null
}

export function hoverCardContains(node: EventTarget | null): boolean {
  return !!card && !card.hidden && node instanceof Node && card.contains(node)
}

function countMentions(analysis: StoryAnalysis, id: string): number {
  let n = 0
  for (const part of [analysis.title, analysis.body]) for (const e of part.entities) if (e.id === id) n += e.mentions.length
  return n
}

function rangeText(range: Range): string {
  return range.toString().replace(/\s+/g, ' ').trim()
}

function place(card: HTMLElement, range: Range, doc: Document): void {
  const box = range.getBoundingClientRect()
  const view = doc.defaultView!
  const w = card.offsetWidth, h = card.offsetHeight
  const below = box.bottom + OFFSET_PX + h <= view.innerHeight
  const top = below ? box.bottom + OFFSET_PX : Math.max(0, box.top - OFFSET_PX - h)
  const left = Math.min(Math.max(0, box.left), Math.max(0, view.innerWidth - w - 4))
  card.style.top = `${Math.round(top)}px`
  card.style.left = `${Math.round(left)}px`
}
