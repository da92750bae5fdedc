// The story watcher's timing, with fake timers and a stand-in MutationObserver the test fires by
// hand: a quiet page is looked at once after the debounce; a page that never stops changing is
// still looked at within MAX_WAIT_MS, again and again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_WAIT_MS, watchStory } from '../../../src/content/watch-story.ts'

let fire: (records: unknown[]) => void = () => {}
class FakeObserver {
  constructor(callback: (records: unknown[]) => void) { fire = callback }
  observe() {}
  disconnect() { fire = () => {} }
}

function fakeDocument(href = 'https://news.example.com/live') {
  return { location: { href }, documentElement: {}, defaultView: { addEventListener() {} } } as unknown as Document
}
const textChange = [{ type: 'characterData', target: {}, addedNodes: [], removedNodes: [] }]

describe('watchStory', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('MutationObserver', FakeObserver)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('looks once after a burst of changes has settled', () => {
    const seen: string[] = []
    const ctl = new AbortController()
    watchStory(fakeDocument(), () => false, (r) => seen.push(r), ctl.signal)
    for (let i = 0; i < 5; i++) { fire(textChange); vi.advanceTimersByTime(10) }
    expect(seen).toEqual([])
    vi.advanceTimersByTime(5_000)
    expect(seen).toEqual(['dom'])
    ctl.abort()
  })

  it('still looks at a page that changes every 10 ms, at least once every MAX_WAIT_MS', () => {
    const seen: number[] = []
    const ctl = new AbortController()
    watchStory(fakeDocument(), () => false, () => seen.push(Date.now()), ctl.signal)
    const start = Date.now()
    for (let t = 0; t < 20_000; t += 10) { fire(textChange); vi.advanceTimersByTime(10) }
    ctl.abort()
    expect(seen.length).toBeGreaterThanOrEqual(Math.floor(20_000 / MAX_WAIT_MS))
    const gaps = [seen[0] - start, ...seen.slice(1).map((t, i) => t - seen[i])]
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_WAIT_MS)
  })

  it('ignores changes to its own UI', () => {
    const seen: string[] = []
    const ctl = new AbortController()
    watchStory(fakeDocument(), () => true, (r) => seen.push(r), ctl.signal)
    for (let t = 0; t < 10_000; t += 10) { fire(textChange); vi.advanceTimersByTime(10) }
    expect(seen).toEqual([])
    ctl.abort()
  })

  it('keeps a URL change as the reason when the page also changes before the look', () => {
    const seen: string[] = []
    const ctl = new AbortController()
    const doc = fakeDocument()
    watchStory(doc, () => false, (r) => seen.push(r), ctl.signal)
    ;(doc.location as { href: string }).href = 'https://news.example.com/next'
    fire(textChange)
    vi.advanceTimersByTime(10)
    fire(textChange)
    vi.advanceTimersByTime(5_000)
    expect(seen).toEqual(['url'])
    ctl.abort()
  })
})
