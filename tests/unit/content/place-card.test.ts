// The one function that puts an in-page card beside a passage: the hover card, a note's card and
// the note editor all go through it (they had two copies before issue 19).
import { describe, expect, it } from 'vitest'
import { placeCard } from '../../../src/content/place-card.ts'
import { cardAt } from '../../../src/ui/placement.ts'

describe('placeCard', () => {
  it('writes the position cardAt gives for the card\'s size and the window\'s', () => {
    const card = { offsetWidth: 320, offsetHeight: 180, style: { top: '', left: '' } }
    const doc = { defaultView: { innerWidth: 800, innerHeight: 600 } }
    const box = { left: 700, top: 500, right: 760, bottom: 520, width: 60, height: 20, x: 700, y: 500 } as DOMRect
    placeCard(card as unknown as HTMLElement, box, doc as unknown as Document)
    const at = cardAt(box, { width: 320, height: 180 }, { width: 800, height: 600 })
    expect(card.style).toEqual({ top: `${at.top}px`, left: `${at.left}px` })
    expect(at.left + 320).toBeLessThanOrEqual(800) // kept inside the viewport
  })
})
