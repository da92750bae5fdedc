// The entity recogniser's entry points: mentions found by the trained tagger, grouped into
// entities. One call is one document (document-level features see the whole text).
import type { EntityModel } from './entity-model.ts'
import { findMentions } from './find-mentions.ts'
import { groupMentions } from './group-entities.ts'
import { tokenize, type Token } from './tokenize.ts'
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

/** What separates the body from the headline in the one text a story is tagged as. */
const HEADLINE_SEP = '\n\n'

/**
 * Entities of a story's body and of its headline, tagged in one pass over the body followed by
 * the headline: the body's casing and labels guide an all-capitals or Title Case headline, and the
 * body is tagged as it is alone (tagging runs left to right; checked on every page fixture).
 * Offsets are into the body and into the headline. `bodyTokens`: tokenize(body), for the caller's
 * sentences.
 */
export function recognizeStory(body: string, headline: string, model: EntityModel):
  { body: Entity[]; headline: Entity[]; bodyTokens: Token[] } {
  if (headline.length === 0 || body.length === 0 || body.length + HEADLINE_SEP.length + headline.length > MAX_TEXT_LENGTH) {
    const bodyTokens = tokenize(body)
    return { body: recognizeEntities(body, model, bodyTokens), headline: recognizeEntities(headline, model), bodyTokens }
  }
  const offset = body.length + HEADLINE_SEP.length
  const { tokens, mentions } = findMentions(body + HEADLINE_SEP + headline, model)
  const own = mentions.filter((m) => m.start >= offset)
    .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }))
  return {
    body: groupMentions(body, mentions.filter((m) => m.end <= body.length), aliasesOf(model)),
    headline: groupMentions(headline, own, aliasesOf(model)),
    bodyTokens: tokens.filter((t) => t.end <= body.length),
  }
}

/** Entities of a headline, tagged with its story's body as context (recognizeStory). Offsets are into the headline. */
export function recognizeHeadline(headline: string, body: string, model: EntityModel): Entity[] {
  if (typeof headline !== 'string' || headline.length === 0) return []
  if (typeof body !== 'string') return recognizeEntities(headline, model)
  return recognizeStory(body, headline, model).headline
}
