// Calendar arithmetic on plain year/month/day numbers (UTC, no time zones) and TimeML value
// formatting: ISO weeks, quarters, seasons, padding. No parsing here.

export interface Ymd {
  y: number
  m: number
  d: number
}

const MS_PER_DAY = 86_400_000

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

function toDays(p: Ymd): number {
  return Math.floor(Date.UTC(p.y, p.m - 1, p.d) / MS_PER_DAY)
}

function fromDays(n: number): Ymd {
  const t = new Date(n * MS_PER_DAY)
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }
}

export function addDays(p: Ymd, n: number): Ymd {
  return fromDays(toDays(p) + n)
}

/** Shift by whole months, clamping the day to the target month's length. */
export function addMonths(p: Ymd, n: number): Ymd {
  const idx = p.y * 12 + (p.m - 1) + n
  const y = Math.floor(idx / 12)
  const m = idx - y * 12 + 1
  return { y, m, d: Math.min(p.d, daysInMonth(y, m)) }
}

export function diffDays(a: Ymd, b: Ymd): number {
  return toDays(a) - toDays(b)
}

/** 0 = Monday … 6 = Sunday (ISO order). */
export function weekday(p: Ymd): number {
  return (toDays(p) + 3) % 7 // 1970-01-01 was a Thursday (ISO index 3)
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(p: Ymd): { y: number; w: number } {
  const thursday = addDays(p, 3 - weekday(p))
  const jan1 = { y: thursday.y, m: 1, d: 1 }
  return { y: thursday.y, w: Math.floor(diffDays(thursday, jan1) / 7) + 1 }
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1
}

export const pad2 = (n: number): string => (n < 10 ? '0' : '') + n
export const pad4 = (n: number): string => String(n).padStart(4, '0')

export function dayValue(p: Ymd): string {
  return `${pad4(p.y)}-${pad2(p.m)}-${pad2(p.d)}`
}

export function monthValue(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`
}

export function weekValue(p: Ymd): string {
  const { y, w } = isoWeek(p)
  return `${pad4(y)}-W${pad2(w)}`
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d
}

/** The n-th (1-based) given weekday of a month, or the last one when n is -1. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 }
    const shift = (wd - weekday(first) + 7) % 7
    return addDays(first, shift + (n - 1) * 7)
  }
  const last = { y, m, d: daysInMonth(y, m) }
  return addDays(last, -((weekday(last) - wd + 7) % 7))
}

/** Western Easter Sunday (the anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19
  const b = Math.floor(y / 100)
  const c = y % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return { y, m: month, d: day }
}
