// The note a keyboard reader's command opens (src/notes/reading-order.ts): at or after the caret,
// then the next one on each press, wrapping; one pass over the notes.
import { describe, expect, it } from 'vitest'
import { noteAfter, noteAtOrAfter, type NoteSpot } from '../../../src/notes/reading-order.ts'

// Stored in no particular order, as the store returns them.
const spots: NoteSpot[] = [
  { id: 'c', start: 300, end: 320 },
  { id: 'a', start: 10, end: 40 },
  { id: 'b2', start: 100, end: 150 },
  { id: 'b1', start: 100, end: 150 },
]

describe('notes in reading order', () => {
  it('opens the note the caret is in, else the first after it, else the first of the story', () => {
    expect(noteAtOrAfter(spots, 0)?.id).toBe('a')
    expect(noteAtOrAfter(spots, 39)?.id).toBe('a') // inside its passage
    expect(noteAtOrAfter(spots, 40)?.id).toBe('b1') // just past it: the next one; equal places by id
    expect(noteAtOrAfter(spots, 200)?.id).toBe('c')
    expect(noteAtOrAfter(spots, 320)?.id).toBe('a') // past the last: round to the first
    expect(noteAtOrAfter([], 5)).toBeNull()
  })

  it('goes to the next note on each press and round again', () => {
    const seen: string[] = []
    let at = noteAtOrAfter(spots, 0)!
    for (let i = 0; i < 5; i++) { seen.push(at.id); at = noteAfter(spots, at)! }
    expect(seen).toEqual(['a', 'b1', 'b2', 'c', 'a'])
    expect(noteAfter([spots[0]], spots[0])?.id).toBe('c')
  })

  it('reads each note a fixed number of times: linear in the notes', () => {
    const reads = (n: number) => {
      let count = 0
      const many = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, start: (i * 7919) % n, end: ((i * 7919) % n) + 3 }))
      const counted = new Proxy(many, { get(t, k) { if (typeof k === 'string' && /^\d+$/.test(k)) count++; return Reflect.get(t, k) } })
      noteAfter(counted, noteAtOrAfter(counted, n / 2)!)
      return count
    }
    expect(reads(20_000)).toBeLessThanOrEqual(2 * reads(10_000) + 10)
    expect(reads(10_000)).toBeLessThanOrEqual(4 * 10_000)
  })
})
