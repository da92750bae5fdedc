// Tokenise a text, prepare it as one document, tag it, and return the entity mentions with their
// offsets. The headline helper tags a headline after its body so that the body's casing and
// labels inform it ("BLINKER BAN LIFTED" is resolved by a later "Blinker").
import type { EntityModel } from './entity-model.ts'
import { prepareDocument } from './features.ts'
import { ENTITY_TYPES, spansOf } from './labels.ts'
import { tagDocument } from './tagger.ts'
import { tokenize, type Token } from './tokenize.ts'
import type { EntityType } from './types.ts'

export interface Mention {
  start: number
  end: number
  type: EntityType
  /** Index of the first token and one past the last, in `tokens`. */
  tokenStart: number
  tokenEnd: number
}

export interface TaggedText {
  tokens: Token[]
  mentions: Mention[]
}

export function findMentions(text: string, model: EntityModel): TaggedText {
  const tokens = tokenize(text)
  if (tokens.length === 0) return { tokens, mentions: [] }
  const forms = tokens.map((t) => model.forms.get(t.text))
  const sentence = new Int32Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) sentence[i] = tokens[i].sentence
  const ctx = prepareDocument(forms, sentence, model.gazetteer)
  const labels = tagDocument(ctx, model.scorer)
  const mentions = spansOf(labels).map((s) => ({
    start: tokens[s.start].start,
    end: tokens[s.end - 1].end,
    type: ENTITY_TYPES[s.type],
    tokenStart: s.start,
    tokenEnd: s.end,
  }))
  return { tokens, mentions }
}
