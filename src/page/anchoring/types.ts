// Selectors and anchors at the text level (W3C Web Annotation Data Model selectors). Offsets are
// UTF-16 code units (JavaScript string indices, as DOM Ranges count) into the story text; turning
// them into DOM Ranges is the TextMap's job (src/page/types.ts), not this module's.

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  /** Up to CONTEXT_LENGTH code units of story text right before `exact` ('' at the start). */
  prefix: string
  /** Up to CONTEXT_LENGTH code units of story text right after `exact` ('' at the end). */
  suffix: string
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector, in UTF-16 code units. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export type Selector = TextQuoteSelector | TextPositionSelector

/** What `describe` returns and a note stores: the quote first, then the position. */
export type Selectors = [TextQuoteSelector, TextPositionSelector]

export type AnchorMethod = 'position' | 'quote' | 'fuzzy'

/** Where a note's passage is in the (possibly edited) story text. */
export interface Anchor {
  start: number
  end: number
  /** 0..1: how sure the match is the noted passage (quote, context and position agreeing). */
  confidence: number
  /** Which step found it: the stored position, an exact quote elsewhere, or a fuzzy match. */
  method: AnchorMethod
  /** True when the anchored text differs from the stored quote (beyond whitespace). */
  changed: boolean
}
