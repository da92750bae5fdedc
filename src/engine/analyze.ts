// The engine's one entry point: text in, entities and dates out (the analyze contract of
// DESIGN.md). Pure: the caller loads the model once and passes it in.
import type { Analysis } from './types.ts'
import type { EntityModel } from './entity-model.ts'
import { recognizeEntities } from './recognize-entities.ts'
import { findDates } from './find-dates.ts'

export interface AnalyzeOptions {
  /** ISO date the story's relative dates are resolved against (see `referenceDate`). */
  published: string | null
  /** BCP-47 language of the text; entities are found in English text only. */
  lang: string | null
  model: EntityModel
}

/** Entities are recognised only where the model's language is the text's (or it is unknown). */
export const isEnglish = (lang: string | null): boolean => !lang || /^en\b/i.test(lang)

export function analyzeText(text: string, opts: AnalyzeOptions): Analysis {
  return {
    entities: isEnglish(opts.lang) ? recognizeEntities(text, opts.model) : [],
    dates: findDates(text, { published: opts.published, lang: opts.lang }),
  }
}

export type ReferenceSource = 'published' | 'modified' | 'today'

/**
 * The date relative expressions are resolved against: the publish date, else the page's
 * modified date, else today — and which one it was, so the reader can be told.
 */
export function referenceDate(published: string | null, modified: string | null, today: Date):
  { date: string; source: ReferenceSource } {
  if (published && validIsoDate(published)) return { date: published, source: 'published' }
  if (modified && validIsoDate(modified)) return { date: modified, source: 'modified' }
  return { date: today.toISOString().slice(0, 10), source: 'today' }
}

const validIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s.slice(0, 10)))
