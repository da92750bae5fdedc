// The entity recogniser's entry points: mentions found by the trained tagger, grouped into
// entities. One call is one document (document-level features see the whole text).
import type { EntityModel } from './entity-model.ts'
import { findMentions } from './find-mentions.ts'
import { groupMentions } from './group-entities.ts'
import type { Token } from './tokenize.ts'
import type { Entity } from './types.ts'

/** Never read inputs past this many UTF-16 code units (well beyond any story; bounds time). */
const MAX_TEXT_LENGTH = 20_000_000

function aliasesOf(model: EntityModel): Record<string, string> {
  return (model.header.aliases as Record<string, string> | undefined) ?? {}
}

/**
 * Finds the people, organisations, places and other names in a text and groups their mentions.
 * `tokens`: the text's tokens (tokenize(text)) when the caller has them already.
 */
export function recognizeEntities(text: string, model: EntityModel, tokens?: Token[]): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const input = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text
  const { mentions } = findMentions(input, model, input === text ? tokens : undefined)
  return groupMentions(input, mentions, aliasesOf(model))
}

/**
 * Entities of a headline, tagged with its story's body as context: the body's casing and labels
 * guide an all-capitals or Title Case headline. Offsets are into the headline.
 */
export function recognizeHeadline(headline: string, body: string, model: EntityModel): Entity[] {
  if (typeof headline !== 'string' || headline.length === 0) return []
  if (typeof body !== 'string' || body.length === 0) return recognizeEntities(headline, model)
  const sep = '\n\n'
  const offset = body.length + sep.length
  const { mentions } = findMentions(body + sep + headline, model)
  const own = mentions.filter((m) => m.start >= offset)
    .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }))
  return groupMentions(headline, own, aliasesOf(model))
}
