// The engine's one entry point: text in, entities and dates out (the analyze contract of
// docs/architecture.md). Pure: the caller loads the model once and passes it in.
import type { Analysis } from './types.ts'
import type { EntityModel } from './entity-model.ts'
import { recognizeEntities } from './recognize-entities.ts'
import { withRoles } from './entity-role.ts'
import { findDates, resolveReference } from './find-dates.ts'
import type { Token } from './tokenize.ts'
import { placeableDates } from './dates/placeable.ts'

export interface AnalyzeOptions {
  /** ISO date the story's relative dates are resolved against (see `referenceDate`). */
  published: string | null
  /** BCP-47 language of the text; entities are found in English text only. */
  lang: string | null
  model: EntityModel
}

/** Entities are recognised only where the model's language is the text's (or it is unknown). */
export const isEnglish = (lang: string | null): boolean => !lang || /^en\b/i.test(lang)

/** `tokens`: the text's tokens when the caller has them already (for its sentences, say). */
export function analyzeText(text: string, opts: AnalyzeOptions, tokens?: Token[]): Analysis {
  return {
    entities: isEnglish(opts.lang) ? withRoles(text, recognizeEntities(text, opts.model, tokens)) : [],
    dates: findDates(text, { published: opts.published, lang: opts.lang }),
  }
}

/**
 * The analysis the reading view shows (page marks, hover card, popup all take it from here): as
 * analyzeText, with only the dates a reader can place on the calendar (dates/placeable.ts). The
 * analyze CLI and the date evaluation keep every expression the engine finds.
 */
export function analyzeForReading(text: string, opts: AnalyzeOptions, tokens?: Token[]): Analysis {
  const a = analyzeText(text, opts, tokens)
  return { entities: a.entities, dates: placeableDates(a.dates) }
}

export type ReferenceSource = 'published' | 'modified' | 'today'

/**
 * The date relative expressions are resolved against: the publish date, else the page's
 * modified date, else today — and which one it was, so the reader can be told. The dates layer's
 * own rule (resolveReference) picks it; this names its page date "modified".
 */
export function referenceDate(published: string | null, modified: string | null, today: Date):
  { date: string; source: ReferenceSource } {
  const todayIso = today.toISOString().slice(0, 10)
  const r = resolveReference(published, todayIso, [modified])
  const source = r.source === 'published' ? 'published' : r.source === 'page' ? 'modified' : 'today'
  return { date: r.date ?? todayIso, source }
}
