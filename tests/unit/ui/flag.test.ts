import { describe, expect, it } from 'vitest'
import { drawsFlags, flagOrCode } from '../../../src/ui/flag.ts'

describe('flags', () => {
  it('a flag drawn as one glyph is drawn; as two letters or boxes it is not', () => {
    // An emoji font: the flag is about as wide as one letter.
    expect(drawsFlags((t) => (t.length === 4 ? 18 : 17))).toBe(true)
    // No emoji font: the two regional letters side by side (or two boxes).
    expect(drawsFlags((t) => (t.length === 4 ? 20 : 10))).toBe(false)
    // Nothing measured (no canvas text): not drawn.
    expect(drawsFlags(() => 0)).toBe(false)
  })

  it('falls back to the country code where flags are not drawn', () => {
    expect(flagOrCode('IQ', '🇮🇶', true)).toEqual({ text: '🇮🇶', kind: 'flag' })
    expect(flagOrCode('IQ', '🇮🇶', false)).toEqual({ text: 'IQ', kind: 'code' })
    expect(flagOrCode('IQ', '', true)).toEqual({ text: 'IQ', kind: 'code' })
  })
})
