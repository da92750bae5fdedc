// The day a year-less or weekday expression names: holidays, month-days and weekdays, in the
// direction the words around them point.

import type { Spec } from './spec.ts'
import type { Tense } from './tense.ts'
import { FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS } from './lexicon-en.ts'
import { addDays, compareYmd, easter, isValidDate, nthWeekday, weekday, type Ymd } from './calendar.ts'
import { dist, pick, tenseDir, type Direction } from './pick-year.ts'

/** Days from the nearest candidate beyond which a contrary tense picks the other side. */
const TENSE_OVER_NEAREST_DAYS = 31

/** Months away from the reference beyond which a year-less day follows the tense. */
const FAR_MONTHS = 3

/** Days from the reference within which a year-less holiday is the nearest one. */
const HOLIDAY_NEAR_DAYS = 45

function holidayDate(name: string, y: number): Ymd | null {
  const fixed = FIXED_HOLIDAYS.get(name)
  if (fixed) return { y, m: fixed[0], d: fixed[1] }
  const nth = WEEKDAY_HOLIDAYS.get(name)
  if (nth) return nthWeekday(y, nth[0], nth[1], nth[2])
  if (name === 'easter' || name === 'easter sunday') return easter(y)
  if (name === 'election day') return addDays(nthWeekday(y, 11, 0, 1), 1)
  return null
}

export function resolveDay(x: Spec, y: number | undefined, r: Ymd, tense: () => Tense, cue: () => Tense): Ymd | null {
  if (x.holiday !== undefined) {
    const name = x.holiday
    if (y === undefined) {
      const span = (yy: number) => {
        const p = holidayDate(name, yy)
        return p ? { start: p, end: p } : null
      }
      // A holiday within weeks of the story is the nearest one ("as Easter week began"), as a
      // month near the reference is; further off the tense says which side.
      const near = pick(r, 'nearest', span)
      const p = near !== null ? holidayDate(name, near) : null
      const close = p !== null && dist(p, r) <= HOLIDAY_NEAR_DAYS
      y = pick(r, x.dir ?? (close ? 'nearest' : tenseDir(tense(), 'nearest')), span) ?? r.y
    }
    return holidayDate(name, y)
  }
  if (x.m !== undefined && x.d !== undefined) {
    const m = x.m
    const d = x.d
    if (y === undefined) {
      // Day-precise dates without a year: the nearest one, unless the word before says which side
      // ("year ended March 31", "effective June 1"). Stories announce coming dates as often as
      // they report past ones ("payable Dec. 15", "record Nov. 10"), and sentence tense misleads.
      const c = cue()
      // Far from the reference (more than a season either way), the clause's tense decides.
      const far = Math.abs(((m - r.m + 18) % 12) - 6) > FAR_MONTHS
      let dir: Direction = c === 'past' ? 'past' : c === 'future' ? 'future' : far ? tenseDir(tense(), 'nearest') : 'nearest'
      const span = (yy: number) => (isValidDate(yy, m, d) ? { start: { y: yy, m, d }, end: { y: yy, m, d } } : null)
      if (dir === 'nearest' && !x.dir) {
        // Nearest, unless it lies weeks back and the clause points forward ("the election will
        // be held on Nov. 5" in January). A past tense is weaker evidence: "said" reports a plan
        // as often as an event.
        const ny = pick(r, 'nearest', span)
        if (ny !== null && isValidDate(ny, m, d)) {
          const off = compareYmd({ y: ny, m, d }, r)
          const t = dist({ y: ny, m, d }, r) > TENSE_OVER_NEAREST_DAYS ? tense() : null
          if (off < 0 && t === 'future') dir = 'future'
        }
      }
      y = pick(r, x.dir ?? dir, span) ?? undefined
    }
    return y !== undefined && isValidDate(y, m, d) ? { y, m, d } : null
  }
  if (x.wd !== undefined) {
    const back = (weekday(r) - x.wd + 7) % 7 // days back to the latest such weekday on or before r
    // A story published on a Tuesday that names "Tuesday" means that day, whatever the tense.
    const dir = x.dir ?? (back !== 0 && tense() === 'future' ? 'next' : 'past')
    if (dir === 'past') return addDays(r, -back)
    if (dir === 'last') return addDays(r, -(back || 7))
    if (dir === 'next') return addDays(r, 7 - back)
    return addDays(r, x.wd - weekday(r)) // this: the same ISO week
  }
  return r // a clock time alone: the reference day (or the last mentioned one, see resolveSpec)
}
