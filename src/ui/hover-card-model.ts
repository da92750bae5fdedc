// What the in-page hover card says, as data: for a name, who or what it is (type and the role the
// story states), the first sentence it appears in, facts for a place, the names it is seen with,
// the reader's memory of it and the one mention count; for a date, its calendar value. Pure: the
// content script renders it with textContent only. It imports no country tables (see
// placeFactsById): the content script is loaded on every page.
import type { MemoryByEntity } from '../memory/answers.ts'
import { TYPE_NAME, type Card } from './card-model.ts'
import { formatTimeMLValue } from './format-date.ts'
import { isMinorName } from './minor-names.ts'

/** The hover card quotes at most this much of a sentence (the popup quotes more). */
export const HOVER_QUOTE_CHARS = 160
/** Names shown as seen with this one: the few most often in its sentences. */
const SEEN_WITH_SHOWN = 3

export interface HoverCardModel {
  title: string
  /** "Person · 2 mentions in this story"; "Date · “Tuesday”". */
  meta: string
  role: string | null
  quote: string | null
  facts: string | null
  seenWith: string | null
  memory: string | null
}

const NO_NAMES: ReadonlySet<string> = new Set()

/** `facts`: the place's facts line (placeFactsById, built by the background), when it is a place the package knows. */
export function entityHoverCard(card: Card, memory?: MemoryByEntity[string], facts?: string): HoverCardModel {
  const n = card.mentionCount
  const latest = memory?.stories[0]
  // A demonym or a "-based" compound seen beside a name says nothing about it (the popup folds them too).
  const seen = card.seenWith.filter((s) => !isMinorName(s, NO_NAMES)).slice(0, SEEN_WITH_SHOWN)
  return {
    title: card.name,
    meta: `${TYPE_NAME[card.type]} · ${n} ${n === 1 ? 'mention' : 'mentions'} in this story`,
    role: card.role ?? null,
    quote: card.firstSentence || null,
    facts: facts ?? null,
    seenWith: seen.length > 0 ? `Seen with ${seen.map((s) => s.name).join(', ')}` : null,
    memory: memory ? `In ${memory.total} other ${memory.total === 1 ? 'story' : 'stories'} you read` +
      (latest?.title ? `, most recently “${latest.title}”` : '') : null,
  }
}

export function dateHoverCard(value: string, phrase: string): HoverCardModel {
  return { title: formatTimeMLValue(value), meta: `Date · “${phrase}”`, role: null, quote: null, facts: null, seenWith: null, memory: null }
}
