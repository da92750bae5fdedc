import { describe, expect, it } from 'vitest'
import { decodeBase85, encodeBase85 } from '../../../../src/notes/sync/base85.ts'
import { prng } from './typical-notes.ts'

describe('base85', () => {
  it('gives back every byte string of every length, in characters JSON never escapes', () => {
    const random = prng(3)
    for (let n = 0; n < 300; n++) {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(random() * 256))
      const text = encodeBase85(bytes)
      expect(text.length).toBe(Math.floor(n / 4) * 5 + (n % 4 ? (n % 4) + 1 : 0))
      expect(JSON.stringify(text)).toBe(`"${text}"`)
      expect(text).not.toMatch(/[<>&'`"\\]/)
      expect(decodeBase85(text)).toEqual(bytes)
    }
    expect(decodeBase85(encodeBase85(new Uint8Array([255, 255, 255, 255])))).toEqual(new Uint8Array([255, 255, 255, 255]))
  })

  it('refuses text that is not its own', () => {
    expect(decodeBase85('"')).toBeNull()
    expect(decodeBase85('abcdef')).toBeNull() // a last group of one character carries no byte
    expect(decodeBase85('}}}}}')).toBeNull() // over 32 bits
  })
})
