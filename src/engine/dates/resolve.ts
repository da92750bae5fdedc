// Turns what an expression says (a Spec) into a TimeML value against the reference date: shifts
// ("last week"), year-less dates in the direction the tense points ("Tuesday", "Dec. 15"), the
// last mentioned date for anaphora ("that day", "a year earlier"), earnings-story quarters.

import type { DateGrain, DateType } from '../types.ts'
import type { Spec, SpecGrain } from './spec.ts'
import type { Tense } from './tense.ts'
import type { Season } from './lexicon-en.ts'
import {
  addDays, addMonths, dayValue, daysInMonth, monthValue, pad2, pad4, quarterOf, weekday,
  weekValue, type Ymd,
} from './calendar.ts'
import { pick, tenseDir, type Span2 } from './pick-year.ts'
import { resolveDay } from './resolve-day.ts'

/** What the document has mentioned so far, for anaphora and earnings-story grain. */
export interface DocState {
  /** The last date mentioned, with the fields it fixed. */
  last: { y: number; m?: number; d?: number } | null
  lastQuarter: { y: number; q: number } | null
  /** Where the last quarter was named, and where the expression being resolved starts. */
  lastQuarterAt: number
  /** Where a year-long period ("the nine months", "the year") was last named. */
  yearPeriodAt: number
  /** Where a date of another grain (a day, a month, a year) was last named. */
  otherAt: number
  at: number
}

/** How near (in characters) a named quarter must be for "a year ago" to take its grain. */
const INHERIT_REACH = 600

export interface Resolved {
  type: DateType
  value: string
  grain: DateGrain
}

const OUT_GRAIN: Record<SpecGrain, DateGrain> = {
  time: 'time', pod: 'time', day: 'day', week: 'week', weekend: 'week', month: 'month',
  quarter: 'quarter', half: 'year', season: 'season', year: 'year', decade: 'decade',
  century: 'century', ref: 'ref', duration: 'duration', set: 'set',
}

/** Season months: winter runs from December into the next year. */
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 }

const seasonSpan = (s: Season, y: number): Span2 => {
  const m = SEASON_START[s]
  const end = addMonths({ y, m, d: 1 }, 2)
  return { start: { y, m, d: 1 }, end: { y: end.y, m: end.m, d: daysInMonth(end.y, end.m) } }
}

/** A two-digit year in the century that puts it nearest the reference year. */
function fullYear(yy: number, ref: Ymd | null): number {
  const base = ref ? ref.y : 2000
  const c = Math.floor(base / 100) * 100 + yy
  return [c - 100, c, c + 100].reduce((a, b) => (Math.abs(b - base) < Math.abs(a - base) ? b : a))
}

function timeSuffix(x: Spec): string {
  if (x.hh !== undefined) return `T${pad2(x.hh)}:${pad2(x.mi ?? 0)}`
  if (x.pod !== undefined) return `T${x.pod}`
  return ''
}

/** The anchor of an anaphoric shift: the last mentioned date if precise enough, else ref. */
function anchorFor(x: Spec, ref: Ymd, st: DocState): Ymd {
  if (!x.anaphoric || !st.last || !x.shift) return ref
  const u = x.shift.unit
  const l = st.last
  if (u === 'year' || u === 'decade' || u === 'century') return { y: l.y, m: l.m ?? 1, d: l.d ?? 1 }
  if ((u === 'month' || u === 'quarter') && l.m !== undefined) return { y: l.y, m: l.m, d: l.d ?? 1 }
  if (l.m !== undefined && l.d !== undefined) return { y: l.y, m: l.m, d: l.d }
  return ref
}

/** The TimeML value of a spec, or null when it names nothing that exists (a bad date). */
export function resolveSpec(x: Spec, ref: Ymd | null, tense: () => Tense, st: DocState, cue: (month?: boolean) => Tense = () => null): Resolved | null {
  const type = x.type
  const grain = OUT_GRAIN[x.grain]
  const out = (value: string, g: DateGrain = grain): Resolved => ({ type, value, grain: g })
  if (x.value !== undefined) return out(x.value)
  if (x.lastMentioned) {
    const l = st.last
    if (!l) return null
    if (l.d !== undefined) return out(dayValue({ y: l.y, m: l.m ?? 1, d: l.d }), 'day')
    return l.m !== undefined ? out(monthValue(l.y, l.m), 'month') : out(pad4(l.y), 'year')
  }

  // Earnings stories: "a year ago", "the year-earlier quarter" mean the compared quarter.
  // The story is comparing quarters when one was named nearby, or when no other date came since.
  const quarterLast = st.at - st.lastQuarterAt <= INHERIT_REACH || st.lastQuarterAt > st.otherAt
  const comparingQuarters = quarterLast && st.lastQuarterAt > st.yearPeriodAt
  const named = x.grain === 'quarter' && !x.period // "the year-ago quarter" says which grain
  if (x.inherit && st.lastQuarter && (named || (x.period ? st.lastQuarterAt > st.yearPeriodAt : comparingQuarters))) {
    const y = x.y ?? st.lastQuarter.y + (x.shift?.n ?? -1) // remembered quarters are never inherited ones
    return out(`${pad4(y)}-Q${st.lastQuarter.q}`, 'quarter')
  }
  if (x.y === undefined && x.yy !== undefined) x = { ...x, y: fullYear(x.yy, ref) }

  if (!ref && x.y === undefined && x.decade === undefined && x.century === undefined) {
    return underspecified(x, out)
  }

  if (x.shift) {
    if (!ref) return underspecified(x, out)
    const base = anchorFor(x, ref, st)
    const { unit, n } = x.shift
    switch (unit) {
      case 'day': {
        const p = addDays(base, n)
        return out(dayValue(p) + timeSuffix(x))
      }
      case 'week': return out(weekValue(addDays(base, 7 * n)))
      case 'weekend': return out(weekValue(addDays(base, 7 * n)) + '-WE')
      case 'month': {
        const p = addMonths({ ...base, d: 1 }, n)
        return out(monthValue(p.y, p.m))
      }
      case 'quarter': {
        let idx = base.y * 4 + quarterOf(base.m) - 1 + n
        // "the quarter" with nothing mentioned: the last one reported, before the reference's
        if (x.anaphoric && n === 0) idx = st.lastQuarter ? st.lastQuarter.y * 4 + st.lastQuarter.q - 1 : idx - 1
        return out(`${pad4(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`)
      }
      case 'year': {
        // "since year-end": the end of a year already over
        const back = n === 0 && x.mod === 'END' && !x.anaphoric && cue() === 'past' ? -1 : 0
        const y = base.y + n + back
        if (x.inherit) return out(pad4(y), 'year')
        return out(pad4(y))
      }
      case 'decade': return out(String(Math.floor(base.y / 10) + n))
      case 'century': return out(String(Math.floor(base.y / 100) + n))
      default: return null
    }
  }

  let y = x.y ?? (x.yearShift !== undefined && ref ? ref.y + x.yearShift : undefined)
  const r = ref as Ymd // every path below without a year has a reference (checked above)

  switch (x.grain) {
    case 'decade': return out(String(x.decade ?? Math.floor((y ?? r.y) / 10)))
    case 'century': return out(String(x.century ?? Math.floor((y ?? r.y) / 100)))
    case 'year': return out(pad4(y ?? r.y))
    case 'half': return out(`${pad4(y ?? r.y)}-H${x.half}`)
    case 'quarter': {
      if (x.reported && st.lastQuarter && (x.y === undefined || x.y === st.lastQuarter.y)) {
        return out(`${pad4(st.lastQuarter.y)}-Q${st.lastQuarter.q}`)
      }
      const q = x.q ?? quarterOf(r.m)
      if (y === undefined) {
        const refQ = quarterOf(r.m)
        y = q > refQ && tense() !== 'future' ? r.y - 1 : r.y
      }
      if (x.inherit) return out(x.q ? `${pad4(y)}-Q${x.q}` : pad4(y), x.q ? 'quarter' : 'year')
      return out(`${pad4(y)}-Q${q}`)
    }
    case 'season': {
      const s = x.season as Season
      if (y === undefined) y = pick(r, x.dir ?? tenseDir(tense(), 'nearest'), (yy) => seasonSpan(s, yy)) ?? r.y
      return out(`${pad4(y)}-${s}`)
    }
    case 'month': {
      const m = x.m as number
      if (y === undefined) {
        // A month within two of the reference is the nearest one, whatever the tense ("in early
        // March" in a February story). Further off, the word before it decides ("since March",
        // "by February", "through January") unless a deadline sits in a past clause ("had risen
        // 5% by March"); else the clause's tense.
        const gap = Math.abs(((m - r.m + 18) % 12) - 6)
        let c = gap <= 2 ? null : cue(true)
        if (c === 'future' && tense() === 'past') c = 'past'
        const dir = x.dir ?? (gap <= 2 ? 'nearest' : c ? tenseDir(c, 'nearest') : tenseDir(tense(), 'nearest'))
        y = pick(r, dir, (yy) => ({ start: { y: yy, m, d: 1 }, end: { y: yy, m, d: daysInMonth(yy, m) } })) ?? r.y
      }
      return out(monthValue(y, m))
    }
    case 'week': {
      // "the week of March 6", "Easter week": the week of that day; else the reference's week
      if (x.m === undefined && x.holiday === undefined) return out(weekValue(r))
      const day = resolveDay(x, y, r, tense, cue)
      return day ? out(weekValue(day)) : null
    }
    case 'weekend': {
      // Saturday or Sunday: this weekend; otherwise the one just past, or the coming one
      const wd = weekday(r)
      const base = wd >= 5 || tense() === 'future' ? r : addDays(r, -7)
      return out(weekValue(base) + '-WE')
    }
    case 'day': case 'pod': case 'time': {
      // A clock time or part of day alone ("at 10 p.m.", "in the morning") belongs to the day
      // last mentioned, else the reference's.
      const lastDay = st.last?.d !== undefined ? { y: st.last.y, m: st.last.m ?? 1, d: st.last.d } : null
      const bareTime = (x.hh !== undefined || x.pod !== undefined) && x.wd === undefined && x.m === undefined && !x.shift
      const anchor = lastDay && ((x.anaphoric && x.wd !== undefined) || bareTime) ? lastDay : r
      const day = resolveDay(x, y, anchor, tense, cue)
      if (!day) return null
      return out(dayValue(day) + timeSuffix(x))
    }
    default: return null
  }
}

/** Without a reference date, a relative expression keeps its unknown parts unknown. */
function underspecified(x: Spec, out: (v: string, g?: DateGrain) => Resolved): Resolved {
  const mm = x.m !== undefined ? pad2(x.m) : 'XX'
  if (x.grain === 'month' && x.m !== undefined) return out(`XXXX-${mm}`)
  if (x.grain === 'day' && x.m !== undefined && x.d !== undefined) return out(`XXXX-${mm}-${pad2(x.d)}`)
  if (x.wd !== undefined) return out(`XXXX-WXX-${x.wd + 1}`)
  if (x.grain === 'season' && x.season) return out(`XXXX-${x.season}`)
  if (x.grain === 'quarter' && x.q !== undefined) return out(`XXXX-Q${x.q}`)
  const n = x.shift?.n ?? 0
  return out(n < 0 ? 'PAST_REF' : n > 0 ? 'FUTURE_REF' : 'PRESENT_REF', 'ref')
}
