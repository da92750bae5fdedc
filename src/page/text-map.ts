// The story text as a reader sees it, and the map from each of its offsets to the DOM text node
// and offset it came from, both ways. Whitespace collapses as CSS collapses it (not inside <pre>),
// <br> is a newline, blocks are paragraphs separated by a blank line, soft hyphens are dropped,
// inline elements join. Builds from the DOM without changing it.
import type { StoryBlock, TextMap } from './types.ts'
import { ELEMENT_NODE, TEXT_NODE, CDATA_NODE, isBlock, isHidden, tagOf } from './dom-rules.ts'
import { nextInOrder, nextSkippingChildren, previousInOrder, walk } from './walk.ts'
import { TextCollector, type BlockInfo, type Segments } from './text-collector.ts'

export type { BlockInfo } from './text-collector.ts'

export interface CollectOptions {
  /** True to leave an element and its subtree out (besides what is hidden). */
  skip?: (el: Element, tag: string) => boolean
  /** False to drop a finished block. */
  keep?: (block: BlockInfo) => boolean
}

export interface Collected {
  map: DomTextMap
  blocks: StoryBlock[]
}

/** Elements whose white space is kept as written. */
export const PRE_TAGS = new Set(['pre', 'textarea', 'listing', 'plaintext'])

/** Collects the visible text under `root` into blocks and a text map, walking the DOM. */
export function collectText(root: Node, opts: CollectOptions = {}): Collected {
  const c = new TextCollector(opts.keep)
  walk(
    root,
    (node) => {
      const type = node.nodeType
      if (type === TEXT_NODE || type === CDATA_NODE) {
        const data = (node as CharacterData).data
        if (data.length > 0) c.text(node, data)
        return false
      }
      if (type !== ELEMENT_NODE) return type === 9 || type === 11 // document, fragment
      const el = node as Element
      const tag = tagOf(el)
      if (tag === 'br') {
        c.br()
        return false
      }
      if (node !== root && (isHidden(el, tag, el.hasAttributes()) || (opts.skip && opts.skip(el, tag)))) return false
      if (isBlock(tag)) c.openBlock(el)
      if (tag === 'a' && el.hasAttribute('href')) c.linkDepth++
      if (PRE_TAGS.has(tag)) c.preDepth++
      return true
    },
    (node) => {
      if (node.nodeType !== ELEMENT_NODE) return
      const el = node as Element
      const tag = tagOf(el)
      if (tag === 'a' && el.hasAttribute('href')) c.linkDepth--
      if (PRE_TAGS.has(tag)) c.preDepth--
      if (isBlock(tag)) c.closeBlock()
    },
  )
  return finishMap(c, root)
}

/** The text map of what a collector gathered under `root`. */
export function finishMap(c: TextCollector, root: Node): Collected {
  const { text, segs, blocks } = c.finish()
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument
  return { map: new DomTextMap(text, root, doc, segs), blocks }
}

/** A TextMap over segments: text[textStart + i] came from node.data[nodeStart + i]. */
export class DomTextMap implements TextMap {
  private nodeIndex: Map<Node, number[]> | null = null

  private readonly nodes: Node[]
  private readonly nodeStart: number[]
  private readonly textStart: number[]
  private readonly length: number[]

  constructor(
    readonly text: string,
    private readonly root: Node,
    private readonly doc: Document | null,
    segs: Segments,
  ) {
    this.nodes = segs.nodes
    this.nodeStart = segs.nodeStart
    this.textStart = segs.textStart
    this.length = segs.length
  }

  /** Segments by text node, built on the first fromRange (detection itself never needs it). */
  private get byNode(): Map<Node, number[]> {
    if (this.nodeIndex) return this.nodeIndex
    const index = new Map<Node, number[]>()
    for (let i = 0; i < this.nodes.length; i++) {
      const list = index.get(this.nodes[i])
      if (list) list.push(i)
      else index.set(this.nodes[i], [i])
    }
    this.nodeIndex = index
    return index
  }

  /** The segment holding text offset `at`, or the next one when `at` is a separator. */
  private segmentAt(at: number): number {
    let lo = 0
    let hi = this.nodes.length - 1
    let found = this.nodes.length
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (this.textStart[mid] + this.length[mid] > at) {
        found = mid
        hi = mid - 1
      } else lo = mid + 1
    }
    return found
  }

  /** The DOM position of offset `at`: where the character at `at` starts (or the previous ends). */
  domPosition(at: number, side: 'start' | 'end'): { node: Node; offset: number } | null {
    if (this.nodes.length === 0) return null
    if (side === 'start') {
      const i = this.segmentAt(at)
      if (i >= this.nodes.length) return null
      const inside = Math.max(0, at - this.textStart[i])
      return { node: this.nodes[i], offset: this.nodeStart[i] + inside }
    }
    // The end boundary sits right after the character at - 1.
    let i = this.segmentAt(at - 1)
    if (i >= this.nodes.length || this.textStart[i] > at - 1) i--
    if (i < 0) return null
    const inside = Math.min(this.length[i], at - this.textStart[i])
    return { node: this.nodes[i], offset: this.nodeStart[i] + inside }
  }

  toRange(start: number, end: number): Range | null {
    if (!(start >= 0 && end <= this.text.length && start <= end)) return null
    const a = this.domPosition(start, 'start')
    const b = start === end ? a : this.domPosition(end, 'end')
    if (!a || !b) return null
    return makeRange(this.doc, a.node, a.offset, b.node, b.offset, this.text.slice(start, end))
  }

  fromRange(range: Range): { start: number; end: number } | null {
    const start = this.offsetAfter(range.startContainer, range.startOffset)
    const end = this.offsetBefore(range.endContainer, range.endOffset)
    if (start >= this.text.length || end <= 0) {
      return range.collapsed && start === end ? { start, end } : null
    }
    return { start, end: Math.max(start, end) }
  }

  /** Offset of the first mapped character at or after the DOM boundary (container, offset). */
  private offsetAfter(container: Node, offset: number): number {
    let from: Node | null
    const segs = this.byNode.get(container)
    if (segs) {
      for (const i of segs) {
        if (this.nodeStart[i] + this.length[i] > offset) {
          return this.textStart[i] + Math.max(0, offset - this.nodeStart[i])
        }
      }
      from = nextSkippingChildren(container, this.doc ?? this.root)
    } else if (container.nodeType === TEXT_NODE || container.nodeType === CDATA_NODE) {
      from = nextSkippingChildren(container, this.doc ?? this.root)
    } else {
      from = container.childNodes[offset] ?? nextSkippingChildren(container, this.doc ?? this.root)
    }
    for (let n = from; n; n = nextInOrder(n, this.doc ?? this.root)) {
      const s = this.byNode.get(n)
      if (s) return this.textStart[s[0]]
    }
    return this.text.length
  }

  /** Offset just after the last mapped character before the DOM boundary (container, offset). */
  private offsetBefore(container: Node, offset: number): number {
    let from: Node | null
    const segs = this.byNode.get(container)
    const top = this.doc ?? this.root
    if (segs) {
      for (let k = segs.length - 1; k >= 0; k--) {
        const i = segs[k]
        if (this.nodeStart[i] < offset) return this.textStart[i] + Math.min(this.length[i], offset - this.nodeStart[i])
      }
      from = previousInOrder(container, top)
    } else if (container.nodeType === TEXT_NODE || container.nodeType === CDATA_NODE) {
      from = previousInOrder(container, top)
    } else {
      const child = container.childNodes[offset]
      if (child) from = previousInOrder(child, top)
      else {
        from = container
        while (from.lastChild) from = from.lastChild
      }
    }
    for (let n = from; n; n = previousInOrder(n, top)) {
      const s = this.byNode.get(n)
      if (s) {
        const i = s[s.length - 1]
        return this.textStart[i] + this.length[i]
      }
    }
    return 0
  }
}

/** A live Range where the DOM has one (browsers, jsdom), else a static stand-in (linkedom). */
function makeRange(doc: Document | null, sc: Node, so: number, ec: Node, eo: number, text: string): Range {
  try {
    const r = doc?.createRange()
    if (r && typeof r.setStart === 'function') {
      r.setStart(sc, so)
      r.setEnd(ec, eo)
      return r
    }
  } catch {
    // fall through to the stand-in
  }
  const stand = {
    startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo,
    collapsed: sc === ec && so === eo, commonAncestorContainer: null,
    toString: () => text,
  }
  return stand as unknown as Range
}
