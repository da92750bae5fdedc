// English expressions of periods and deixis: "last week", "this month", "next year", "fiscal
// 1989", "1998", "the 1980s", "the 20th century", "last August", "this summer", "a year ago",
// "two weeks earlier". Quarters are in grammar-en-quarter.ts, REF words and sets in
// grammar-en-ref.ts.

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

const DET_SHIFT: ReadonlyMap<string, number> = new Map([
  ['this', 0], ['current', 0], ['last', -1], ['past', -1], ['previous', -1], ['prior', -1],
  ['preceding', -1], ['next', 1], ['coming', 1], ['following', 1], ['same', 0], ['that', 0],
])
const ANAPHORIC_DETS = new Set(['following', 'same', 'that'])
/** "The previous year", "the prior month": a unit back from the date last mentioned. */
const BACK_DETS = new Set(['previous', 'prior', 'preceding'])

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
    if (unit === 'day' && !anaphoric && det !== 'next' && !BACK_DETS.has(det)) return null
    const x: Spec = { type: 'DATE', grain: UNIT_GRAIN[unit], shift: { unit, n }, anaphoric: anaphoric || undefined }
    if ((unit === 'day' && det === 'next') || BACK_DETS.has(det)) x.anaphoric = true
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
    const rel = BACK_DETS.has(det) || det === 'following' ? true : undefined
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
