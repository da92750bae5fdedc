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

/** A line this short or shorter can be a page's own line inside the story: a promotion, a prompt,
 * a label or a copyright line, which are not story text. */
const PROMO_MAX_CHARS = 90
const PROMO_LINE = new RegExp('^\\W*(?:' + [
  'advertisement', 'advertising', 'sponsored(?: content)?', '(?:article|story) continues (?:below|after (?:the )?advertisement)',
  'continue reading below', 'share(?: this(?: article| post| story)?)?(?: on \\w+)?', 'related(?: articles?| posts?| stories| reading| content)?',
  'read (?:more|next|also)', 'see also', 'you (?:may|might) (?:also )?(?:like|enjoy)', 'recommended(?: for you)?',
  '(?:other|more|popular|recent|related|latest|trending) (?:posts|articles|stories|news)(?: you (?:may|might) (?:also )?(?:like|enjoy))?',
  'what others are reading', 'pin (?:this|it|me)? ?for later', 'sign[ -]?up(?: (?:for|to) .*| now| today)?',
  'subscribe(?: (?:to|for) .*| now| today)?', 'newsletters?', 'get in touch', 'contact us(?: today)?', 'apply now',
  'register(?: now| today)?', 'start (?:your )?free trial', 'follow (?:us|our (?:full |live )?coverage)\\b.*',
  'click here to (?:subscribe|sign up|download)\\b.*', '(?:©|\\(c\\)|copyright\\b).*', '.*\\ball rights reserved',
  // Affiliate disclosures and calls to action of the site, not the story (fixture disclosure-lines).
  '(?:affiliate )?disclosure\\b.*', '(?:we|i) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?commission\\b.*',
  'products (?:are|were) (?:chosen|selected) independently\\b.*', 'get a (?:free )?quote', 'book a (?:free )?(?:demo|call|consultation)',
  'request a (?:free )?(?:demo|quote|consultation)', 'join (?:our|the) (?:mailing list|newsletter)\\b.*', '(?:add|leave|post) a (?:comment|reply)',
  'related reads',
].join('|') + ')\\W*$', 'i')

/** A short block that is the page talking, not the story ("Advertisement", "Sign up for our
 * newsletter", "© 2019 Associated Press. All Rights Reserved."). */
export function isPromoLine(text: string): boolean {
  return text.length <= PROMO_MAX_CHARS && PROMO_LINE.test(text)
}

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
