// How much an entity matters to the story, for the order of the popup's cards: how often the body
// names it, how early it first does, and whether the headline names it. Counts come from the
// analysed body, which the story layer has already stripped of breadcrumbs, bylines and promotion
// lines (src/page/boilerplate.ts, promo-lines.ts); a text that still holds one (a title, a body
// read by an older version) is checked with the page layer's own test (isPromotion).
import { isPromoLine } from '../page/promo-lines.ts'

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
 * A line where the publisher speaks, not the story ("CLICK HERE TO READ MORE FROM THE WASHINGTON
 * EXAMINER"): the page layer's promotion lines, which the body drops (src/page/promo-lines.ts).
 * Its names are marked but do not make an entity matter more.
 */
export function isPromotion(line: string): boolean {
  return isPromoLine(line.trim())
}
