import { describe, expect, it } from 'vitest'
import { PAGE_STEP, rovingTarget } from '../../../src/ui/roving.ts'

describe('rovingTarget', () => {
  it('moves by one with the arrows, stopping at the ends', () => {
    expect(rovingTarget('ArrowDown', 0, 3)).toBe(1)
    expect(rovingTarget('ArrowRight', 1, 3)).toBe(2)
    expect(rovingTarget('ArrowDown', 2, 3)).toBe(2)
    expect(rovingTarget('ArrowUp', 0, 3)).toBe(0)
    expect(rovingTarget('ArrowLeft', 2, 3)).toBe(1)
  })

  it('jumps to the ends and by pages', () => {
    expect(rovingTarget('Home', 7, 20)).toBe(0)
    expect(rovingTarget('End', 0, 20)).toBe(19)
    expect(rovingTarget('PageDown', 3, 20)).toBe(3 + PAGE_STEP)
    expect(rovingTarget('PageDown', 18, 20)).toBe(19)
    expect(rovingTarget('PageUp', 2, 20)).toBe(0)
  })

  it('leaves other keys, and empty lists, alone', () => {
    expect(rovingTarget('Tab', 0, 3)).toBeNull()
    expect(rovingTarget('Enter', 0, 3)).toBeNull()
    expect(rovingTarget('ArrowDown', 0, 0)).toBeNull()
  })

  it('reaches any of 23 items from the first in at most seven keys (the demo popup’s cards)', () => {
    const keysTo = (i: number, n: number) => Math.min(Math.floor(i / PAGE_STEP) + (i % PAGE_STEP), 1 + (n - 1 - i))
    expect(Math.max(...Array.from({ length: 23 }, (_, i) => keysTo(i, 23)))).toBeLessThanOrEqual(7)
  })
})
