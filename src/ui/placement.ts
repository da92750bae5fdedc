// Where Gloss's in-page controls go: the Note button beside the point where the reader's selection
// ended (its focus, which is the start of a selection made backwards), and cards beside a passage,
// all kept inside the viewport. Pure geometry, in viewport (client) pixels: boxes in, a position out.

export interface Box { left: number; top: number; right: number; bottom: number }
export interface Size { width: number; height: number }
export interface Point { left: number; top: number }

/** Gap between the selection's end and the Note button. */
export const BUTTON_GAP_PX = 4
/** Gap between a passage and a card. */
export const CARD_GAP_PX = 8
/** Space kept between a control and the viewport's edges. */
export const EDGE_PX = 4

/**
 * The line box where a selection ends: the last client rect of a forwards selection, the first of
 * a backwards one. Empty rects are skipped: a selection that ends at the start of the next line or
 * paragraph has a zero-width rect there, and the reader's eye is on the last word they selected.
 */
export function selectionEndBox(rects: readonly Box[], backwards: boolean): Box | null {
  const n = rects.length
  for (let k = 0; k < n; k++) {
    const r = rects[backwards ? k : n - 1 - k]
    if (r.right - r.left > 0 && r.bottom - r.top > 0) return r
  }
  return null
}

/**
 * The Note button's top-left corner. Forwards: just below the end of the selection's last line,
 * starting where the selection ends. Backwards: just above the start of its first line, ending
 * where the selection starts. Flipped to the other side of the line when there is no room, then
 * kept inside the viewport.
 */
export function noteButtonAt(end: Box, backwards: boolean, button: Size, view: Size): Point {
  const below = end.bottom + BUTTON_GAP_PX
  const above = end.top - BUTTON_GAP_PX - button.height
  const fitsBelow = below + button.height <= view.height - EDGE_PX
  const fitsAbove = above >= EDGE_PX
  const top = backwards ? (fitsAbove || !fitsBelow ? above : below) : (fitsBelow || !fitsAbove ? below : above)
  const left = backwards ? end.left - button.width : end.right
  return clampInto({ left, top }, button, view)
}

/** A card's top-left: below the passage when it fits, else above; kept inside the viewport. */
export function cardAt(passage: Box, card: Size, view: Size): Point {
  const below = passage.bottom + CARD_GAP_PX
  const top = below + card.height <= view.height ? below : passage.top - CARD_GAP_PX - card.height
  return clampInto({ left: passage.left, top }, card, view)
}

function clampInto(p: Point, size: Size, view: Size): Point {
  const clamp = (v: number, max: number) => Math.round(Math.max(EDGE_PX, Math.min(v, max - EDGE_PX)))
  return { left: clamp(p.left, view.width - size.width), top: clamp(p.top, view.height - size.height) }
}
