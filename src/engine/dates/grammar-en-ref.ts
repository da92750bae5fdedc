// English expressions that name no date but point at one: the present, past or future
// ("now", "recently", "the future", "in the near term") and sets ("every Monday", "daily").

import type { Tok } from './tokenize-window.ts'
import type { Match } from './spec.ts'
import { MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS } from './lexicon-en.ts'
import { numberAt, w } from './cursor.ts'
import { durationValue } from './grammar-en-period.ts'

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
  // "until then", "by then": the date last mentioned ("since then" TimeML leaves unmarked)
  if (word === 'then' && (w(T, i - 1) === 'until' || w(T, i - 1) === 'till' || w(T, i - 1) === 'by')) {
    return { end: i + 1, x: { type: 'DATE', grain: 'day', anaphoric: true, lastMentioned: true } }
  }
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
