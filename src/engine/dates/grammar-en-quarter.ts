// Quarters and halves in earnings stories: "the third quarter", "third-quarter", "Q3", "the first
// half", "fiscal 1990's second quarter", "the year-ago period", "the quarter ended Sept. 30".

import type { Tok } from './tokenize-window.ts'
import type { Match, Spec } from './spec.ts'
import { parseMonthDay } from './grammar-en-day.ts'
import { gluedHyphen, ordinalAt, w, yearAt } from './cursor.ts'

/** An ordinal quarter or half: "third quarter", "third-quarter", "first half", "Q3". */
function quarterCore(T: Tok[], i: number): { q?: number; half?: number; end: number; adjective?: boolean } | null {
  const t = T[i]
  // "Q3", "H1"
  if (t?.k === 'w' && (t.w === 'q' || t.w === 'h') && t.cap && T[i + 1]?.k === 'n' && !T[i + 1].sp && T[i + 1].n >= 1) {
    const n = T[i + 1].n
    if (t.w === 'q' && n <= 4) return { q: n, end: i + 2 }
    if (t.w === 'h' && n <= 2) return { half: n, end: i + 2 }
  }
  if (w(T, i) === 'last' && w(T, i + 1) === 'half') return { half: 2, end: i + 2 }
  // "the first two quarters", "the last two quarters": a half-year
  if ((w(T, i) === 'first' || w(T, i) === 'last') && w(T, i + 1) === 'two' && w(T, i + 2) === 'quarters') {
    return { half: w(T, i) === 'first' ? 1 : 2, end: i + 3 }
  }
  const o = ordinalAt(T, i)
  if (!o) return null
  let j = o.end
  const adjective = gluedHyphen(T, j)
  if (adjective) j++
  if (w(T, j) === 'fiscal') j++
  if (w(T, j) === 'quarter' && o.n <= 4) return { q: o.n, end: j + 1, adjective }
  if (w(T, j) === 'half' && o.n <= 2) return { half: o.n, end: j + 1 }
  return null
}

/** Words that make "the quarter" / "the period" mean the quarter being reported. */
const REPORTED_PERIOD = new Set(['latest', 'recent', 'most', 'same', 'comparable', 'corresponding'])

/** Quarters and halves, with their year if given, and the earnings-story "the quarter". */
export function parseQuarter(T: Tok[], i: number): Match | null {
  let j = i
  const x: Spec = { type: 'DATE', grain: 'quarter' }
  // "1990's", "this year's", "next year's"
  const y0 = yearAt(T, j)
  if (y0 !== null && T[j + 1]?.k === 'pos') {
    x.y = y0
    j += 2
  } else if ((w(T, j) === 'this' || w(T, j) === 'last' || w(T, j) === 'next') && w(T, j + 1) === 'year' && T[j + 2]?.k === 'pos') {
    x.yearShift = w(T, j) === 'this' ? 0 : w(T, j) === 'last' ? -1 : 1
    j += 3
  }
  if (w(T, j) === 'fiscal') j++
  const y1 = yearAt(T, j) // "the 1988 third quarter"
  if (y1 !== null && x.y === undefined) {
    x.y = y1
    j++
  }
  if (w(T, j) === 'fiscal') j++
  const qc = quarterCore(T, j)
  if (qc) {
    j = qc.end
    if (qc.half !== undefined) {
      x.grain = 'half'
      x.half = qc.half
    } else x.q = qc.q
    // "Q3 2023", "third quarter 2023"
    const y0 = x.y === undefined && x.yearShift === undefined ? yearAt(T, j) : null
    if (y0 !== null) {
      x.y = y0
      j++
    }
    // "of 1990", "of fiscal 1990", "of this year", ", 1990"
    let k = j
    if (w(T, k) === 'of' || w(T, k) === ',') {
      k++
      if (w(T, k) === 'fiscal') k++
      const y2 = yearAt(T, k)
      if (y2 !== null && x.y === undefined && x.yearShift === undefined) {
        x.y = y2
        j = k + 1
      } else if (w(T, j) === 'of' && (w(T, k) === 'this' || w(T, k) === 'last' || w(T, k) === 'next' || w(T, k) === 'the') && w(T, k + 1) === 'year') {
        // "of this year", "of last year"; "of the year" is the story's own year
        x.yearShift = w(T, k) === 'last' ? -1 : w(T, k) === 'next' ? 1 : 0
        j = k + 2
      } else if (w(T, j) === 'of' && qc.half !== undefined && (w(T, k) === 'the' || T[k]?.k === 'ds')) {
        return null // "the last half of the '80s": the decade says more than the half
      }
    }
    // "the third-quarter results": the hyphenated adjective leaves "the" to the noun after it
    return { end: j, x, det: !qc.adjective }
  }
  // "the quarter", "the latest quarter", "the year-ago period", "the 1988 period"
  let k = j
  let inherit = false
  while (REPORTED_PERIOD.has(w(T, k)) || w(T, k) === 'current') k++
  if (w(T, k) === 'year' && gluedHyphen(T, k + 1) && (w(T, k + 2) === 'ago' || w(T, k + 2) === 'earlier')) {
    inherit = true
    k += 3
  }
  const noun = w(T, k)
  const qk = inherit ? quarterCore(T, k) : null
  if (qk && qk.q !== undefined) {
    return { end: qk.end, x: { type: 'DATE', grain: 'quarter', q: qk.q, yearShift: -1 }, det: true }
  }
  if (inherit && noun !== 'quarter' && noun !== 'period' && noun !== 'third' && noun !== 'fourth' && noun !== 'first' && noun !== 'second') {
    // "year-earlier profit", "the year-ago results": the compared period; an adjective, so the
    // "the" belongs to the noun after it, not to the expression
    return { end: k, x: { type: 'DATE', grain: 'year', inherit: true, shift: { unit: 'year', n: -1 } } }
  }
  if (noun !== 'quarter' && noun !== 'period') return null
  if (gluedHyphen(T, k + 1) && w(T, k + 2) === 'to') return null // "quarter-to-quarter" compares, names none
  // "the quarter a year ago", "the corresponding period last year": the reported one, a year back
  if (!inherit && x.y === undefined) {
    const back = w(T, k + 1) === 'a' && w(T, k + 2) === 'year' && (w(T, k + 3) === 'ago' || w(T, k + 3) === 'earlier') ? k + 4
      : w(T, k + 1) === 'last' && w(T, k + 2) === 'year' && T[k + 3]?.k !== 'pos' ? k + 3 : 0
    if (back) {
      const period = noun === 'period' || undefined
      return { end: back, x: { type: 'DATE', grain: 'quarter', inherit: true, period, shift: { unit: 'year', n: -1 } }, det: true, needsThe: true }
    }
  }
  if (noun === 'period' && k === j && !inherit && x.y === undefined) return null // "the period" alone is too vague
  const period = noun === 'period' || undefined // a "period" is whatever is being compared
  if (x.y !== undefined && period) return { end: k + 1, x: { type: 'DATE', grain: 'quarter', y: x.y, inherit: true, period }, det: true }
  if (inherit) return { end: k + 1, x: { type: 'DATE', grain: 'quarter', inherit: true, period, shift: { unit: 'year', n: -1 } }, det: true }
  if (w(T, j) === 'current') return { end: k + 1, x: { type: 'DATE', grain: 'quarter', shift: { unit: 'quarter', n: 0 } }, det: true }
  // "the 1988 quarter", "last year's quarter": the quarter being compared, in that year
  if (x.y !== undefined || x.yearShift !== undefined) return { end: k + 1, x: { ...x, inherit: true }, det: true }
  // "the quarter ended Sept. 30": the quarter already being reported (a fiscal one keeps its
  // number), else the three months that date closes, named by the calendar quarter of their
  // middle month (a fiscal quarter ended July 31 is mostly the second)
  if ((w(T, k + 1) === 'ended' || w(T, k + 1) === 'ending') && noun === 'quarter') {
    const md = parseMonthDay(T, k + 2)
    if (md && md.x.m !== undefined) {
      const mid = md.x.m === 1 ? 12 : md.x.m - 1
      const y = md.x.y !== undefined && md.x.m === 1 ? md.x.y - 1 : md.x.y
      return { end: k + 1, x: { type: 'DATE', grain: 'quarter', q: Math.floor((mid - 1) / 3) + 1, y, reported: true }, det: true, needsThe: true }
    }
  }
  // "the quarter", "the latest quarter": the one being reported (the one last named, else the
  // last one ended before the story)
  return { end: k + 1, x: { type: 'DATE', grain: 'quarter', anaphoric: true, shift: { unit: 'quarter', n: 0 } }, det: true, needsThe: true }
}
