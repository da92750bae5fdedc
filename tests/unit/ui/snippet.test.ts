import { describe, expect, it } from 'vitest'
import { splitAround } from '../../../src/ui/snippet.ts'

describe('splitAround', () => {
  it('splits at the given place, else at the first occurrence', () => {
    expect(splitAround('Ryder said on Tuesday and Tuesday.', 'Tuesday', 26)).toEqual({ before: 'Ryder said on Tuesday and ', phrase: 'Tuesday', after: '.' })
    expect(splitAround('Ryder said on Tuesday and Tuesday.', 'Tuesday', 3)).toEqual({ before: 'Ryder said on ', phrase: 'Tuesday', after: ' and Tuesday.' })
    expect(splitAround('Ryder said on Tuesday.', 'Tuesday', undefined)?.before).toBe('Ryder said on ')
    expect(splitAround('Ryder said so.', 'Tuesday', undefined)).toBeNull()
    expect(splitAround('Ryder said so.', '', 0)).toBeNull()
  })

  it('keeps about `lead` characters before the phrase, from a word start, marked as cut', () => {
    const q = 'forming a higher military commission last August, according to a Pentagon readout of the dialogue.'
    const s = splitAround(q, 'Pentagon', q.indexOf('Pentagon'), 20)!
    expect(s.before).toBe('…according to a ')
    expect(s.before.length).toBeLessThanOrEqual(21)
    expect(splitAround(q, 'forming', 0, 20)!.before).toBe('')
  })

  it('keeps about `tail` characters after the phrase, to a word end, marked as cut', () => {
    const q = 'It began on Tuesday, when the council met, and it ended in May.'
    expect(splitAround(q, 'Tuesday', undefined, Infinity, 20)!.after).toBe(', when the council…')
    expect(splitAround(q, 'May', undefined, Infinity, 20)!.after).toBe('.')
  })
})
