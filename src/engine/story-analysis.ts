// What the engine makes of one story: the headline and the body analysed, the body's sentences,
// and the date relative dates were resolved against. The background sends it to the page and
// builds the popup's cards from it.
import type { Analysis, Span } from './types.ts'

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
