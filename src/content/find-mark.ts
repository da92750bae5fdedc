// Which mark lies under a point: the caret position under the pointer, mapped to story offsets
// through the text map, then a binary search over the marks, then a check that the point really
// is inside one of the mark's boxes (a caret is found even over blank space).
import { PART_ORDER, type Mark } from './mentions.ts'
import { rangeOf, type PaintTarget } from './paint-highlights.ts'

function caretRangeAt(doc: Document, x: number, y: number): Range | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null
    caretRangeFromPoint?: (x: number, y: number) => Range | null
  }
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y)
    if (!pos) return null
    const r = doc.createRange()
    r.setStart(pos.offsetNode, pos.offset)
    return r
  }
  return typeof d.caretRangeFromPoint === 'function' ? d.caretRangeFromPoint(x, y) : null
}

/** Marks sorted by (part, start); returns the index of the mark containing `offset` in `part`. */
function markAt(marks: Mark[], part: Mark['part'], offset: number): number {
  // A binary search, so pages with thousands of marks stay cheap on every pointer move.
  const p = PART_ORDER[part]
  let lo = 0, hi = marks.length - 1, found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const m = marks[mid]
    if (PART_ORDER[m.part] < p || (m.part === part && m.start <= offset)) { found = mid; lo = mid + 1 } else hi = mid - 1
  }
  // Walk back over marks that start earlier but may still cover the offset (nested spans).
  for (let i = found; i >= 0 && i > found - 4; i--) {
    const m = marks[i]
    if (m.part === part && m.start <= offset && offset < m.end) return i
  }
  return -1
}

export function markUnderPoint(doc: Document, x: number, y: number, marks: Mark[], target: PaintTarget): number {
  const caret = caretRangeAt(doc, x, y)
  if (!caret) return -1
  for (const part of ['title', 'body'] as const) {
    const map = part === 'title' ? target.title : target.body
    const at = map?.fromRange(caret)
    if (!at) continue
    // The caret sits between characters: the character under the pointer is before or after it.
    for (const offset of [at.start, at.start - 1]) {
      const i = markAt(marks, part, offset)
      if (i < 0) continue
      const range = rangeOf(marks[i], target)
      if (range && [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) return i
    }
  }
  return -1
}
