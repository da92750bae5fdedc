import { describe, expect, it } from 'vitest'
import { initialReadState, msUntilRead, READ_AFTER_MS, readStep, type ReadEvent } from '../../../src/memory/read-rule.ts'

function run(events: ReadEvent[]) {
  let state = initialReadState()
  const readAt: number[] = []
  for (const e of events) {
    const r = readStep(state, e)
    state = r.state
    if (r.becameRead) readAt.push(e.at)
  }
  return { state, readAt }
}

describe('the read rule', () => {
  it('reads a story analysed and visible for ten seconds', () => {
    const { readAt } = run([{ type: 'visible', at: 0 }, { type: 'analysed', at: 300 }, { type: 'tick', at: 10_000 }])
    expect(readAt).toEqual([10_000])
  })

  it('does not read a tab opened in the background and never shown', () => {
    const { state, readAt } = run([{ type: 'analysed', at: 100 }, { type: 'tick', at: 60_000 }, { type: 'hidden', at: 3_600_000 }])
    expect(readAt).toEqual([])
    expect(state.read).toBe(false)
    expect(msUntilRead(state, 3_600_000)).toBeNull()
  })

  it('adds up visible stretches across tab switches', () => {
    const { readAt } = run([
      { type: 'analysed', at: 0 },
      { type: 'visible', at: 0 }, { type: 'hidden', at: 4_000 },
      { type: 'visible', at: 50_000 }, { type: 'hidden', at: 53_000 },
      { type: 'visible', at: 90_000 }, { type: 'tick', at: 92_999 }, { type: 'tick', at: 93_000 },
    ])
    expect(readAt).toEqual([93_000])
  })

  it('waits for the analysis even after long visibility', () => {
    const { readAt } = run([{ type: 'visible', at: 0 }, { type: 'tick', at: 30_000 }, { type: 'analysed', at: 31_000 }])
    expect(readAt).toEqual([31_000])
  })

  it('decides once', () => {
    const { readAt } = run([
      { type: 'analysed', at: 0 }, { type: 'visible', at: 0 }, { type: 'tick', at: 10_000 },
      { type: 'hidden', at: 20_000 }, { type: 'visible', at: 30_000 }, { type: 'tick', at: 60_000 },
    ])
    expect(readAt).toEqual([10_000])
  })

  it('counts a clock that went backwards as no time', () => {
    const { state, readAt } = run([{ type: 'analysed', at: 0 }, { type: 'visible', at: 50_000 }, { type: 'hidden', at: 1_000 }])
    expect(readAt).toEqual([])
    expect(state.visibleMs).toBe(0)
  })

  it('tells the content script when to check again', () => {
    const { state } = run([{ type: 'analysed', at: 0 }, { type: 'visible', at: 1_000 }, { type: 'hidden', at: 4_000 }, { type: 'visible', at: 9_000 }])
    expect(msUntilRead(state, 9_000)).toBe(READ_AFTER_MS - 3_000)
    expect(msUntilRead(initialReadState(), 0)).toBeNull()
  })
})
