import { describe, expect, it } from 'vitest'
import { formatStamp, isStamp, newDeviceId, observe, parseStamp, stampWall, tick, ZERO_CLOCK } from '../../../../src/notes/sync/hlc.ts'
import { prng } from './typical-notes.ts'

describe('hybrid logical clock', () => {
  it('follows the wall clock and never goes backwards when it does', () => {
    let c = tick(ZERO_CLOCK, 1_000)
    expect(c).toEqual({ wall: 1_000, counter: 0 })
    c = tick(c, 900) // the machine's clock was set back
    expect(c).toEqual({ wall: 1_000, counter: 1 })
    c = tick(c, 1_000)
    expect(c).toEqual({ wall: 1_000, counter: 2 })
    c = tick(c, 2_000)
    expect(c).toEqual({ wall: 2_000, counter: 0 })
  })

  it('passes every stamp it has seen, so its next stamp is later than any of them', () => {
    const mine = tick(ZERO_CLOCK, 1_000)
    const theirs = formatStamp({ wall: 5_000, counter: 7 }, 'bbbbbbbb') // a machine whose clock runs ahead
    const next = formatStamp(tick(observe(mine, theirs), 1_001), 'aaaaaaaa')
    expect(next > theirs).toBe(true)
    expect(parseStamp(next)).toEqual({ wall: 5_000, counter: 8, device: 'aaaaaaaa' })
  })

  it('orders stamps as strings in the clock order, the device breaking ties', () => {
    const random = prng(5)
    const clocks = Array.from({ length: 500 }, () => ({ wall: Math.floor(random() * 2e12), counter: Math.floor(random() * 46_000) }))
    const stamps = clocks.map((c) => formatStamp(c, newDeviceId(random)))
    for (let i = 1; i < stamps.length; i++) {
      const [a, b] = [clocks[i - 1], clocks[i]]
      const byClock = a.wall - b.wall || a.counter - b.counter
      if (byClock !== 0) expect(stamps[i - 1] < stamps[i]).toBe(byClock < 0)
      expect(isStamp(stamps[i])).toBe(true)
      expect(stampWall(stamps[i])).toBe(b.wall)
    }
  })

  it('moves the wall on by a millisecond when one millisecond holds more events than the counter counts', () => {
    expect(tick({ wall: 10, counter: 36 ** 3 - 1 }, 10)).toEqual({ wall: 11, counter: 0 })
  })
})
