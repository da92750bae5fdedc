// English day and time expressions: "Tuesday", "Monday, Oct. 26", "Aug. 8, 2023", "8 August",
// "Jan. 3-5", "yesterday morning", "5 p.m. EST, Nov. 6", "noon Thursday", "11/02/89",
// "2024-01-24", and months with or without a year ("July 1997", "last August" is elsewhere).

import type { Tok } from './tokenize-window.ts'
import type { Match, Spec } from './spec.ts'
import { AMBIGUOUS_MONTHS, MONTHS, PARTS_OF_DAY, WEEKDAYS, ZONES } from './lexicon-en.ts'
import { anyYearAt, dayAt, w, yearAt } from './cursor.ts'
import { isValidDate } from './calendar.ts'

/** Words after which a lone month name ("May", "March") reads as a month. */
const MONTH_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'through', 'during', 'before',
  'after', 'between', 'and', 'or', 'last', 'next', 'this', 'early', 'late', 'mid', 'until',
  'mid-', '-', 'that', 'each', 'every', 'past', 'coming', 'end', 'beginning', 'middle', 'the',
])

/** Words between the two days of a range ("Jan. 3-5", "April 24 and 25", "May 1 to 3"). */
const RANGE_SEPARATORS = new Set(['-', '–', 'and', 'to', 'through', 'or'])

/** A month name at i: capitalised; abbreviations need their period or a following number. */
function monthAt(T: Tok[], i: number): number | null {
  const t = T[i]
  if (!t || t.k !== 'w' || !t.cap) return null
  const m = MONTHS.get(t.w)
  if (m === undefined) return null
  const abbrev = t.w.length <= 4 && t.w !== 'june' && t.w !== 'july' && t.w !== 'may'
  if (abbrev && t.e - t.s === t.w.length && T[i + 1]?.k !== 'n') return null // "Mar", "Dec" without a period
  return m
}

/** A two- or four-digit year after a month or day ("2023", "'89"). */
function yearAfter(T: Tok[], i: number): { y?: number; yy?: number; end: number } | null {
  const y = anyYearAt(T, i)
  if (y !== null) return y
  if (T[i]?.k === 'yy') return { yy: T[i].n, end: i + 1 }
  return null
}

function withYear(x: Spec, yr: { y?: number; yy?: number } | null): Spec {
  if (!yr) return x
  if (yr.y !== undefined) x.y = yr.y
  else x.yy = yr.yy
  return x
}

/** "Aug. 8", "Aug. 8, 2023", "August 8th", "8 August 2023", "Jan. 3-5". */
export function parseMonthDay(T: Tok[], i: number): Match | null {
  const m = monthAt(T, i)
  if (m !== null) {
    const day = dayAt(T, i + 1)
    if (!day || T[day.end]?.w === '%') return null
    let end = day.end
    let yr = null
    if (w(T, end) === ',' && (yr = yearAfter(T, end + 1))) end = yr.end
    else if ((yr = yearAfter(T, end))) end = yr.end
    if (!isValidDate(yr?.y ?? 2000, m, day.n)) return null // Feb. 30 names no day
    const x = withYear({ type: 'DATE', grain: 'day', m, d: day.n }, yr)
    // A range "Jan. 3-5", "April 24 and 25": two mentions, one per end.
    const sep = w(T, end)
    if (!yr && RANGE_SEPARATORS.has(sep) && T[end + 1]?.k === 'n' && (sep.length > 1 || !T[end + 1].sp)) {
      const d2 = dayAt(T, end + 1)
      if (d2 && d2.n > day.n && isValidDate(2000, m, d2.n) && w(T, d2.end) !== '%' && MONTHS.get(w(T, d2.end)) === undefined) {
        let to = d2.end
        let yr2 = null
        if (w(T, to) === ',' && (yr2 = yearAfter(T, to + 1))) to = yr2.end
        const a = withYear({ ...x }, yr2)
        const b = withYear({ type: 'DATE', grain: 'day', m, d: d2.n }, yr2)
        return { end: to, x: a, parts: [{ from: i, to: day.end, x: a }, { from: end + 1, to, x: b }] }
      }
    }
    return { end, x }
  }
  // "8 August 2023", "8th of August"
  const day = dayAt(T, i)
  if (!day) return null
  const j = w(T, day.end) === 'of' ? day.end + 1 : day.end
  const m2 = monthAt(T, j)
  if (m2 === null) return null
  const yr = yearAfter(T, j + 1)
  if (!isValidDate(yr?.y ?? 2000, m2, day.n)) return null
  return { end: yr ? yr.end : j + 1, x: withYear({ type: 'DATE', grain: 'day', m: m2, d: day.n }, yr) }
}

/** A month alone or with a year: "July 1997", "July of 1997", "May" after "in". */
export function parseMonth(T: Tok[], i: number): Match | null {
  const m = monthAt(T, i)
  if (m === null) return null
  let yr = yearAfter(T, i + 1)
  if (!yr && w(T, i + 1) === 'of') yr = yearAfter(T, i + 2)
  if (!yr && w(T, i + 1) === ',' && yearAt(T, i + 2) !== null) yr = yearAfter(T, i + 2)
  if (yr) return { end: yr.end, x: withYear({ type: 'DATE', grain: 'month', m }, yr) }
  // "January this year", "June last year"
  const rel = w(T, i + 1)
  if ((rel === 'this' || rel === 'last' || rel === 'next') && w(T, i + 2) === 'year') {
    const yearShift = rel === 'this' ? 0 : rel === 'last' ? -1 : 1
    return { end: i + 3, x: { type: 'DATE', grain: 'month', m, yearShift } }
  }
  if (AMBIGUOUS_MONTHS.has(T[i].w) && !MONTH_CONTEXT.has(w(T, i - 1))) return null
  const next = T[i + 1]
  if (next && next.k === 'n' && next.e - next.s <= 2) return null // "Feb. 30": no such day, no month either
  if (next && next.k === 'w' && next.cap && next.sp) return null // "March Networks", a name
  return { end: i + 1, x: { type: 'DATE', grain: 'month', m } }
}

/** A weekday: full name, or an abbreviation with its period ("Tues."). */
function weekdayAt(T: Tok[], i: number): number | null {
  const t = T[i]
  if (!t || t.k !== 'w' || !t.cap) return null
  const wd = WEEKDAYS.get(t.w)
  if (wd === undefined) return null
  if (t.w.length <= 5 && !t.w.endsWith('day') && t.e - t.s === t.w.length) return null // "Sun", "Wed"
  return wd
}

/** Slash and ISO dates with a year: "11/02/89", "1/8/1998", "2024-01-24". No "9/11", no "3/8". */
function parseNumericDate(T: Tok[], i: number): Match | null {
  const t = T[i]
  if (t.k === 'sl') {
    const p = t.w.split('/').map(Number)
    if (p.length !== 3) return null
    const [m, d, y] = p
    const x: Spec = { type: 'DATE', grain: 'day', m, d }
    const ylen = t.w.length - t.w.lastIndexOf('/') - 1
    if (ylen === 4) x.y = y
    else if (ylen === 2) x.yy = y
    else return null
    return isValidDate(x.y ?? 2000, m, d) ? { end: i + 1, x } : null
  }
  const y = yearAt(T, i)
  if (y !== null && w(T, i + 1) === '-' && !T[i + 1].sp && T[i + 2]?.k === 'n' && w(T, i + 3) === '-' && !T[i + 3].sp && T[i + 4]?.k === 'n') {
    const m = T[i + 2].n
    const d = T[i + 4].n
    return isValidDate(y, m, d) ? { end: i + 5, x: { type: 'DATE', grain: 'day', y, m, d } } : null
  }
  return null
}

const DEICTIC_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['tonight', 0], ['tomorrow', 1], ['yesterday', -1],
])

/** A day: weekday (with an optional month-day), month-day, today/yesterday, numeric date. */
export function parseDay(T: Tok[], i: number): Match | null {
  const t = T[i]
  if (!t) return null
  const wd = weekdayAt(T, i)
  if (wd !== null) {
    let j = i + 1
    if (w(T, j) === ',') j++
    const md = parseMonthDay(T, j)
    if (md && !md.parts) return { end: md.end, x: { ...md.x, wd } }
    // "Friday's meeting": TimeML leaves the possessive out of the extent
    return { end: i + 1, x: { type: 'DATE', grain: 'day', wd } }
  }
  const shift = DEICTIC_DAYS.get(t.w)
  // "USA Today", "VOA Today": a capitalised name before it makes it part of a title
  const titled = t.cap && T[i - 1]?.k === 'w' && T[i - 1].cap
  if (shift !== undefined && t.k === 'w' && !titled) {
    return { end: i + 1, x: { type: 'DATE', grain: 'day', shift: { unit: 'day', n: shift } } }
  }
  return parseMonthDay(T, i) ?? parseNumericDate(T, i)
}

/** A day with an optional part of day after it: "Wednesday morning", "yesterday afternoon". */
export function parseDayWithPart(T: Tok[], i: number): Match | null {
  const day = parseDay(T, i)
  if (!day) return null
  const pod = PARTS_OF_DAY.get(w(T, day.end))
  if (pod === undefined || day.parts) return day
  // A weekday keeps its day value ("early Wednesday morning" is 2024-01-24, as the demo
  // story has it); TimeBank is split between that and 2000-01-07TNI for "Friday night".
  if (day.x.wd !== undefined) return { end: day.end + 1, x: day.x }
  return { end: day.end + 1, x: { ...day.x, type: 'TIME', grain: 'pod', pod } }
}

/** Parts of day that stand alone as times ("in the morning"); "night" is too often a noun. */
const LONE_PARTS = new Set(['morning', 'afternoon', 'evening'])
/** Nouns that make a part of day a kind of thing, not a time: "the evening news". */
const POD_COMPOUND_HEADS = new Set([
  'news', 'newspaper', 'newspapers', 'paper', 'papers', 'edition', 'editions', 'show', 'shows',
  'program', 'programme', 'broadcast', 'session', 'sessions', 'shift', 'star', 'prayer',
  'prayers', 'rush', 'commute', 'flight', 'train', 'briefing', 'sickness', 'gown', 'dress',
])

/**
 * A part of day before its day ("afternoon yesterday") or alone ("the morning", "mid-afternoon"):
 * alone, it is that part of the day last mentioned.
 */
export function parsePartOfDay(T: Tok[], i: number): Match | null {
  const pod = PARTS_OF_DAY.get(w(T, i))
  if (pod === undefined || T[i].cap) return null
  const shift = DEICTIC_DAYS.get(w(T, i + 1))
  if (shift !== undefined && w(T, i + 1) !== 'tonight') {
    return { end: i + 2, x: { type: 'TIME', grain: 'pod', pod, shift: { unit: 'day', n: shift } } }
  }
  if (!LONE_PARTS.has(w(T, i)) || POD_COMPOUND_HEADS.has(w(T, i + 1))) return null
  return { end: i + 1, x: { type: 'TIME', grain: 'pod', pod }, det: true, needsThe: true }
}

/** A clock time: "5 p.m.", "10:35 a.m. EST", "14:30 GMT", "noon", "midnight". */
function parseClock(T: Tok[], i: number): { hh: number; mi: number; end: number } | null {
  const t = T[i]
  if (!t) return null
  if (t.k === 'w' && (t.w === 'noon' || t.w === 'midday')) return { hh: 12, mi: 0, end: i + 1 }
  if (t.k === 'w' && t.w === 'midnight') return { hh: 24, mi: 0, end: i + 1 }
  if (t.k !== 'n' && t.k !== 'clk') return null
  let hh = t.n
  const mi = t.k === 'clk' ? Number(t.w.split(':')[1]) : 0
  if (!(mi >= 0 && mi < 60) || hh > 24) return null
  let end = i + 1
  const ampm = w(T, end)
  if (ampm === 'am' || ampm === 'pm') {
    if (hh < 1 || hh > 12) return null
    hh = ampm === 'pm' ? (hh % 12) + 12 : hh % 12
    end++
  } else if (t.k !== 'clk' || !(ZONES.has(ampm) || w(T, i - 1) === 'at')) {
    return null // a bare "3:30" may be a score or a ratio
  }
  if (ZONES.has(w(T, end))) end++
  return { hh, mi, end }
}

/** A time with an optional day: "5 p.m. EST, Nov. 6", "9 a.m. Tuesday", "noon Thursday". */
export function parseTime(T: Tok[], i: number): Match | null {
  // "4 in the morning"
  const t = T[i]
  if (t && t.k === 'n' && t.n >= 1 && t.n <= 12 && w(T, i + 1) === 'in' && w(T, i + 2) === 'the') {
    const pod = PARTS_OF_DAY.get(w(T, i + 3))
    if (pod !== undefined) {
      const hh = pod === 'MO' ? t.n % 12 : (t.n % 12) + 12
      return { end: i + 4, x: { type: 'TIME', grain: 'time', hh, mi: 0 } }
    }
  }
  const c = parseClock(T, i)
  if (!c) return null
  const x: Spec = { type: 'TIME', grain: 'time', hh: c.hh, mi: c.mi }
  let j = c.end
  if (w(T, j) === ',') j++
  if (w(T, j) === 'on') j++
  const day = parseDay(T, j)
  if (day && !day.parts) return { end: day.end, x: { ...day.x, ...x } }
  return { end: c.end, x }
}
