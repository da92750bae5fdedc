// Formats a TimeML value for readers: 2024-01-23 → "Tue 23 Jan 2024", 2023-10 → "October 2023",
// 2024-Q1 → "Q1 2024", 2024-W04 → "week 4, 2024"; anything else is shown as it is.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' }
const REFS: Record<string, string> = { PAST_REF: 'the past', PRESENT_REF: 'now', FUTURE_REF: 'the future' }

export function formatTimeMLValue(value: string): string {
  let m: RegExpMatchArray | null
  if ((m = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/))) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))
    if (Number.isNaN(d.getTime()) || d.getUTCMonth() !== +m[2] - 1) return value
    const day = `${DAYS[d.getUTCDay()]} ${+m[3]} ${MONTHS[+m[2] - 1].slice(0, 3)} ${m[1]}`
    return m[4] ? `${day}, ${m[4]}` : day
  }
  if ((m = value.match(/^(\d{4})-(\d{2})$/)) && +m[2] >= 1 && +m[2] <= 12) return `${MONTHS[+m[2] - 1]} ${m[1]}`
  if ((m = value.match(/^(\d{4})-Q([1-4])$/))) return `Q${m[2]} ${m[1]}`
  if ((m = value.match(/^(\d{4})-H([12])$/))) return `H${m[2]} ${m[1]}`
  if ((m = value.match(/^(\d{4})-W(\d{1,2})(-WE)?$/))) return `${m[3] ? 'weekend of week' : 'week'} ${+m[2]}, ${m[1]}`
  if ((m = value.match(/^(\d{4})-(SP|SU|FA|WI)$/))) return `${SEASONS[m[2]]} ${m[1]}`
  if ((m = value.match(/^(\d{3})$/))) return `the ${m[1]}0s`
  if ((m = value.match(/^(\d{2})$/))) return `the ${+m[1] + 1}th century`
  return REFS[value] ?? value
}
