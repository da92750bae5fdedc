// Finds the dates and times in a story and resolves each to a TimeML value against the publish
// date. English goes through our own grammar; French, Portuguese, Spanish, German and other
// chrono-node locales through chrono, normalised the same way. Linear in the text: a cheap scan
// for date-ish words, then the grammar only in a small window around each.

import type { DateMention } from './types.ts'
import { tokenizeWindow, type Tok } from './dates/tokenize-window.ts'
import { parseAt } from './dates/grammar-en.ts'
import { resolveSpec, type DocState } from './dates/resolve.ts'
import { cueBefore, tenseAround, type Tense, type Work } from './dates/tense.ts'
import { parseIsoDate, resolveReference } from './dates/reference.ts'
import type { Ymd } from './dates/calendar.ts'
import { datelineDay } from './dates/dateline.ts'
import { findDatesChrono, chronoLocale } from './dates/find-dates-chrono.ts'
import type { Match, Spec } from './dates/spec.ts'

export { resolveReference, type Reference, type ReferenceSource } from './dates/reference.ts'

export interface FindDatesOptions {
  /** Publish date, ISO 8601 (date or date-time; its calendar date is used as written). */
  published: string | null
  /** BCP-47 language tag ("en", "fr", "pt-BR"); English when absent. */
  lang?: string | null
  /** Today, ISO 8601: the reference when there is no publish date. */
  today?: string
  /**
   * Counts the English pass's work (trigger words, code units tokenized in windows, grammar
   * attempts, code units the tense cues read), for the tests that prove it linear.
   */
  work?: Work
}

/** Characters of context kept before a trigger word: room for "the end of early …". */
const LEFT_WINDOW = 40
/** Characters after a trigger word: room for "Thursday, Nov. 6, 1989" and the like. */
const RIGHT_WINDOW = 56
/** Tokens before the trigger where an expression may begin ("the", "early", "a", "last"). */
const MAX_LEAD_TOKENS = 6

/** Words (and digits) that every English temporal expression contains at least one of. */
const TRIGGER = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|tonight|tomorrow|yesterday|now|then|nowadays|current(?:ly)?|presently|recent(?:ly)?|lately|previously|formerly|soon|future|past|seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|half|years?|decades?|century|centuries|fortnight|morning|afternoon|evening|night|overnight|noon|midnight|midday|spring|summer|fall|autumn|winter|period|term|date|daily|weekly|monthly|annually|yearly|nightly|hourly|christmas|thanksgiving|easter|halloween|nineteen|thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|\d+/gi

const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0

/**
 * Words that may open an expression without being trigger words themselves ("the third
 * quarter", "early next year", "a year ago"). Trigger words before the anchor were tried as
 * anchors already.
 */
const LEAD_WORDS = new Set([
  'the', 'a', 'an', 'early', 'late', 'mid', 'middle', 'earlier', 'later', 'last', 'this', 'next',
  'past', 'previous', 'prior', 'preceding', 'coming', 'current', 'following', 'same', 'that', 'these', 'fiscal',
  'almost', 'nearly', 'about', 'some', 'roughly', 'around', 'just', 'only', 'over', 'more',
  'less', 'every', 'each', 'several', 'few', 'couple', 'right', 'near', 'distant', 'immediate',
  'first', 'second', 'third', 'fourth', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'new', 'labor', 'memorial', 'election',
  'independence', 'valentine', 'veterans', 'mother', 'father', 'presidents', 'martin', 'boxing',
  'bastille', 'q', 'h', 'full', 'entire', 'whole', 'calendar', 'recent', 'most', 'comparable', 'latest',
])

const isDigitCode = (c: number) => c >= 48 && c <= 57

/** A digit run that is plainly a quantity ("$2.50", "1,990", "12%", "3.5"): no date in it. */
function isQuantity(text: string, s: number, e: number): boolean {
  const before = text.charCodeAt(s - 1)
  if (before === 36 || before === 0xa3 || before === 0x20ac || before === 35) return true // $ £ € #
  if ((before === 44 || before === 46) && isDigitCode(text.charCodeAt(s - 2))) return true
  const after = text.charCodeAt(e)
  if (after === 37) return true // %
  return (after === 44 || after === 46) && isDigitCode(text.charCodeAt(e + 1))
}

/** The match covering token `a`, starting as far left as possible, and where it starts. */
function matchCovering(T: Tok[], a: number, work?: Work): { from: number; m: Match } | null {
  for (let i = Math.max(0, a - MAX_LEAD_TOKENS); i <= a; i++) {
    if (i < a && !LEAD_WORDS.has(T[i].w)) continue
    if (work) work.steps++
    const m = parseAt(T, i)
    if (m && m.end > a) return { from: i, m }
  }
  return null
}

function remember(st: DocState, value: string, at: number, ref: Ymd | null): void {
  const q = /^(\d{4})-Q(\d)$/.exec(value)
  if (q) {
    const y = Number(q[1])
    const n = Number(q[2])
    // Earnings stories compare the quarter just reported: an outlook for the current or a
    // coming quarter ("into the fourth quarter") does not displace a past one named before.
    const ahead = ref !== null && y * 4 + n >= ref.y * 4 + Math.ceil(ref.m / 3)
    if (!ahead || !st.lastQuarter) st.lastQuarter = { y, q: n }
    st.lastQuarterAt = at
    st.last = { y: Number(q[1]), m: Number(q[2]) * 3 - 2 }
    return
  }
  const d = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value)
  if (!d) return
  st.last = { y: Number(d[1]), m: d[2] ? Number(d[2]) : undefined, d: d[3] ? Number(d[3]) : undefined }
}

/**
 * A period of a year or most of one ("the nine months", "the first half", "the year"): after
 * it, an earnings story's "a year earlier" compares that period, not the quarter.
 */
function isYearPeriod(x: Spec, value: string): boolean {
  if (x.type === 'DURATION') return value === 'P9M' || value === 'P6M' || value === 'P1Y'
  return x.grain === 'half' || (x.grain === 'year' && !x.inherit && x.shift?.n === 0)
}

/** English: scan for trigger words, parse a window around each, resolve in text order. */
function findDatesEnglish(text: string, published: ReturnType<typeof parseIsoDate>, work?: Work): DateMention[] {
  const ref = datelineDay(text, published) ?? published
  const out: DateMention[] = []
  const st: DocState = { last: null, lastQuarter: null, lastQuarterAt: 0, yearPeriodAt: -1, otherAt: -1, at: 0 }
  let consumed = 0
  const re = TRIGGER // shared: findDates runs to completion before anyone else uses it
  re.lastIndex = 0
  if (work) work.steps += text.length // the trigger scan: one pass of bounded alternatives
  for (let t = re.exec(text); t; t = re.exec(text)) {
    const p = t.index
    if (work) work.steps += t[0].length
    if (p < consumed) continue
    if (isDigitCode(text.charCodeAt(p)) && isQuantity(text, p, p + t[0].length)) continue
    let ws = Math.max(consumed, p - LEFT_WINDOW)
    while (ws > consumed && ws < p && isWordChar(text.charCodeAt(ws - 1))) ws++ // no half words
    let we = Math.min(text.length, p + t[0].length + RIGHT_WINDOW)
    while (we < text.length && we < p + RIGHT_WINDOW * 2 && isWordChar(text.charCodeAt(we))) we++
    const T = tokenizeWindow(text, ws, we)
    if (work) work.steps += we - ws
    let a = 0
    while (a < T.length && T[a].e <= p) a++
    if (a >= T.length) continue
    const found = matchCovering(T, a, work)
    if (!found) continue
    const m = found.m
    const pieces: Array<{ from: number; to: number; x: Spec }> = m.parts ?? [{ from: found.from, to: m.end, x: m.x }]
    for (const piece of pieces) {
      const start = T[piece.from].s
      const end = T[piece.to - 1].e
      let tense: Tense | undefined
      const getTense = () => (tense === undefined ? (tense = tenseAround(text, start, end, work)) : tense)
      st.at = start
      const r = resolveSpec(piece.x, ref, getTense, st, (month) => cueBefore(text, start, month))
      if (!r) continue
      const isDate = r.type === 'DATE' || r.type === 'TIME'
      if (isDate && !piece.x.inherit) remember(st, r.value, start, ref)
      if (isYearPeriod(piece.x, r.value)) st.yearPeriodAt = start
      else if (isDate && !piece.x.inherit && r.grain !== 'quarter' && r.grain !== 'ref') st.otherAt = start
      out.push({ start, end, type: r.type, value: r.value, grain: r.grain })
    }
    consumed = T[m.end - 1].e
    re.lastIndex = Math.max(re.lastIndex, consumed)
  }
  return out
}

/**
 * Every temporal expression in `text`, with its TimeML value resolved against the publish date
 * (or, without one, `today`; with neither, relative expressions keep unknown parts as X).
 * Spans exclude leading prepositions; offsets are UTF-16 code units. Never throws on odd input.
 */
export function findDates(text: string, opts: FindDatesOptions): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const reference = resolveReference(opts.published, opts.today ?? null)
  const ref = parseIsoDate(reference.date)
  try {
    const locale = chronoLocale(opts.lang)
    return locale ? findDatesChrono(text, ref, locale) : findDatesEnglish(text, ref, opts.work)
  } catch {
    return [] // a bug must not take the analysis down with it: no dates rather than wrong ones
  }
}
