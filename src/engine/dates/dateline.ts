// A dateline at the head of a story ("WASHINGTON, March 12 (Xinhua) --") gives the day it was
// filed. Wire stories are often published the day after: "Friday", "today" and "yesterday" in
// them count from the dateline's day, not the publish date.

import { MONTHS } from './lexicon-en.ts'
import { addDays, compareYmd, isValidDate, type Ymd } from './calendar.ts'

/** How many days before the publish date a dateline may lie and still be the story's own. */
const DATELINE_DAYS = 3
/** How far into the text a dateline may start (after a headline line, say). */
const DATELINE_REACH = 160

// PLACE[, REGION], Month D[, YYYY] then an agency in parentheses or a dash.
const DATELINE = /(?:^|\n)[ \t]*[A-Z][A-Za-z.'’ -]{1,40},(?:[ \t]+[A-Z][A-Za-z.]{1,15},)?[ \t]+([A-Z][a-z]{2,8})\.?[ \t]+(\d{1,2})(?:,[ \t]+(\d{4}))?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:--|—|–|_|-)/

/** The day a leading dateline names, if it lies within a few days before `ref`; else null. */
export function datelineDay(text: string, ref: Ymd | null): Ymd | null {
  if (!ref) return null
  const m = DATELINE.exec(text.slice(0, DATELINE_REACH))
  if (!m) return null
  const month = MONTHS.get(m[1].toLowerCase())
  if (month === undefined) return null
  const d = Number(m[2])
  const y = m[3] ? Number(m[3]) : month > ref.m ? ref.y - 1 : ref.y // a dateline is never ahead
  if (!isValidDate(y, month, d)) return null
  const day = { y, m: month, d }
  if (compareYmd(day, ref) > 0 || compareYmd(day, addDays(ref, -DATELINE_DAYS)) < 0) return null
  return day
}
