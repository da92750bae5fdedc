// How much an entity matters to the story, for the order of the popup's cards: how often the body
// names it, how early it first does, and whether the headline names it. Counts come from the
// analysed body, which the story layer has already stripped of breadcrumbs, bylines and most
// promotion lines (src/page/boilerplate.ts, extract-body.ts); the read-more link lines it keeps as
// published are left out of the count here with the page layer's own test (isPromotion).
import { isPromoLine } from '../page/extract-body.ts'

/** A mention in the headline counts this many body mentions. */
export const TITLE_WEIGHT = 3
/** An entity first met at the very start of the body gets this bonus, falling to 0 at EARLY_SHARE. */
export const EARLY_BONUS = 2
/** The share of the body (0..1) within which a first mention still earns part of the bonus. */
export const EARLY_SHARE = 0.2

export interface SalienceInput {
  bodyMentions: number
  titleMentions: number
  /** Where the body first names it, as a share of the body's length (0..1); null if only the headline does. */
  firstAt: number | null
}

export function salience({ bodyMentions, titleMentions, firstAt }: SalienceInput): number {
  const early = firstAt === null ? 0 : EARLY_BONUS * Math.max(0, 1 - firstAt / EARLY_SHARE)
  return bodyMentions + TITLE_WEIGHT * titleMentions + early
}

/**
 * A line the story keeps as published but where the publisher speaks, not the story ("CLICK HERE
 * TO READ MORE FROM THE WASHINGTON EXAMINER"): the page layer's promotion lines, which the body
 * already drops, and the read-more links it keeps (src/page/extract-body.ts). Its names are marked
 * but do not make an entity matter more.
 */
export function isPromotion(line: string): boolean {
  const text = line.trim()
  return isPromoLine(text) || (text.length <= READ_MORE_MAX_CHARS && READ_MORE.test(text))
}

/** "Click here to read more from …", "Read more from …": a link line to more of the site. */
const READ_MORE = /^\W*(?:click here to )?read more (?:from|at|on)\b/i
/** As the page layer's promotion lines: longer than this is a sentence of the story. */
const READ_MORE_MAX_CHARS = 90
