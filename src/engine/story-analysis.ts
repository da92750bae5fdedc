// What the engine makes of one story, in one place for the extension and the CLI: the headline
// (tagged with the body as context) and the body analysed, the body's sentences, and the date
// relative dates were resolved against (publish → modified → today). The background sends it to
// the page and builds the popup's cards from it; `npm run analyze` prints its body.
import type { Analysis, Span } from './types.ts'
import type { EntityModel } from './entity-model.ts'
import { isEnglish, referenceDate } from './analyze.ts'
import { recognizeStory } from './recognize-entities.ts'
import { withRoles } from './entity-role.ts'
import { findDates } from './find-dates.ts'
import { placeableDates } from './dates/placeable.ts'
import { keepSure } from './mention-confidence.ts'
import { splitSentences, tokenize } from './tokenize.ts'

export interface StoryAnalysis {
  /** Entities and dates in the headline (offsets into story.title). */
  title: Analysis
  /** Entities and dates in the body (offsets into text). */
  body: Analysis
  /** Sentence spans of the body, for the sentences cards and the timeline quote. */
  sentences: Span[]
  /** The date relative dates were resolved against, and where it came from. */
  reference: { date: string; source: 'published' | 'modified' | 'today' }
}

/** A story as the engine needs it: its headline, its body text, its dates and language. */
export interface StoryText {
  title: string | null
  text: string
  published: string | null
  modified: string | null
  lang: string | null
}

export interface AnalyzeStoryOptions {
  model: EntityModel
  /** Today, for a story with neither a publish nor a modified date. */
  today: Date
  /**
   * The reading view's analysis (page, hover card, popup, memory): only dates a reader can place
   * (dates/placeable.ts) and only names the engine is sure of (mention-confidence.ts keepSure).
   * Without it, every expression and name the engine finds, as the analyze CLI prints them.
   */
  forReading: boolean
}

export function analyzeStory(story: StoryText, opts: AnalyzeStoryOptions): StoryAnalysis {
  const reference = referenceDate(story.published, story.modified, opts.today)
  const headline = story.title ?? ''
  const found = isEnglish(story.lang) ? recognizeStory(story.text, headline, opts.model)
    : { body: [], headline: [], bodyTokens: tokenize(story.text) }
  const dates = { published: reference.date, lang: story.lang }
  const title: Analysis = { entities: withRoles(headline, found.headline), dates: findDates(headline, dates) }
  const body: Analysis = { entities: withRoles(story.text, found.body), dates: findDates(story.text, dates) }
  const parts = opts.forReading
    ? keepSure([title, body].map((a) => ({ entities: a.entities, dates: placeableDates(a.dates) })))
    : [title, body]
  return { title: parts[0]!, body: parts[1]!, sentences: splitSentences(story.text, found.bodyTokens), reference }
}
