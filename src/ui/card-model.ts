// Turns a tab's analysis into the popup's context cards: entities grouped by type and ordered by
// importance in the story, each with its aliases, mentions, first sentence, the entities it
// appears with most and the dates near it; and the story's timeline. Pure data in, data out. The
// background builds them once per analysis and keeps them in the tab's state (the text is not
// kept there), so every quote here is clipped to a bounded length.
import type { Entity, EntityType, Span } from '../engine/types.ts'
import type { StoryAnalysis } from '../engine/story-analysis.ts'
import { compareByStart, formatTimeMLValue } from './format-date.ts'
import { isPromotion, salience } from './salience.ts'

export interface MentionRef { part: 'title' | 'body'; start: number; end: number }

export interface Card {
  id: string
  name: string
  type: EntityType
  aliases: string[]
  mentions: MentionRef[]
  /** How many mentions the story has (the stored card may list only the first of them): mentionCount. */
  mentionCount: number
  /** What the story says it is ("Pentagon spokesman"), when it says (src/engine/entity-role.ts). */
  role?: string
  /** The sentence of the first mention in the body (or the headline if only there). */
  firstSentence: string
  /** Where that mention starts in firstSentence (-1: not known; absent in states stored before it), and its length. */
  firstAt?: number
  firstLength?: number
  /** Entities sharing a sentence with this one, most often first. */
  seenWith: { id: string; name: string; type: EntityType; count: number }[]
  /** Dates in the sentences where this entity is mentioned, in calendar order. */
  dates: { value: string; text: string }[]
  score: number
}

/** A date on the timeline: its value, the phrase that names it, its sentence and where the phrase is in it (-1: not in the quote). */
export interface TimelineItem { value: string; text: string; sentence: string; start: number; end: number; at?: number }

const SEEN_WITH_MAX = 4
const DATES_MAX = 4
/** A quoted sentence longer than this (UTF-16 code units) is cut around the mention it quotes. */
export const MAX_QUOTE_CHARS = 280
/** In a cut quote, about this much of the sentence is kept before the mention. */
const QUOTE_LEAD_CHARS = 80
/** A cut moves at most this far to fall between two words. */
const WORD_SNAP_CHARS = 24

export const TYPE_ORDER: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC']
/** A type's name for a group of cards (the filters). */
export const TYPE_LABEL: Record<EntityType, string> = { PER: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other names' }
/** A type's name on one card: "Person", not "People". */
export const TYPE_NAME: Record<EntityType, string> = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other name' }

/** Index of the sentence containing `offset` (sentences sorted, non-overlapping). */
function sentenceAt(sentences: Span[], offset: number): number {
  let lo = 0, hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (sentences[mid].end <= offset) lo = mid + 1
    else if (sentences[mid].start > offset) hi = mid - 1
    else return mid
  }
  return -1
}

/**
 * The sentence as a quote: whole when short, else about MAX_QUOTE_CHARS of it around `focus`
 * (an offset in it), cut between words and marked with an ellipsis where it was cut.
 */
export function quoteSentence(text: string, sentence: Span, focus: number, max = MAX_QUOTE_CHARS): string {
  return quoteWithOffset(text, sentence, focus, max).quote
}

/** The quote of quoteSentence, and where `focus` (an offset of the text) falls in it (-1: cut away). */
export function quoteWithOffset(text: string, sentence: Span, focus: number, max = MAX_QUOTE_CHARS): { quote: string; at: number } {
  const { start, end } = sentence
  let from = start, to = end
  if (end - start > max) {
    from = Math.max(start, Math.min(focus - Math.round(QUOTE_LEAD_CHARS * max / MAX_QUOTE_CHARS), end - max))
    to = Math.min(end, from + max)
    if (from > start) {
      const space = text.slice(from, from + WORD_SNAP_CHARS).search(/\s/)
      if (space >= 0 && from + space < focus) from += space + 1
    }
    if (to < end) {
      const space = text.slice(to - WORD_SNAP_CHARS, to).search(/\s\S*$/)
      if (space >= 0 && to - WORD_SNAP_CHARS + space > focus) to = to - WORD_SNAP_CHARS + space
    }
  }
  const raw = text.slice(from, to)
  const body = raw.trim()
  const prefix = from > start ? 1 : 0
  const k = focus - from - (raw.length - raw.trimStart().length)
  return { quote: `${prefix ? '…' : ''}${body}${to < end ? '…' : ''}`, at: k >= 0 && k < body.length ? prefix + k : -1 }
}

/**
 * The one mention count of an entity, the same on the page, in the hover card and in the popup:
 * its mentions in the headline and in the body. Only entities the reader is shown reach a card
 * (keepSure in the background), so every mention counted is a mention marked.
 */
export function mentionCount(analysis: Pick<StoryAnalysis, 'title' | 'body'>, entityId: string): number {
  let n = 0
  for (const part of [analysis.title, analysis.body]) for (const e of part.entities) if (e.id === entityId) n += e.mentions.length
  return n
}

/** `quoteChars`: how long a quoted sentence may be (the hover card quotes shorter than the popup). */
export function buildCards(analysis: StoryAnalysis, text: string, title: string, sentences: Span[], quoteChars = MAX_QUOTE_CHARS): Card[] {
  // The first body mention's sentence and where the mention is in it; the headline if only it names the entity.
  const firstQuote = (i: number, body: Span | undefined, inTitle: Span | undefined) => {
    if (i >= 0 && body) {
      const q = quoteWithOffset(text, sentences[i], body.start, quoteChars)
      return { firstSentence: q.quote, firstAt: q.at, firstLength: body.end - body.start }
    }
    return { firstSentence: title, firstAt: inTitle?.start ?? -1, firstLength: inTitle ? inTitle.end - inTitle.start : 0 }
  }
  const bodyById = new Map(analysis.body.entities.map((e) => [e.id, e]))
  const titleById = new Map(analysis.title.entities.map((e) => [e.id, e]))
  const ids = [...new Set([...titleById.keys(), ...bodyById.keys()])]

  // Sentences where the publisher speaks (a read-more line): their names do not add to salience.
  const promotion = new Map<number, boolean>()
  const inPromotion = (offset: number) => {
    const i = sentenceAt(sentences, offset)
    if (i < 0) return false
    if (!promotion.has(i)) promotion.set(i, isPromotion(text.slice(sentences[i].start, sentences[i].end)))
    return promotion.get(i)!
  }
  // Which entities and dates each sentence holds.
  const entsInSentence = new Map<number, Set<string>>()
  for (const e of analysis.body.entities) {
    for (const m of e.mentions) {
      const s = sentenceAt(sentences, m.start)
      if (!entsInSentence.has(s)) entsInSentence.set(s, new Set())
      entsInSentence.get(s)!.add(e.id)
    }
  }
  const datesInSentence = new Map<number, { value: string; text: string }[]>()
  for (const d of analysis.body.dates) {
    if (d.type !== 'DATE' && d.type !== 'TIME') continue
    const s = sentenceAt(sentences, d.start)
    if (!datesInSentence.has(s)) datesInSentence.set(s, [])
    datesInSentence.get(s)!.push({ value: d.value, text: text.slice(d.start, d.end) })
  }

  const cards = ids.map((id): Card => {
    const b = bodyById.get(id), t = titleById.get(id)
    const e = (b ?? t) as Entity
    const mentions: MentionRef[] = [
      ...(t?.mentions ?? []).map((m) => ({ part: 'title' as const, ...m })),
      ...(b?.mentions ?? []).map((m) => ({ part: 'body' as const, ...m })),
    ]
    const aliases = [...new Set([...(t?.aliases ?? []), ...(b?.aliases ?? [])])].filter((a) => a !== e.name)
    const first = b ? sentenceAt(sentences, b.mentions[0].start) : -1
    const own = new Set((b?.mentions ?? []).map((m) => sentenceAt(sentences, m.start)))
    const together = new Map<string, number>()
    const dates = new Map<string, { value: string; text: string }>()
    for (const s of own) {
      for (const other of entsInSentence.get(s) ?? []) if (other !== id) together.set(other, (together.get(other) ?? 0) + 1)
      for (const d of datesInSentence.get(s) ?? []) if (!dates.has(d.value)) dates.set(d.value, d)
    }
    const seenWith = [...together.entries()]
      .map(([oid, count]) => ({ id: oid, name: bodyById.get(oid)!.name, type: bodyById.get(oid)!.type, count }))
      .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name))
      .slice(0, SEEN_WITH_MAX)
    const counted = (b?.mentions ?? []).filter((m) => !inPromotion(m.start))
    const score = salience({ bodyMentions: counted.length, titleMentions: t?.mentions.length ?? 0,
      firstAt: counted.length > 0 ? counted[0].start / Math.max(1, text.length) : null })
    return {
      id, name: e.name, type: e.type, aliases, mentions, mentionCount: mentionCount(analysis, id), role: b?.role ?? t?.role,
      ...firstQuote(first, b?.mentions[0], t?.mentions[0]),
      seenWith,
      dates: [...dates.values()].sort((x, y) => compareByStart({ value: x.value, start: 0 }, { value: y.value, start: 0 })).slice(0, DATES_MAX),
      score,
    }
  })
  return cards.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
}

export function groupCards(cards: Card[]): { type: EntityType; cards: Card[] }[] {
  return TYPE_ORDER.map((type) => ({ type, cards: cards.filter((c) => c.type === type) })).filter((g) => g.cards.length > 0)
}

/** The story's dates in the order they start on the calendar, each with its sentence and the phrase's place in it. */
export function buildTimeline(analysis: StoryAnalysis, text: string, sentences: Span[]): TimelineItem[] {
  return analysis.body.dates
    .filter((d) => d.type === 'DATE' || d.type === 'TIME')
    .map((d) => {
      const s = sentenceAt(sentences, d.start)
      const q = s >= 0 ? quoteWithOffset(text, sentences[s], d.start) : { quote: '', at: -1 }
      return { value: d.value, text: text.slice(d.start, d.end), start: d.start, end: d.end, sentence: q.quote, at: q.at }
    })
    .sort(compareByStart)
}

/** Cards whose name or aliases contain the query (case-insensitive), of the chosen types. */
export function filterCards(cards: Card[], query: string, types: ReadonlySet<EntityType>): Card[] {
  const q = query.trim().toLowerCase()
  return cards.filter((c) => types.has(c.type) &&
    (!q || c.name.toLowerCase().includes(q) || c.aliases.some((a) => a.toLowerCase().includes(q))))
}

/** Timeline rows whose label ("the week of 22 Jan 2024"), phrase or sentence contains the query (case-insensitive). */
export function filterTimeline(items: TimelineItem[], query: string): TimelineItem[] {
  const q = query.trim().toLowerCase()
  if (!q) return items
  return items.filter((d) => formatTimeMLValue(d.value).toLowerCase().includes(q) || d.text.toLowerCase().includes(q) ||
    d.sentence.toLowerCase().includes(q))
}
