// English expressions of periods and deixis: "last week", "this month", "next year", "the third
// quarter", "third-quarter", "fiscal 1989", "1998", "the 1980s", "the 20th century", "last
// August", "this summer", "a year ago", "two weeks earlier", "recently", "the future".

import type { Tok } from './tokenize-window.ts'
import type { Match, Spec, SpecGrain } from './spec.ts'
import {
  MONTHS, PARTS_OF_DAY, SEASONS, UNIT_LETTER, UNITS, WEEKDAYS, type Unit,
} from './lexicon-en.ts'
import { parseMonthDay } from './grammar-en-day.ts'
import { anyYearAt, gluedHyphen, numberAt, ordinalAt, spelledYearAt, w, yearAt } from './cursor.ts'

/** Words before a four-digit number that make it a quantity, not a year. */
const NOT_YEAR_BEFORE = new Set(['$', '£', '€', '#', 'no', 'number', 'nos', 'than', 'flight', 'route', 'room', 'page', 'rule', 'section', 'model'])
/** Words after a four-digit number that make it a count: "1500 troops". */
const NOT_YEAR_AFTER = new Set([
  '%', 'percent', 'people', 'persons', 'men', 'women', 'children', 'troops', 'soldiers',
  'shares', 'tons', 'miles', 'feet', 'meters', 'metres', 'km', 'kilometers', 'dollars', 'yen',
  'marks', 'francs', 'pounds', 'cars', 'jobs', 'workers', 'employees', 'points', 'acres',
  'barrels', 'units', 'homes', 'houses', 'votes', 'deaths', 'cases', 'hours', 'words', 'pages',
  'copies', 'students', 'members', 'residents', 'refugees', 'victims', 'rounds', 'x', 'per',
  'kg', 'lb', 'mph', 'hp', 'cc', 'bc', ':',
])

const UNIT_GRAIN: Record<Unit, SpecGrain> = {
  second: 'duration', minute: 'duration', hour: 'duration', day: 'day', week: 'week',
  weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade',
  century: 'century',
}

/** A duration value: P3W, PT5H, P1DE, PXY for "several years". */
export function durationValue(n: number, unit: Unit): string {
  const q = Number.isNaN(n) ? 'X' : String(n)
  if (unit === 'hour' || unit === 'minute' || unit === 'second') return `PT${q}${UNIT_LETTER[unit]}`
  if (unit === 'weekend') return `P${q}WE`
  return `P${q}${UNIT_LETTER[unit]}`
}

/** A four-digit year that is not a quantity. */
export function parseYear(T: Tok[], i: number): Match | null {
  let j = i
  const fiscal = w(T, j) === 'fiscal'
  if (fiscal) j++
  if (fiscal && w(T, j) === 'year') j++
  const y = yearAt(T, j)
  if (y === null) {
    if (fiscal && T[j]?.k === 'yy') return { end: j + 1, x: { type: 'DATE', grain: 'year', yy: T[j].n } }
    return null
  }
  if (!fiscal) {
    const prev = T[j - 1]
    if (prev && NOT_YEAR_BEFORE.has(prev.w)) return null
    const next = T[j + 1]
    if (next && NOT_YEAR_AFTER.has(next.w)) return null
  }
  return { end: j + 1, x: { type: 'DATE', grain: 'year', y } }
}

/** "the 1980s", "the '80s", "the 20th century". */
export function parseDecade(T: Tok[], i: number): Match | null {
  const t = T[i]
  if (t?.k === 'ds') {
    const four = t.w.length === 5
    if (four && (t.n < 1000 || t.n > 2090 || t.n % 10 !== 0)) return null
    if (!four && t.n % 10 !== 0) return null
    const decade = four ? t.n / 10 : (t.n >= 30 ? 190 : 200) + t.n / 10
    return { end: i + 1, x: { type: 'DATE', grain: 'decade', decade }, det: true }
  }
  const o = ordinalAt(T, i)
  if (o && o.n >= 1 && o.n <= 21 && w(T, o.end) === 'century') {
    return { end: o.end + 1, x: { type: 'DATE', grain: 'century', century: o.n - 1 }, det: true }
  }
  return null
}

/** An ordinal quarter or half: "third quarter", "third-quarter", "first half", "Q3". */
function quarterCore(T: Tok[], i: number): { q?: number; half?: number; end: number; adjective?: boolean } | null {
  const t = T[i]
  if (t?.k === 'w' && t.w === 'q' && t.cap && T[i + 1]?.k === 'n' && !T[i + 1].sp && T[i + 1].n >= 1 && T[i + 1].n <= 4) {
    return { q: T[i + 1].n, end: i + 2 }
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
    // "of 1990", "of fiscal 1990", "of this year", ", 1990"
    let k = j
    if (w(T, k) === 'of' || w(T, k) === ',') {
      k++
      if (w(T, k) === 'fiscal') k++
      const y2 = yearAt(T, k)
      if (y2 !== null && x.y === undefined && x.yearShift === undefined) {
        x.y = y2
        j = k + 1
      } else if (w(T, j) === 'of' && (w(T, k) === 'this' || w(T, k) === 'last' || w(T, k) === 'next') && w(T, k + 1) === 'year') {
        x.yearShift = w(T, k) === 'this' ? 0 : w(T, k) === 'last' ? -1 : 1
        j = k + 2
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

const DET_SHIFT: ReadonlyMap<string, number> = new Map([
  ['this', 0], ['current', 0], ['last', -1], ['past', -1], ['previous', -1], ['next', 1],
  ['coming', 1], ['following', 1], ['same', 0], ['that', 0],
])
const ANAPHORIC_DETS = new Set(['following', 'same', 'that'])

/** "last week", "this month", "next year", "the past three years", "last August", "last night". */
export function parseDeterminer(T: Tok[], i: number): Match | null {
  let det = w(T, i)
  let j = i + 1
  if (det === 'this' && (w(T, j) === 'past' || w(T, j) === 'coming')) {
    det = w(T, j) === 'past' ? 'last' : 'next'
    j++
  }
  const n = DET_SHIFT.get(det)
  if (n === undefined) return null
  const anaphoric = ANAPHORIC_DETS.has(det)
  const dir = n < 0 ? 'last' : n > 0 ? 'next' : 'this'
  const word = w(T, j)
  const t = T[j]
  if (!t) return null
  // a count: "the past three years" is a duration
  const num = numberAt(T, j)
  if (num && n !== 0 && !anaphoric && t.w !== 'a' && t.w !== 'an') {
    const uw = w(T, num.end)
    const u = UNITS.get(uw)
    if (u && (Number.isNaN(num.n) || t.k === 'n' || (num.n === 1) !== uw.endsWith('s'))) {
      // "in the last few months" is a stretch of the past, "for the past few weeks" a length
      const lead = w(T, w(T, i - 1) === 'the' ? i - 2 : i - 1)
      if (Number.isNaN(num.n) && n < 0 && lead !== 'for') {
        return { end: num.end + 1, x: { type: 'DATE', grain: 'ref', value: 'PAST_REF' }, det: true }
      }
      return { end: num.end + 1, x: { type: 'DURATION', grain: 'duration', value: durationValue(num.n, u) }, det: true }
    }
  }
  const unit = UNITS.get(word)
  if (unit && !word.endsWith('s') && unit !== 'second' && unit !== 'minute' && unit !== 'hour') {
    if (t.cap) return null // "This Week", a programme's name
    if (unit === 'day' && !anaphoric && det !== 'next' && det !== 'previous') return null
    const x: Spec = { type: 'DATE', grain: UNIT_GRAIN[unit], shift: { unit, n }, anaphoric: anaphoric || undefined }
    if (unit === 'day' && det === 'next') x.anaphoric = true
    if (unit === 'day' && det === 'previous') x.anaphoric = true
    return { end: j + 1, x, det: true }
  }
  const pod = PARTS_OF_DAY.get(word)
  if (pod !== undefined) {
    // "last night" is the night before; "this morning" today's; "that night" the last mentioned day's
    const dn = det === 'last' && pod === 'NI' ? -1 : det === 'next' || det === 'following' ? 1 : 0
    if (dn === 0 && det !== 'this' && !anaphoric) return null
    return { end: j + 1, x: { type: 'TIME', grain: 'pod', pod, shift: { unit: 'day', n: dn }, anaphoric: anaphoric || det === 'next' || undefined }, det: true }
  }
  if ((anaphoric && det !== 'following') || det === 'current') return null
  const md = parseMonthDay(T, j)
  if (md && !md.parts && md.x.y === undefined) return { end: md.end, x: { ...md.x, dir } } // "last Oct. 23"
  if (t.cap && MONTHS.has(word) && (t.w.length > 3 || t.e - t.s > 3)) {
    return { end: j + 1, x: { type: 'DATE', grain: 'month', m: MONTHS.get(word), dir } }
  }
  if (t.cap && WEEKDAYS.has(word) && word.endsWith('day')) {
    // "the previous Friday" counts back from the day last mentioned, "last Friday" from the story's
    const rel = det === 'previous' || det === 'following' ? true : undefined
    return { end: j + 1, x: { type: 'DATE', grain: 'day', wd: WEEKDAYS.get(word), dir, anaphoric: rel } }
  }
  const season = SEASONS.get(word)
  if (season !== undefined) return { end: j + 1, x: { type: 'DATE', grain: 'season', season, dir } }
  return null
}

/** "summer 1998", "the winter of 1994", "the summer" (not "the fall", which is a noun). */
export function parseSeason(T: Tok[], i: number): Match | null {
  const season = SEASONS.get(w(T, i))
  if (season === undefined) return null
  const yr = anyYearAt(T, i + 1) ?? (w(T, i + 1) === 'of' ? anyYearAt(T, i + 2) : null)
  if (yr !== null) return { end: yr.end, x: { type: 'DATE', grain: 'season', season, y: yr.y }, det: true }
  if (season === 'FA') return null
  return { end: i + 1, x: { type: 'DATE', grain: 'season', season }, det: true, needsThe: true }
}

const APPROX = new Set(['almost', 'nearly', 'about', 'some', 'roughly', 'around', 'just', 'only', 'over'])

/** "a year ago", "two weeks earlier", "five years later", "three weeks" (a duration). */
export function parseCount(T: Tok[], i: number): Match | null {
  let j = i
  if (APPROX.has(w(T, j))) j++
  else if ((w(T, j) === 'more' || w(T, j) === 'less') && w(T, j + 1) === 'than') j += 2
  const num = numberAt(T, j)
  if (!num) return null
  let k = num.end
  if (gluedHyphen(T, k)) {
    // "five-year", "two-week": an adjectival duration
    const u = UNITS.get(w(T, k + 1))
    if (u && !w(T, k + 1).endsWith('s') && !Number.isNaN(num.n) && T[j].w !== 'a') {
      return { end: k + 2, x: { type: 'DURATION', grain: 'duration', value: durationValue(num.n, u) } }
    }
    return null
  }
  const unitWord = w(T, k)
  const unit = UNITS.get(unitWord)
  if (!unit) return null
  const plural = unitWord.endsWith('s') || unitWord === 'centuries'
  if (!Number.isNaN(num.n) && (num.n === 1) === plural && T[j].k !== 'n') return null // "two year", "a years"
  k++
  if (w(T, k) === 'or' && w(T, k + 1) === 'so') k += 2
  const after = w(T, k)
  const n = num.n
  const vague = Number.isNaN(n)
  if (after === 'ago' || after === 'earlier' || after === 'before' || after === 'later' || (after === 'from' && w(T, k + 1) === 'now')) {
    if (unit === 'second' || unit === 'minute' || unit === 'hour') return null
    const end = after === 'from' ? k + 2 : k + 1
    if (vague) return { end, x: { type: 'DATE', grain: 'ref', value: after === 'later' || after === 'from' ? 'FUTURE_REF' : 'PAST_REF' } }
    const sign = after === 'ago' || after === 'earlier' || after === 'before' ? -1 : 1
    const x: Spec = { type: 'DATE', grain: UNIT_GRAIN[unit], shift: { unit, n: sign * n } }
    if (after === 'earlier' || after === 'before' || after === 'later') x.anaphoric = true
    if (unit === 'year' && n === 1) x.inherit = true
    return { end, x }
  }
  if (T[j].w === 'a' || T[j].w === 'an') {
    // "a year" alone is more often "$5 a year" or "once a year" than a duration
    if (T[j - 1] && (T[j - 1].k === 'n' || T[j - 1].k === 'num' || T[j - 1].w === 'times' || T[j - 1].w === 'twice' || T[j - 1].w === 'once')) {
      return { end: k, x: { type: 'SET', grain: 'set', value: durationValue(1, unit) } }
    }
    if (w(T, j - 1) !== 'for' && w(T, j - 1) !== 'about' && w(T, j - 1) !== 'nearly' && w(T, j - 1) !== 'than') return null
  }
  return { end: k, x: { type: 'DURATION', grain: 'duration', value: durationValue(n, unit) } }
}

/** Words that name the present, past or future without a date. */
const REF_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'], ['recently', 'PAST_REF'], ['lately', 'PAST_REF'],
  ['soon', 'FUTURE_REF'],
])

const PLURAL_PERIODS = new Set(['years', 'months', 'weeks', 'days', 'times', 'decades', 'quarters'])
/** Adjectives TimeBank marks as a reference to the present, past or future. */
const ADJECTIVE_REFS: ReadonlyMap<string, string> = new Map([
  ['current', 'PRESENT_REF'], ['recent', 'PAST_REF'],
])
/** Nouns after which those adjectives are not temporal ("current account", "future contracts"). */
const NOT_REF_NOUNS = new Set([
  'account', 'accounts', 'assets', 'liabilities', 'contract', 'contracts', 'contracts', 'prices',
  'price', 'generations', 'delivery', 'market', 'markets', 'trading', 'and', 'or', 'of', 'to',
  'in', 'at', 'for', 'with', 'is', 'was', 'a', 'the', 'as', 'from', 'flows', 'flow', 'events',
  'history', 'past', 'date', 'dates', 'exchange', 'options', 'option', 'coupon', 'yield',
  'yields', 'high', 'low', 'highs', 'lows',
])

const FUTURE_MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'shall', 'should', 'll'])

export function parseRef(T: Tok[], i: number): Match | null {
  const word = w(T, i)
  const ref = REF_WORDS.get(word)
  if (ref !== undefined && T[i].k === 'w') {
    if (word === 'soon' && (w(T, i - 1) === 'as' || w(T, i + 1) === 'after' || w(T, i + 1) === 'afterward')) return null
    if (word === 'now' && w(T, i - 1) === 'right') return null // taken from "right"
    if (word === 'now' && T[i].cap && w(T, i + 1) === ',') return null // "Now, he says": a discourse marker
    return { end: i + 1, x: { type: 'DATE', grain: 'ref', value: ref } }
  }
  if (word === 'right' && w(T, i + 1) === 'now') return { end: i + 2, x: { type: 'DATE', grain: 'ref', value: 'PRESENT_REF' } }
  if (word === 'these' && w(T, i + 1) === 'days') return { end: i + 2, x: { type: 'DATE', grain: 'ref', value: 'PRESENT_REF' } }
  const next = T[i + 1]
  if ((word === 'recent' || word === 'past' || word === 'coming' || word === 'future') && next && PLURAL_PERIODS.has(next.w)) {
    // "recent years", "past years", "coming months", "future quarters"
    const value = word === 'coming' || word === 'future' ? 'FUTURE_REF' : 'PAST_REF'
    return { end: i + 2, x: { type: 'DATE', grain: 'ref', value } }
  }
  if (ADJECTIVE_REFS.has(word) && next && next.k === 'w' && !next.cap && !NOT_REF_NOUNS.has(next.w) && !UNITS.has(next.w)) {
    // "the current weakness", "a recent SEC filing", "future demand": the adjective alone
    const prev = w(T, i - 1)
    if (prev !== 'then' && prev !== 'most' && prev !== 'more') {
      return { end: i + 1, x: { type: 'DATE', grain: 'ref', value: ADJECTIVE_REFS.get(word) as string } }
    }
  }
  // "the near term", "the short term" (the noun, not "short-term debt"): the coming months
  if ((word === 'near' || word === 'short' || word === 'long') && w(T, i + 1) === 'term' && T[i + 1].sp) {
    return { end: i + 2, x: { type: 'DATE', grain: 'ref', value: 'FUTURE_REF' }, det: true, needsThe: true }
  }
  // "at a later date", "at a future date"
  if ((word === 'a' || word === 'some') && (w(T, i + 1) === 'later' || w(T, i + 1) === 'future') && w(T, i + 2) === 'date') {
    return { end: i + 3, x: { type: 'DATE', grain: 'ref', value: 'FUTURE_REF' } }
  }
  // "will one day be": a modal makes "one day" the future, not a day's duration
  if (word === 'one' && w(T, i + 1) === 'day' && FUTURE_MODALS.has(w(T, i - 1))) {
    return { end: i + 2, x: { type: 'DATE', grain: 'ref', value: 'FUTURE_REF' } }
  }
  // "the future", "the near future", "the past" (not "the past three years")
  if (word === 'future' || ((word === 'near' || word === 'distant' || word === 'immediate') && w(T, i + 1) === 'future')) {
    const end = word === 'future' ? i + 1 : i + 2
    return { end, x: { type: 'DATE', grain: 'ref', value: 'FUTURE_REF' }, det: true, needsThe: true }
  }
  if (word === 'past') {
    const next = T[i + 1]
    if (next && (next.k === 'w' && (UNITS.has(next.w) || numberAt(T, i + 1) || MONTHS.has(next.w) || WEEKDAYS.has(next.w) || SEASONS.has(next.w) || next.w === 'decade'))) return null
    return { end: i + 1, x: { type: 'DATE', grain: 'ref', value: 'PAST_REF' }, det: true, needsThe: true }
  }
  return null
}

/** Sets: "every Monday", "each year", "daily", "weekly". */
const SET_WORDS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['annually', 'P1Y'], ['yearly', 'P1Y'],
  ['nightly', 'P1D'], ['hourly', 'PT1H'],
])

export function parseSet(T: Tok[], i: number): Match | null {
  const word = w(T, i)
  const v = SET_WORDS.get(word)
  if (v !== undefined) return { end: i + 1, x: { type: 'SET', grain: 'set', value: v } }
  if (word !== 'every' && word !== 'each') return null
  const next = T[i + 1]
  if (!next) return null
  const unit = UNITS.get(next.w)
  if (unit && !next.w.endsWith('s')) return { end: i + 2, x: { type: 'SET', grain: 'set', value: durationValue(1, unit) } }
  const wd = next.cap ? WEEKDAYS.get(next.w) : undefined
  if (wd !== undefined && next.w.endsWith('day')) return { end: i + 2, x: { type: 'SET', grain: 'set', value: `XXXX-WXX-${wd + 1}` } }
  const m = next.cap ? MONTHS.get(next.w) : undefined
  if (m !== undefined && next.w.length > 3) return { end: i + 2, x: { type: 'SET', grain: 'set', value: `XXXX-${String(m).padStart(2, '0')}` } }
  const pod = PARTS_OF_DAY.get(next.w)
  if (pod !== undefined) return { end: i + 2, x: { type: 'SET', grain: 'set', value: `TXX${pod}`.replace('TXX', 'XXXX-XX-XXT') } }
  return null
}


/** "the year", "the full year", "the current fiscal year", "the year two thousand". */
export function parseTheYear(T: Tok[], i: number): Match | null {
  let j = i
  let n = 0
  while (YEAR_ADJECTIVES.has(w(T, j))) {
    if (w(T, j) === 'latest') n = -1
    j++
  }
  if (w(T, j) !== 'year' || T[j].cap) return null
  const yr = anyYearAt(T, j + 1)
  if (yr) return { end: yr.end, x: { type: 'DATE', grain: 'year', y: yr.y }, det: true, needsThe: true }
  const next = T[j + 1]
  if (next && (next.w === '-' || next.k === 'pos' || next.w === 'end' || next.w === 'ago' || next.w === 'earlier')) return null
  return { end: j + 1, x: { type: 'DATE', grain: 'year', shift: { unit: 'year', n } }, det: true, needsThe: true }
}
const YEAR_ADJECTIVES = new Set(['full', 'current', 'fiscal', 'latest', 'entire', 'whole', 'calendar'])

/** "year-end", "year end", "year's end": the end of the reference year. */
export function parseYearEnd(T: Tok[], i: number): Match | null {
  if (w(T, i) !== 'year') return null
  const j = gluedHyphen(T, i + 1) || T[i + 1]?.k === 'pos' ? i + 2 : i + 1
  if (w(T, j) !== 'end') return null
  return { end: j + 1, x: { type: 'DATE', grain: 'year', shift: { unit: 'year', n: 0 }, mod: 'END' }, det: true }
}

/** "the weekend": the one just past, or the coming one under future tense. */
export function parseWeekend(T: Tok[], i: number): Match | null {
  if (w(T, i) !== 'weekend') return null
  return { end: i + 1, x: { type: 'DATE', grain: 'weekend' }, det: true, needsThe: true }
}

const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6],
  ['seventies', 7], ['eighties', 8], ['nineties', 9],
])

/** Years and decades in words: "nineteen ninety-six", "the nineties". */
export function parseSpelledYear(T: Tok[], i: number): Match | null {
  const d = DECADE_WORDS.get(w(T, i))
  if (d !== undefined) return { end: i + 1, x: { type: 'DATE', grain: 'decade', decade: 190 + d }, det: true, needsThe: true }
  if (w(T, i) !== 'nineteen') return null
  const yr = spelledYearAt(T, i)
  if (!yr || NOT_YEAR_AFTER.has(w(T, yr.end))) return null
  return { end: yr.end, x: { type: 'DATE', grain: 'year', y: yr.y } }
}
