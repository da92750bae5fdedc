// The English date grammar's entry point: at a token, the longest temporal expression starting
// there, with its leading "the" and modifier ("early", "mid-", "the end of", "earlier this").

import type { Tok } from './tokenize-window.ts'
import type { Match, Mod, Spec } from './spec.ts'
import { UNITS } from './lexicon-en.ts'
import { gluedHyphen, w } from './cursor.ts'
import { parseDayWithPart, parseMonth, parseMonthDay, parsePartOfDay, parseTime } from './grammar-en-day.ts'
import {
  parseCount, parseDecade, parseDeterminer, parseSeason,
  parseSpelledYear, parseTheYear, parseWeekend, parseYear, parseYearEnd,
} from './grammar-en-period.ts'
import { parseHoliday } from './grammar-en-holiday.ts'
import { parseRef, parseSet } from './grammar-en-ref.ts'
import { parseQuarter } from './grammar-en-quarter.ts'

const PREFIX_MODS: ReadonlyMap<string, Mod> = new Map([
  ['early', 'START'], ['late', 'END'], ['mid', 'MID'], ['middle', 'MID'],
])
const OF_MODS: ReadonlyMap<string, Mod> = new Map([
  ['end', 'END'], ['beginning', 'START'], ['start', 'START'], ['middle', 'MID'],
])

const PARSERS = [
  parseTime, parseDayWithPart, parseMonth, parseDeterminer, parseQuarter, parseYear,
  parseDecade, parseSeason, parseRef, parseCount, parseSet, parseHoliday, parseTheYear,
  parseYearEnd, parseWeekend, parseSpelledYear, parsePartOfDay,
]

/** The longest expression any parser finds at i (the first parser wins a tie). */
function parseCore(T: Tok[], i: number): Match | null {
  let best: Match | null = null
  for (const p of PARSERS) {
    const m = p(T, i)
    if (m && (!best || m.end > best.end)) best = m
  }
  return best
}

const withMod = (m: Match, mod: Mod): Match =>
  m.x.type === 'DATE' || m.x.type === 'TIME' ? { ...m, x: { ...m.x, mod }, parts: undefined } : m

/** The longest temporal expression that starts at token i, or null. */
export function parseAt(T: Tok[], i: number): Match | null {
  let j = i
  const the = w(T, j) === 'the'
  if (the) j++
  // "the end of 1990", "the beginning of the month"
  const ofMod = the ? OF_MODS.get(w(T, j)) : undefined
  if (ofMod !== undefined && w(T, j + 1) === 'of') {
    j += 2
    const unit = w(T, j) === 'the' ? UNITS.get(w(T, j + 1)) : undefined
    if (unit && !w(T, j + 1).endsWith('s') && unit !== 'day' && unit !== 'hour') {
      const x: Spec = { type: 'DATE', grain: unit === 'weekend' ? 'weekend' : unit === 'week' ? 'week' : unit === 'month' ? 'month' : unit === 'quarter' ? 'quarter' : 'year', shift: { unit, n: 0 }, mod: ofMod }
      return { end: j + 2, x }
    }
    const inner = parseAt(T, j)
    return inner && (inner.x.type === 'DATE' || inner.x.type === 'TIME') ? withMod(inner, ofMod) : null
  }
  // "the week of March 6": the ISO week that day falls in
  if (the && w(T, j) === 'week' && w(T, j + 1) === 'of') {
    const md = parseMonthDay(T, j + 2)
    if (md && !md.parts) return { end: md.end, x: { ...md.x, grain: 'week' } }
  }
  let mod: Mod | undefined
  const pm = PREFIX_MODS.get(w(T, j))
  if (pm !== undefined) {
    mod = pm
    j += gluedHyphen(T, j + 1) ? 2 : 1
  } else if ((w(T, j) === 'earlier' || w(T, j) === 'later') && !the) {
    const next = w(T, j + 1)
    const m2: Mod = w(T, j) === 'earlier' ? 'START' : 'END'
    if (next === 'this' || next === 'that' || next === 'last' || next === 'next' || next === 'today' || next === 'yesterday' || next === 'tonight') {
      mod = m2
      j++
    } else if (next === 'in' && w(T, j + 2) === 'the') {
      // "earlier in the year": the reference's own year, week or month
      const unit = UNITS.get(w(T, j + 3))
      if (unit === 'year' || unit === 'month' || unit === 'week' || unit === 'day') {
        const grain = unit === 'day' ? 'day' : unit
        return { end: j + 4, x: { type: 'DATE', grain, shift: { unit, n: 0 }, mod: m2 } }
      }
    }
  }
  const core = parseCore(T, j)
  if (!core) return null
  if (the && !core.det) return null
  if (!the && core.needsThe && mod === undefined) return null // "the morning", "mid-afternoon"
  if (mod !== undefined) {
    if (core.x.type !== 'DATE' && core.x.type !== 'TIME') return null
    return withMod(core, mod)
  }
  return core
}
