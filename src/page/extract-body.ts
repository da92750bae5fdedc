// The story body inside its container: the container's text blocks less boilerplate, headline,
// link lists and the page's own lines (promo-lines.ts), collected into a text map.
import type { StoryBlock } from './types.ts'
import { Noise } from './boilerplate.ts'
import { tagOf } from './dom-rules.ts'
import type { BlockInfo, DomTextMap } from './text-map.ts'
import type { BodyScan } from './find-body.ts'
import { replayText } from './page-record.ts'
import { isPromoLine } from './promo-lines.ts'

/** A list item with more of its characters in links than this is a link list, not story text.
 * A paragraph that is one link stays ("Get it on Amazon" in a sentence of its own), unless it is a
 * promotion line ("CLICK HERE TO READ MORE…", promo-lines.ts). */
const LIST_MAX_LINK_DENSITY = 0.5
const LIST_ITEM = new Set(['li', 'dd', 'dt'])

export interface Body {
  map: DomTextMap
  blocks: StoryBlock[]
}

/** The body in the container the page walk chose, read from what the walk recorded (page-record.ts). */
export function extractBody(scan: BodyScan, headline: Element | null): Body {
  const { noise, wrappers } = scan
  const { map, blocks } = replayText(scan.record, scan.containerStart, {
    skip: (el, tag) => el === headline || tag === 'header' || tag === 'h1' || isNoise(el, noise, wrappers),
    keep: (b: BlockInfo) => !(LIST_ITEM.has(tagOf(b.owner)) && b.linkChars > b.text.length * LIST_MAX_LINK_DENSITY) &&
      !isPromoLine(b.text),
  })
  return { map, blocks }
}

function isNoise(el: Element, verdicts: Map<Element, Noise>, wrappers: Set<Element>): boolean {
  const noise = verdicts.get(el)
  return noise === Noise.Strong || (noise === Noise.Weak && !wrappers.has(el))
}
