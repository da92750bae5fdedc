// Keys cut to their top bits (as the model file stores them) are found by whole 32-bit hashes.
import { describe, expect, it } from 'vitest'
import { cutKey, HashIndex } from '../../../src/engine/hash-index.ts'
import { hashString } from '../../../src/engine/hash.ts'

describe('hash index with cut keys', () => {
  const words = ['baghdad', 'pentagon', 'ryder', 'sudani', 'hezbollah']
  const hashes = words.map(hashString)

  it('finds every stored key from its whole hash, and misses others', () => {
    const keys = Uint32Array.from(hashes.map((h) => cutKey(h, 26)).sort((a, b) => a - b))
    const index = new HashIndex(keys, 26)
    for (const h of hashes) expect(keys[index.get(h)]).toBe(cutKey(h, 26))
    expect(index.get(hashString('ramadi'))).toBe(-1)
  })

  it('keeps whole keys at 32 bits', () => {
    expect(cutKey(0xfedcba98, 32)).toBe(0xfedcba98)
    expect(cutKey(0xfedcba98, 24)).toBe(0xfedcba)
    const index = new HashIndex(Uint32Array.from([...hashes].sort((a, b) => a - b)))
    expect(index.get(hashes[2])).toBeGreaterThanOrEqual(0)
  })
})

describe('hash index input', () => {
  it('refuses keys out of order, which a corrupt model file would give', () => {
    expect(() => new HashIndex(Uint32Array.from([5, 3, 9]))).toThrow(/sorted/)
    expect(() => new HashIndex(Uint32Array.from([1 << 30]), 26)).toThrow(/width/)
  })
})
