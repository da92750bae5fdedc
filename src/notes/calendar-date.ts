// Strict ISO 8601 dates and timestamps: the form (a regular expression) and the calendar (the day
// really exists). A regex alone accepts 2023-02-29 or 2024-04-31, and Date then shows them as
// 1 March or 1 May; here a date is real only if Date.UTC gives back the same year, month and day.

/** yyyy-mm-dd, optionally Thh:mm[:ss[.fraction]] and a zone (Z or ±hh[:]mm). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/

/** True when year, month and day name a day of the proleptic Gregorian calendar. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  const d = new Date(Date.UTC(2000, month - 1, day))
  d.setUTCFullYear(year) // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/** How strict: `date` may stop at the day, `timestamp` needs a time and a zone. */
export type IsoForm = 'date' | 'timestamp'

/** True for an ISO date or timestamp whose day exists and whose time and zone are in range. */
export function isIsoCalendarDate(value: string, form: IsoForm = 'date'): boolean {
  const m = ISO.exec(value)
  if (!m) return false
  const [, y, mo, d, h, mi, s, zone, zh, zm] = m
  if (!isRealDay(Number(y), Number(mo), Number(d))) return false
  if (form === 'timestamp' && (h === undefined || zone === undefined)) return false
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59))) return false
  if (zh !== undefined && (Number(zh) > 23 || Number(zm) > 59)) return false
  return true
}
