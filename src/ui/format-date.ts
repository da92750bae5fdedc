// TimeML values as people write them, and where each one starts on the calendar (to order a
// timeline): 2024-01-23 → "23 Jan 2024", 2024-01-24T14:30 → "24 Jan 2024, 14:30", 2024-W04 →
// "the week of 22 Jan 2024", 2019-Q4 → "Q4 2019", 2024-SP → "spring 2024", 202 → "the 2020s".
// A value it does not know is shown as it is; the reading view only receives values a reader can
// place (src/engine/dates/placeable.ts).
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' }
/** The month a season starts in (northern meteorological seasons, as TimeML's SP/SU/FA/WI). */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 }
/** Parts of the day TimeML names, as a reader says them before a day. */
const PARTS_OF_DAY: Record<string, string> = { MO: 'the morning of', MI: 'midday on', AF: 'the afternoon of', EV: 'the evening of',
  NI: 'the night of', DT: 'the daytime of' }
/** When each part of the day starts, for ordering ("the morning of" before a 14:30 meeting). */
const PART_OF_DAY_START: Record<string, string> = { MO: '06:00', MI: '12:00', AF: '13:00', EV: '18:00', NI: '21:00', DT: '08:00' }

export interface FormatOptions {
  /** Name the weekday of a day ("Tue 23 Jan 2024"), as the notes library does for publish dates. */
  weekday?: boolean
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d))

function dayLabel(date: Date, weekday: boolean): string {
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()].slice(0, 3)} ${date.getUTCFullYear()}`
  return weekday ? `${DAYS[date.getUTCDay()]} ${day}` : day
}

/** The Monday of ISO week `w` of ISO year `y`: week 1 holds 4 January. */
function isoWeekMonday(y: number, w: number): Date {
  const jan4 = utc(y, 1, 4)
  const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000
  return new Date(monday + (w - 1) * 7 * 86_400_000)
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`

/** A real calendar day from year, month and day digits, or null ("2023-02-30"). */
function validDay(y: string, m: string, d: string): Date | null {
  const date = utc(+y, +m, +d)
  return Number.isNaN(date.getTime()) || date.getUTCMonth() !== +m - 1 || date.getUTCDate() !== +d ? null : date
}

export function formatTimeMLValue(value: string, opts: FormatOptions = {}): string {
  let m: RegExpMatchArray | null
  if ((m = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2}:\d{2})|(MO|MI|AF|EV|NI|DT)))?/))) {
    const date = validDay(m[1], m[2], m[3])
    if (!date) return value
    const day = dayLabel(date, opts.weekday ?? false)
    return m[4] ? `${day}, ${m[4]}` : m[5] ? `${PARTS_OF_DAY[m[5]]} ${day}` : day
  }
  if ((m = value.match(/^(\d{4})-(\d{2})$/)) && +m[2] >= 1 && +m[2] <= 12) return `${MONTHS[+m[2] - 1]} ${m[1]}`
  if ((m = value.match(/^(\d{4})-Q([1-4])$/))) return `Q${m[2]} ${m[1]}`
  if ((m = value.match(/^(\d{4})-H([12])$/))) return `the ${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`
  if ((m = value.match(/^(\d{4})-W(\d{1,2})(-WE)?$/)) && +m[2] >= 1 && +m[2] <= 53) {
    const monday = isoWeekMonday(+m[1], +m[2])
    return m[3] ? `the weekend of ${dayLabel(new Date(monday.getTime() + 5 * 86_400_000), false)}` : `the week of ${dayLabel(monday, false)}`
  }
  if ((m = value.match(/^(\d{4})-(SP|SU|FA|WI)$/))) return `${SEASONS[m[2]]} ${m[1]}`
  if ((m = value.match(/^(\d{4})$/))) return m[1]
  if ((m = value.match(/^(\d{3})$/))) return `the ${m[1]}0s`
  if ((m = value.match(/^(\d{2})$/))) return `the ${ordinal(+m[1] + 1)} century`
  return value
}

const iso = (d: Date) => d.toISOString().slice(0, 10)

/**
 * Where the value starts on the calendar, as a sortable "YYYY-MM-DDTHH:MM" (a week on its Monday,
 * a quarter on its first day, "the 2020s" on 1 January 2020); null for a value that is not on it.
 */
export function startOf(value: string): string | null {
  let m: RegExpMatchArray | null
  if ((m = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2}:\d{2})|(MO|MI|AF|EV|NI|DT)))?/))) {
    if (!validDay(m[1], m[2], m[3])) return null
    return `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? (m[5] ? PART_OF_DAY_START[m[5]] : '00:00')}`
  }
  if ((m = value.match(/^(\d{4})-(\d{2})$/)) && +m[2] >= 1 && +m[2] <= 12) return `${m[1]}-${m[2]}-01T00:00`
  if ((m = value.match(/^(\d{4})-Q([1-4])$/))) return `${m[1]}-${String(3 * +m[2] - 2).padStart(2, '0')}-01T00:00`
  if ((m = value.match(/^(\d{4})-H([12])$/))) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01T00:00`
  if ((m = value.match(/^(\d{4})-W(\d{1,2})(-WE)?$/)) && +m[2] >= 1 && +m[2] <= 53) {
    const monday = isoWeekMonday(+m[1], +m[2])
    return `${iso(m[3] ? new Date(monday.getTime() + 5 * 86_400_000) : monday)}T00:00`
  }
  if ((m = value.match(/^(\d{4})-(SP|SU|FA|WI)$/))) return `${m[1]}-${String(SEASON_START[m[2]]).padStart(2, '0')}-01T00:00`
  if ((m = value.match(/^(\d{4})$/))) return `${m[1]}-01-01T00:00`
  if ((m = value.match(/^(\d{3})$/))) return `${m[1]}0-01-01T00:00`
  if ((m = value.match(/^(\d{2})$/))) return `${m[1]}00-01-01T00:00`
  return null
}

/**
 * Timeline order: by when each starts; of two that start together the wider first ("January
 * 2024" before "1 Jan 2024": its TimeML value is shorter), then by place in the story.
 */
export function compareByStart(a: { value: string; start: number }, b: { value: string; start: number }): number {
  const sa = startOf(a.value) ?? '\uffff', sb = startOf(b.value) ?? '\uffff'
  return sa < sb ? -1 : sa > sb ? 1 : a.value.length - b.value.length || a.start - b.start
}
