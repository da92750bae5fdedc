// Dates in French, Portuguese, Spanish, German, Italian and Dutch stories, through chrono-node's
// parsers, normalised to TimeML values the way the English grammar does: the finest component
// the text states, a bare weekday on or before the publish date, leading prepositions out.
// Bare years, which chrono does not parse, are added here.

import * as de from 'chrono-node/de'
import * as es from 'chrono-node/es'
import * as fr from 'chrono-node/fr'
import * as it from 'chrono-node/it'
import * as nl from 'chrono-node/nl'
import * as pt from 'chrono-node/pt'
import type { DateMention } from '../types.ts'
import { addDays, dayValue, isValidDate, monthValue, pad2, pad4, weekValue, weekday, type Ymd } from './calendar.ts'

type ChronoLocale = Pick<typeof fr, 'parse'>
export interface LocaleRules {
  chrono: ChronoLocale
  /** Leading words chrono keeps that TimeML extents leave out. */
  lead: RegExp
  /** Words for week, month and year: a relative expression's grain ("la semaine dernière"). */
  week: RegExp
  month: RegExp
  year: RegExp
}

const LOCALES: Record<string, LocaleRules> = {
  fr: {
    chrono: fr,
    lead: /^(?:(?:le|la|les|l'|l’|en|depuis|dès|des|à|au|aux|du|de|d'|d’|jusqu'(?:au|à)|jusqu’(?:au|à)|avant|après|pour|vers|dans|entre|ce|cet)\s*)+/i,
    week: /\bsemaines?\b/i, month: /\bmois\b/i, year: /\b(?:ans?|années?)\b/i,
  },
  pt: {
    chrono: pt,
    lead: /^(?:(?:o|a|os|as|em|no|na|nos|nas|de|do|da|desde|até|ao|à|às|para|por|entre|dia)\s+)+/i,
    week: /\bsemanas?\b/i, month: /\bm[eê]s(?:es)?\b/i, year: /\banos?\b/i,
  },
  es: {
    chrono: es,
    lead: /^(?:(?:el|la|los|las|en|de|del|desde|hasta|a|al|para|por|entre|día)\s+)+/i,
    week: /\bsemanas?\b/i, month: /\bmes(?:es)?\b/i, year: /\baños?\b/i,
  },
  de: {
    chrono: de,
    lead: /^(?:(?:am|im|um|an|in|seit|ab|bis|vom|zum|zur|von|vor|nach|für|gegen|der|die|das|dem|den)\s+)+/i,
    week: /\bwoche\b/i, month: /\bmonat\b/i, year: /\bjahr\b/i,
  },
  it: {
    chrono: it,
    lead: /^(?:(?:il|lo|la|l'|l’|i|gli|le|in|nel|nella|di|del|della|da|dal|dalla|dall'|fino\s+al|a|al|alla|per|tra|fra)\s*)+/i,
    week: /\bsettimana\b/i, month: /\bmese\b/i, year: /\banno\b/i,
  },
  nl: {
    chrono: nl,
    lead: /^(?:(?:op|in|sinds|vanaf|tot|om|van|de|het)\s+)+/i,
    week: /\bweek\b/i, month: /\bmaand\b/i, year: /\bjaar\b/i,
  },
}

/** The chrono rules for a BCP-47 tag, or null for English (and unknown languages). */
export function chronoLocale(lang: string | null | undefined): LocaleRules | null {
  if (!lang) return null
  return LOCALES[lang.toLowerCase().split(/[-_]/)[0]] ?? null
}

/** A four-digit year standing alone: not in a longer number, not money or a percentage. */
const BARE_YEAR = /(?<![\d.,$€£\/-])\b(1[5-9]\d\d|20\d\d)\b(?![\d.,]\d|\s*%|\s*(?:€|euros?|reais|dólares|dollars))/g

interface Found {
  start: number
  end: number
  type: DateMention['type']
  value: string
  grain: DateMention['grain']
}

function normalise(r: ReturnType<ChronoLocale['parse']>[number], ref: Ymd | null, rules: LocaleRules): Found | null {
  const c = r.start
  const known = (k: Parameters<typeof c.isCertain>[0]) => c.isCertain(k)
  let text = r.text
  let start = r.index
  const lead = rules.lead.exec(text)
  if (lead && lead[0].length < text.length) {
    start += lead[0].length
    text = text.slice(lead[0].length)
  }
  const end = r.index + r.text.length
  const y = c.get('year') ?? 0
  const m = c.get('month') ?? 1
  const d = c.get('day') ?? 1
  const noDigits = !/\d/.test(text)
  // A bare weekday: the latest one on or before the publish date (news reports what happened).
  if (known('weekday') && !known('day') && !known('month') && ref && noDigits && !/\b(?:próxim|prochain|nächst|siguiente|próximo|prossim|volgend)/i.test(text)) {
    const wd = ((c.get('weekday') ?? 0) + 6) % 7
    const back = (weekday(ref) - wd + 7) % 7
    return { start, end, type: 'DATE', value: dayValue(addDays(ref, -back)), grain: 'day' }
  }
  if (!isValidDate(y, m, d)) return null
  const day: Ymd = { y, m, d }
  if (noDigits && rules.week.test(text)) return { start, end, type: 'DATE', value: weekValue(day), grain: 'week' }
  if (noDigits && rules.month.test(text)) return { start, end, type: 'DATE', value: monthValue(y, m), grain: 'month' }
  if (noDigits && rules.year.test(text)) return { start, end, type: 'DATE', value: pad4(y), grain: 'year' }
  if (known('hour')) {
    return { start, end, type: 'TIME', value: `${dayValue(day)}T${pad2(c.get('hour') ?? 0)}:${pad2(c.get('minute') ?? 0)}`, grain: 'time' }
  }
  if (known('day') || (noDigits && !known('month'))) return { start, end, type: 'DATE', value: dayValue(day), grain: 'day' }
  if (known('month')) return { start, end, type: 'DATE', value: monthValue(y, m), grain: 'month' }
  if (known('year')) return { start, end, type: 'DATE', value: pad4(y), grain: 'year' }
  return null
}

export function findDatesChrono(text: string, ref: Ymd | null, rules: LocaleRules): DateMention[] {
  // Noon of the reference day, so no time zone moves it to another date.
  const refDate = ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : new Date(2000, 0, 1, 12)
  const out: Found[] = []
  for (const r of rules.chrono.parse(text, refDate)) {
    const f = normalise(r, ref, rules)
    if (!f) continue
    // Without a reference, only what the text states in full keeps its value.
    if (!ref && !/^\d{4}/.test(f.value)) continue
    if (!ref && !r.start.isCertain('year')) continue
    out.push(f)
  }
  BARE_YEAR.lastIndex = 0
  for (let m = BARE_YEAR.exec(text); m; m = BARE_YEAR.exec(text)) {
    const s = m.index
    const e = s + m[0].length
    if (out.some((f) => f.start < e && s < f.end)) continue
    out.push({ start: s, end: e, type: 'DATE', value: m[1], grain: 'year' })
  }
  out.sort((a, b) => a.start - b.start)
  return out.map(({ start, end, type, value, grain }) => ({ start, end, type, value, grain }))
}
