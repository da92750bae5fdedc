// The reader's notes on the page: fetched from the background, re-anchored against the story
// text (position, quote, then fuzzy; below the threshold a note is an orphan, never dropped), and
// painted as boxes from Range.getClientRects() inside Gloss's closed shadow root — never in the
// CSS highlight registry, which the page's scripts can read. Anchoring runs in small batches that
// yield to the page.
import { anchor, type Anchor } from '../page/anchoring/index.ts'
import type { Note } from '../notes/schema.ts'
import type { TextMap } from '../page/types.ts'
import { el, uiRoot } from './ui-host.ts'

/** Notes anchored per slice of main-thread work before yielding to the page. */
const ANCHOR_BATCH = 25

export interface PlacedNote {
  note: Note
  /** Where the note sits now, or null for an orphan. */
  at: Anchor | null
}

let layer: HTMLElement | null = null
let placed: PlacedNote[] = []

const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0))

export async function anchorNotes(notes: Note[], text: string, signal?: AbortSignal): Promise<PlacedNote[]> {
  const out: PlacedNote[] = []
  for (let i = 0; i < notes.length; i++) {
    if (i > 0 && i % ANCHOR_BATCH === 0) {
      await yieldToPage()
      if (signal?.aborted) break
    }
    out.push({ note: notes[i], at: anchor(text, notes[i].target.selector) })
  }
  return out
}

export function placedNotes(): readonly PlacedNote[] {
  return placed
}

/** Paints the anchored notes inside our shadow root (the layer exists with or without notes). */
export function paintNotes(doc: Document, notes: PlacedNote[], map: TextMap): void {
  placed = notes
  const anchored = notes.filter((n) => n.at)
  const root = uiRoot(doc)
  if (!layer || !root.contains(layer)) {
    layer = el(doc, 'div', { class: 'notes-layer' })
    layer.setAttribute('aria-hidden', 'true')
    root.append(layer)
  }
  const view = doc.defaultView!
  const boxes: HTMLElement[] = []
  for (const n of anchored) {
    const range = map.toRange(n.at!.start, n.at!.end)
    if (!range) continue
    for (const r of range.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue
      const box = el(doc, 'div', { class: 'note-box' })
      box.style.left = `${r.left + view.scrollX}px`
      box.style.top = `${r.top + view.scrollY}px`
      box.style.width = `${r.width}px`
      box.style.height = `${r.height}px`
      boxes.push(box)
    }
  }
  layer.replaceChildren(...boxes)
}

/** How long a revealed note's passage is flashed. */
const FLASH_MS = 1_600

/** Flashes a passage with boxes in the shadow root (a CSS highlight would tell the page). */
export function flashBoxes(doc: Document, range: Range): void {
  const root = uiRoot(doc)
  const view = doc.defaultView!
  const boxes = [...range.getClientRects()].map((r) => {
    const b = el(doc, 'div', { class: 'note-box note-flash' })
    Object.assign(b.style, { left: `${r.left + view.scrollX}px`, top: `${r.top + view.scrollY}px`, width: `${r.width}px`, height: `${r.height}px` })
    return b
  })
  const holder = el(doc, 'div', { class: 'notes-layer' }, ...boxes)
  root.append(holder)
  setTimeout(() => holder.remove(), FLASH_MS)
}

/** The placed note under a viewport point, if any. */
export function noteUnderPoint(x: number, y: number, map: TextMap): PlacedNote | null {
  for (const n of placed) {
    if (!n.at) continue
    const range = map.toRange(n.at.start, n.at.end)
    if (range && [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) return n
  }
  return null
}
