// Where the Note button and cards go: beside the end of the reader's selection (its focus end,
// the start of a backwards selection), flipped where there is no room, always inside the viewport.
import { describe, expect, it } from 'vitest'
import { BUTTON_GAP_PX, CARD_GAP_PX, EDGE_PX, cardAt, noteButtonAt, selectionEndBox, type Box } from '../../../src/ui/placement.ts'

const view = { width: 1000, height: 800 }
const button = { width: 50, height: 24 }
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom })
/** A selection over three lines: from the middle of the first to the middle of the last. */
const lines = [box(300, 100, 700, 120), box(100, 120, 700, 140), box(100, 140, 420, 160)]

describe('selectionEndBox', () => {
  it('takes the last line of a forwards selection and the first of a backwards one', () => {
    expect(selectionEndBox(lines, false)).toEqual(lines[2])
    expect(selectionEndBox(lines, true)).toEqual(lines[0])
  })

  it('skips the empty rect of a selection that ends at the start of the next line', () => {
    expect(selectionEndBox([...lines, box(100, 160, 100, 180)], false)).toEqual(lines[2])
    expect(selectionEndBox([box(700, 80, 700, 100), ...lines], true)).toEqual(lines[0])
    expect(selectionEndBox([], false)).toBeNull()
    expect(selectionEndBox([box(5, 5, 5, 9)], false)).toBeNull()
  })
})

describe('noteButtonAt', () => {
  it('puts the button just below where a forwards selection ends, not at its bounding box', () => {
    const at = noteButtonAt(lines[2], false, button, view)
    expect(at).toEqual({ left: 420, top: 160 + BUTTON_GAP_PX })
  })

  it('puts the button just above where a backwards selection ends (its start)', () => {
    const at = noteButtonAt(lines[0], true, button, view)
    expect(at).toEqual({ left: 300 - button.width, top: 100 - BUTTON_GAP_PX - button.height })
  })

  it('flips to the other side of the line when there is no room, and stays inside the viewport', () => {
    // Forwards, on the last line of the viewport: above that line instead.
    expect(noteButtonAt(box(200, 770, 400, 790), false, button, view).top).toBe(770 - BUTTON_GAP_PX - button.height)
    // Backwards, on the first line: below it instead.
    expect(noteButtonAt(box(200, 2, 400, 20), true, button, view).top).toBe(20 + BUTTON_GAP_PX)
    // At the right edge, and the left edge.
    expect(noteButtonAt(box(900, 300, 998, 320), false, button, view).left).toBe(view.width - button.width - EDGE_PX)
    expect(noteButtonAt(box(0, 300, 80, 320), true, button, view).left).toBe(EDGE_PX)
  })

  it('keeps the button in view even for a selection scrolled out of it', () => {
    for (const end of [box(-500, -300, -400, -280), box(1500, 1200, 1600, 1220)]) {
      for (const backwards of [false, true]) {
        const at = noteButtonAt(end, backwards, button, view)
        expect(at.left).toBeGreaterThanOrEqual(EDGE_PX)
        expect(at.top).toBeGreaterThanOrEqual(EDGE_PX)
        expect(at.left + button.width).toBeLessThanOrEqual(view.width - EDGE_PX)
        expect(at.top + button.height).toBeLessThanOrEqual(view.height - EDGE_PX)
      }
    }
  })
})

describe('cardAt', () => {
  const card = { width: 300, height: 200 }
  it('opens below the passage when it fits, above when it does not', () => {
    expect(cardAt(box(100, 100, 400, 120), card, view)).toEqual({ left: 100, top: 120 + CARD_GAP_PX })
    expect(cardAt(box(100, 700, 400, 720), card, view)).toEqual({ left: 100, top: 700 - CARD_GAP_PX - card.height })
  })

  it('stays inside the viewport', () => {
    expect(cardAt(box(900, 100, 990, 120), card, view).left).toBe(view.width - card.width - EDGE_PX)
    expect(cardAt(box(100, 150, 400, 700), { width: 300, height: 700 }, view).top).toBe(EDGE_PX)
  })
})
