// The story body inside its container: the container's text blocks less boilerplate, headline
// and link lists, collected into a text map.
import type { StoryBlock } from './types.ts'
import { Noise } from './boilerplate.ts'
import { tagOf } from './dom-rules.ts'
import type { BlockInfo, DomTextMap } from './text-map.ts'
import type { BodyScan } from './find-body.ts'
import { replayText } from './page-record.ts'

/** A list item with more of its characters in links than this is a link list, not story text.
 * A paragraph that is one link stays: stories carry them as published ("CLICK HERE TO READ
 * MORE…", "Get it on Amazon"), and the people who marked the benchmark kept them too. */
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
    keep: (b: BlockInfo) => !(LIST_ITEM.has(tagOf(b.owner)) && b.linkChars > b.text.length * LIST_MAX_LINK_DENSITY),
  })
  return { map, blocks }
}

function isNoise(el: Element, verdicts: Map<Element, Noise>, wrappers: Set<Element>): boolean {
  const noise = verdicts.get(el)
  return noise === Noise.Strong || (noise === Noise.Weak && !wrappers.has(el))
}
