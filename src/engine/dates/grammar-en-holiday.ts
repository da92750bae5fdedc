// Named holidays: "Christmas", "Thanksgiving Day", "New Year's Eve", "Easter", "Election Day",
// with an optional year after them.

import type { Tok } from './tokenize-window.ts'
import type { Match, Spec } from './spec.ts'
import { FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS } from './lexicon-en.ts'
import { w, yearAt } from './cursor.ts'

/** Longest holiday names first, in tokens (possessive "'s" counts as its own token). */
const MAX_NAME_TOKENS = 4

export function parseHoliday(T: Tok[], i: number): Match | null {
  const t = T[i]
  if (!t || t.k !== 'w' || !t.cap) return null
  let name = ''
  let best: { end: number; x: Spec } | null = null
  for (let k = i; k < T.length && k < i + MAX_NAME_TOKENS; k++) {
    const tk = T[k]
    if (tk.k !== 'w' && tk.k !== 'pos') break
    name = k === i ? tk.w : tk.k === 'pos' ? name + tk.w : `${name} ${tk.w}`
    const fixed = FIXED_HOLIDAYS.get(name)
    if (fixed) best = { end: k + 1, x: { type: 'DATE', grain: 'day', m: fixed[0], d: fixed[1] } }
    const nth = WEEKDAY_HOLIDAYS.get(name)
    if (nth) best = { end: k + 1, x: { type: 'DATE', grain: 'day', m: nth[0], holiday: name } }
    if (name === 'easter' || name === 'easter sunday' || name === 'election day') {
      best = { end: k + 1, x: { type: 'DATE', grain: 'day', m: name === 'election day' ? 11 : 4, holiday: name } }
    }
  }
  if (!best) return null
  const y = yearAt(T, best.end)
  if (y !== null) {
    best.x.y = y
    best.end++
  }
  // "Easter week", "Thanksgiving week": the week the holiday falls in
  if (w(T, best.end) === 'week' && !T[best.end].cap) return { end: best.end + 1, x: { ...best.x, grain: 'week' } }
  return best
}
