// Which year a year-less expression means: among the spans it could name around the reference
// date, the one a direction picks (the last before, the next after, the nearest).

import type { Tense } from './tense.ts'
import { compareYmd, type Ymd } from './calendar.ts'

export type Direction = 'past' | 'future' | 'nearest' | 'last' | 'next' | 'this'

export interface Span2 {
  start: Ymd
  end: Ymd
}

/** Among the spans a year-less expression could mean in years y-1…y+1, the one `dir` picks. */
export function pick(ref: Ymd, dir: Direction, make: (y: number) => Span2 | null): number | null {
  const cands: Array<{ y: number; s: Span2 }> = []
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const s = make(y)
    if (s) cands.push({ y, s })
  }
  if (cands.length === 0) return null
  const before = (c: { s: Span2 }) => compareYmd(c.s.start, ref) <= 0
  const ended = (c: { s: Span2 }) => compareYmd(c.s.end, ref) < 0
  const started = (c: { s: Span2 }) => compareYmd(c.s.start, ref) > 0
  const notEnded = (c: { s: Span2 }) => compareYmd(c.s.end, ref) >= 0
  switch (dir) {
    case 'this': return ref.y
    case 'past': return cands.filter(before).pop()?.y ?? null
    case 'last': return cands.filter(ended).pop()?.y ?? null
    case 'future': return cands.find(notEnded)?.y ?? null
    case 'next': return cands.find(started)?.y ?? null
    case 'nearest': {
      let best = cands[0]
      let bestGap = Infinity
      for (const c of cands) {
        const gap = compareYmd(c.s.end, ref) < 0 ? dist(c.s.end, ref) : compareYmd(c.s.start, ref) > 0 ? dist(ref, c.s.start) : 0
        if (gap < bestGap) {
          bestGap = gap
          best = c
        }
      }
      return best.y
    }
  }
}

export const dist = (a: Ymd, b: Ymd) => Math.abs((b.y - a.y) * 372 + (b.m - a.m) * 31 + (b.d - a.d))

export function tenseDir(tense: Tense, fallback: Direction): Direction {
  return tense === 'past' || tense === 'perfect' ? 'past' : tense === 'future' ? 'future' : fallback
}
