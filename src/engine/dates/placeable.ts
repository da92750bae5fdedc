// Which dates a reader can place on the calendar: a time, a day (or a part of one), a week or
// weekend, a month, a quarter, a half, a season, a year, a decade or a century, every part known.
// Vague references (PAST_REF, PRESENT_REF, FUTURE_REF: "the future", "soon", "recently", "now"),
// durations, sets and values with unknown parts ("XXXX-WXX-2": a weekday with no reference date)
// are not. This is a view decision on what the engine found, not part of finding it: the engine
// and its evaluation still see every expression (docs/dates.md).
import type { DateMention } from '../types.ts'

/** The TimeML values of calendar periods and times, all digits known (year ≥ 1000 or a decade/century). */
const PLACEABLE = new RegExp([
  /^\d{4}-\d{2}-\d{2}(?:T(?:\d{2}:\d{2}(?::\d{2})?|MO|MI|AF|EV|NI|DT))?$/, // day, time of day, part of day
  /^\d{4}-W\d{1,2}(?:-WE)?$/, // ISO week, weekend
  /^\d{4}-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)$/, // month, quarter, half, season
  /^\d{2,4}$/, // year (4 digits), decade (3), century (2)
].map((r) => r.source).join('|'))

/** Whether a TimeML value names a stretch of the calendar a reader can place. */
export function isPlaceable(value: string): boolean {
  return PLACEABLE.test(value)
}

/** The dates of an analysis a reader is shown: placeable dates and times, in their order. */
export function placeableDates(dates: DateMention[]): DateMention[] {
  return dates.filter((d) => (d.type === 'DATE' || d.type === 'TIME') && isPlaceable(d.value))
}
