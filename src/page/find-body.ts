// Finds the story's container in the live DOM: one walk of the page that scores every element of
// the body by the prose it holds against the other text in it, and keeps the best. The same walk
// notes the parts metadata is read from (page-parts.ts) and the boilerplate verdicts the body walk
// reuses. No node is moved, removed or cloned.
import { ELEMENT_NODE, HEADING, TEXT_NODE, CDATA_NODE, hiddenByAttrs, isBlock, tagOf } from './dom-rules.ts'
import { Noise, noiseByAttrs } from './boilerplate.ts'
import { newAttrs, readAttrs } from './element-attrs.ts'
import { emptyParts, noteElement, type PageParts } from './page-parts.ts'
import { walk } from './walk.ts'
import { EVENT_BR, EVENT_CLOSE, EVENT_LINK, EVENT_OPEN, EVENT_TEXT, newRecord, record, type PageRecord } from './page-record.ts'

/** A block is prose when it has at least this many visible characters… */
const PROSE_MIN_CHARS = 60
/** …or at least this many and ends like a sentence. */
const SENTENCE_MIN_CHARS = 25
/** A block with more of its characters in links than this is navigation, not prose. */
const PROSE_MAX_LINK_DENSITY = 0.3
/** How much one character of non-prose text in a container costs against one of prose. */
const NOISE_WEIGHT = 1.0
/** An ancestor of the best element is taken instead when it holds this many times its prose… */
const WIDEN_MIN_PROSE = 1.25
/** …and scores at least this share of the best score. */
const WIDEN_MIN_SCORE = 0.8
/** A subtree flagged by a weak class word ("sidebar") holding this much prose is a layout wrapper. */
const WRAPPER_MIN_PROSE = 400
/** A block this long, nearly all link, is a headline link (a teaser's, or a related story's). */
const HEADLINE_LINK_MIN_CHARS = 15
const HEADLINE_LINK_MIN_DENSITY = 0.8
/** A card that opens with a headline link and holds at most this much prose is a teaser. */
const TEASER_MAX_PROSE_BLOCKS = 2
const TEASER_MAX_PROSE_CHARS = 600
/** Sentence-final punctuation, in scripts that mark it ('.', '!', '?', '。', '！', '？', '»', quotes). */
const SENTENCE_END = /[.!?。！？…"'”’»)\]:;؟।]$/u

const FIRST_NONE = 0
const FIRST_HEADLINE_LINK = 1
const FIRST_OTHER = 2

interface Frame {
  el: Element
  tag: string
  /** Its OPEN event in the page record. */
  start: number
  total: number
  link: number
  prose: number
  proseBlocks: number
  /** Short text in table cells (a results table, a schedule): neither prose nor noise. */
  neutral: number
  /** The kind of the first block inside: none yet, a headline link, prose, or other text. */
  first: number
  /** What entering this element changed, undone on leaving it. */
  isLink: boolean
  noise: Noise
  heading: boolean
  cell: boolean
}

export interface BodyScan {
  container: Element | null
  /** Prose characters and blocks inside the container. */
  proseChars: number
  proseBlocks: number
  /** All visible characters inside the container, and those in links. */
  totalChars: number
  linkChars: number
  /** Prose characters on the whole page. */
  pageProseChars: number
  /** Teaser cards on the page (a headline link and a line of summary), and their prose. */
  teasers: number
  teaserProse: number
  /** Elements a weak boilerplate word flagged that turned out to wrap prose: not boilerplate. */
  wrappers: Set<Element>
  /** The boilerplate verdict of every element of the body that has one (absent: Noise.None). */
  noise: Map<Element, Noise>
  /** Meta tags, JSON-LD, headings, bylines and dates of the whole page. */
  parts: PageParts
  /** The body as the walk saw it, and the container's OPEN event in it, to read its text. */
  record: PageRecord
  containerStart: number
}

/** Counts the characters a reader sees as ink (not white space). */
function inkLength(data: string): number {
  let n = 0
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i)
    if (c > 32 && c !== 160 && c !== 0xad) n++
  }
  return n
}

function lastInk(data: string): string {
  for (let i = data.length - 1; i >= 0; i--) {
    const c = data.charCodeAt(i)
    if (c > 32 && c !== 160 && c !== 0xad) return data[i]
  }
  return ''
}

/**
 * Walks the page under `root` (the document element): notes its parts, and scores every element
 * of `body` (a descendant of `root`, or `root`) to return the one holding the most story-like text.
 * Hidden subtrees are walked for their parts only, as `querySelectorAll` would find them.
 * `relaxed`: the fallback scan (find-story.ts), where every boilerplate verdict is weak, so that a
 * subtree holding a story's worth of prose counts whatever its tag or class says (an unclosed
 * `<aside>` that swallows the page, a story in a `fieldset`, `class="newsletter-body"` on a
 * newsletter archive).
 */
export function scanPage(root: Element, body: Element, relaxed = false): BodyScan {
  const parts = emptyParts()
  const rec = newRecord()
  const attrs = newAttrs()
  const noiseOfEl = new Map<Element, Noise>()
  /** The outermost hidden element being walked (its subtree is hidden), or null. */
  let hiddenRoot: Element | null = null
  /** The outermost element of the body left out of scoring (hidden), or null. */
  let skipRoot: Element | null = null
  const stack: Frame[] = []
  let best: Frame | null = null
  let bestScore = 0
  let blockChars = 0
  let blockLink = 0
  let blockLast = ''
  let blockHeading = false
  let linkDepth = 0
  let noiseDepth = 0
  let headingDepth = 0
  let cellDepth = 0
  let pageProse = 0
  const wrappers = new Set<Element>()
  let teasers = 0
  let teaserProse = 0

  const flush = () => {
    if (blockChars > 0 && stack.length > 0) {
      const top = stack[stack.length - 1]
      if (top.first === FIRST_NONE) {
        const headlineLink = blockChars >= HEADLINE_LINK_MIN_CHARS && blockLink >= blockChars * HEADLINE_LINK_MIN_DENSITY
        top.first = headlineLink ? FIRST_HEADLINE_LINK : FIRST_OTHER
      }
      if (noiseDepth === 0 && !blockHeading) {
        const sentence = SENTENCE_END.test(blockLast)
        if ((blockChars >= PROSE_MIN_CHARS || (sentence && blockChars >= SENTENCE_MIN_CHARS)) &&
            blockLink <= blockChars * PROSE_MAX_LINK_DENSITY) {
          top.prose += blockChars
          top.proseBlocks++
        } else if (cellDepth > 0 && blockLink <= blockChars * PROSE_MAX_LINK_DENSITY) {
          top.neutral += blockChars
        }
      }
    }
    blockChars = 0
    blockLink = 0
    blockLast = ''
    blockHeading = headingDepth > 0
  }

  walk(
    root,
    (node) => {
      const type = node.nodeType
      if (type === TEXT_NODE || type === CDATA_NODE) {
        if (skipRoot !== null || stack.length === 0) return false
        const data = (node as CharacterData).data
        record(rec, EVENT_TEXT, node, data)
        const ink = inkLength(data)
        if (ink > 0) {
          const top = stack[stack.length - 1]
          top.total += ink
          blockChars += ink
          blockLast = lastInk(data)
          if (linkDepth > 0) {
            top.link += ink
            blockLink += ink
          }
        }
        return false
      }
      if (type !== ELEMENT_NODE) return false
      const el = node as Element
      const tag = tagOf(el)
      const a = readAttrs(el, attrs)
      const hidden = hiddenByAttrs(tag, a)
      if (hidden && hiddenRoot === null) hiddenRoot = el
      noteElement(parts, el, tag, a, hiddenRoot !== null)
      // Template contents are not part of the document (linkedom keeps them inline).
      if (tag === 'template') {
        if (hiddenRoot === el) hiddenRoot = null
        return false
      }
      if (skipRoot !== null) return true
      // A line break, even a hidden one, breaks the line when the text is read (text-map.ts).
      if (tag === 'br' && stack.length > 0) {
        record(rec, EVENT_BR, el, tag)
        return false
      }
      if (el !== body && (stack.length === 0 || hidden)) {
        if (stack.length > 0) skipRoot = el
        return true
      }
      if (isBlock(tag)) flush()
      const isLink = tag === 'a' && a.href
      const verdict = noiseByAttrs(tag, a)
      const noise = relaxed && verdict === Noise.Strong ? Noise.Weak : verdict
      if (noise !== Noise.None) noiseOfEl.set(el, noise)
      const heading = HEADING.has(tag)
      const cell = tag === 'td' || tag === 'th'
      if (cell) cellDepth++
      if (isLink) linkDepth++
      if (noise === Noise.Strong) noiseDepth++
      if (heading) {
        headingDepth++
        blockHeading = true
      }
      const start = record(rec, isLink ? EVENT_OPEN + EVENT_LINK : EVENT_OPEN, el, tag)
      stack.push({ el, tag, start, total: 0, link: 0, prose: 0, proseBlocks: 0, neutral: 0, first: FIRST_NONE, isLink, noise, heading, cell })
      return true
    },
    (node) => {
      if (node.nodeType !== ELEMENT_NODE) return
      if (node === hiddenRoot) hiddenRoot = null
      if (skipRoot !== null) {
        if (node === skipRoot) skipRoot = null
        return
      }
      if (stack.length === 0 || stack[stack.length - 1].el !== node) return
      const f = stack[stack.length - 1]
      if (isBlock(f.tag)) flush()
      stack.pop()
      rec.end[f.start] = record(rec, f.isLink ? EVENT_CLOSE + EVENT_LINK : EVENT_CLOSE, f.el, f.tag)
      if (f.isLink) linkDepth--
      if (f.noise === Noise.Strong) noiseDepth--
      else if (f.noise === Noise.Weak) {
        if (f.prose >= WRAPPER_MIN_PROSE) wrappers.add(f.el)
        else {
          f.prose = 0
          f.proseBlocks = 0
        }
      }
      if (f.heading) headingDepth--
      if (f.cell) cellDepth--
      if (blockChars === 0) blockHeading = headingDepth > 0
      // A teaser card (a related story): a headline link, then a line or two of summary.
      if (f.first === FIRST_HEADLINE_LINK && f.proseBlocks > 0 && f.proseBlocks <= TEASER_MAX_PROSE_BLOCKS &&
          f.prose <= TEASER_MAX_PROSE_CHARS) {
        teasers++
        teaserProse += f.prose
        f.prose = 0
        f.proseBlocks = 0
      }
      if (stack.length === 0) pageProse = f.prose
      const parent = stack[stack.length - 1]
      if (parent) {
        if (parent.first === FIRST_NONE) parent.first = f.first
        parent.total += f.total
        parent.link += f.link
        parent.prose += f.prose
        parent.proseBlocks += f.proseBlocks
        parent.neutral += f.neutral
      }
      const score = f.prose - NOISE_WEIGHT * (f.total - f.prose - f.neutral)
      if (score > bestScore) {
        bestScore = score
        best = f
      } else if (best !== null && f.start < best.start && f.prose >= best.prose * WIDEN_MIN_PROSE &&
          score >= bestScore * WIDEN_MIN_SCORE) {
        // An ancestor of the best element that holds much more prose for a little more noise: the
        // story is cut into sections (an ad, a table or a figure between them), take them all.
        best = f
      }
    },
  )
  const chosen = best as Frame | null
  return {
    container: chosen?.el ?? null,
    proseChars: chosen?.prose ?? 0,
    proseBlocks: chosen?.proseBlocks ?? 0,
    totalChars: chosen?.total ?? 0,
    linkChars: chosen?.link ?? 0,
    pageProseChars: pageProse,
    wrappers,
    teasers,
    teaserProse,
    noise: noiseOfEl,
    parts,
    record: rec,
    containerStart: chosen?.start ?? -1,
  }
}
