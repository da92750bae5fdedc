// Text-level anchoring: describe a passage of the story text as W3C selectors, find it again.
export { describe, CONTEXT_LENGTH } from './describe.ts'
export { anchor } from './anchor.ts'
export type {
  Anchor, AnchorMethod, Selector, Selectors, TextPositionSelector, TextQuoteSelector,
} from './types.ts'
