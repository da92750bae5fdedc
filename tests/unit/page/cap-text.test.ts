import { describe, expect, it } from 'vitest'
import { capText } from '../../../src/page/cap-text.ts'

describe('capText', () => {
  it('leaves a text within the cap as it is', () => {
    expect(capText('Short story.', 100)).toBe('Short story.')
  })

  it('cuts at the last sentence end before the cap, keeping closing quotes', () => {
    const text = 'One sentence here. He said “two.” Three goes on and on past the cap'
    expect(capText(text, 40)).toBe('One sentence here. He said “two.”')
    expect(capText(text, 18)).toBe('One sentence here.')
  })

  it('cuts between words when no sentence ends near the cap', () => {
    const text = 'word '.repeat(10_000)
    const cut = capText(text, 1003)
    expect(cut.length).toBeLessThanOrEqual(1003)
    expect(cut.length).toBeGreaterThan(800)
    expect(cut.endsWith('word')).toBe(true)
  })

  it('never splits a surrogate pair when nothing else will do', () => {
    const text = '😀'.repeat(1_000)
    const cut = capText(text, 101)
    expect(cut.length).toBe(100)
    expect(cut).toBe('😀'.repeat(50))
  })

  it('returns a prefix, so offsets into it are offsets into the story', () => {
    const text = 'A first sentence. '.repeat(100_000)
    const cut = capText(text, 1_000_000)
    expect(text.startsWith(cut)).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(1_000_000)
    expect(cut.endsWith('.')).toBe(true)
  })
})
