// The story text as a reader sees it, and the map from each of its offsets to the DOM text node
// and offset it came from, both ways. Whitespace collapses as CSS collapses it (not inside <pre>),
// <br> is a newline, blocks are paragraphs separated by a blank line, soft hyphens are dropped,
// inline elements join. Builds from the DOM without changing it.
import type { StoryBlock, TextMap } from './types.ts'
import { ELEMENT_NODE, HEADING, TEXT_NODE, CDATA_NODE, isBlock, isHidden, tagOf } from './dom-rules.ts'
import { nextInOrder, nextSkippingChildren, previousInOrder, walk } from './walk.ts'

/** Characters a reader never sees: soft hyphen, byte order mark. */
const INVISIBLE = /[\u00AD\uFEFF]/
/** CSS collapsible white space (not U+00A0, which a reader sees as a space that does not collapse). */
const COLLAPSIBLE = /[ \t\n\r\f]/
const PIECES = /[ \t\n\r\f]+|[\u00AD\uFEFF]+|[^ \t\n\r\f\u00AD\uFEFF]+/g
const PARAGRAPH_BREAK = '\n\n'

/** What a block's filter sees when the block ends. */
export interface BlockInfo {
  text: string
  /** Characters (not counting spaces) inside links. */
  linkChars: number
  /** The innermost block element that held the block's first text. */
  owner: Element
  heading: boolean
}

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

/** Collects the visible text under `root` into blocks and a text map. */
export function collectText(root: Node, opts: CollectOptions = {}): Collected {
  const segNodes: Node[] = []
  const segNodeStart: number[] = []
  const segTextStart: number[] = []
  const segLength: number[] = []
  const blocks: StoryBlock[] = []
  let text = ''

  // The block being built: its text and segments (offsets relative to the block).
  let buf = ''
  let bufNodes: Node[] = []
  let bufNodeStart: number[] = []
  let bufTextStart: number[] = []
  let bufLength: number[] = []
  let linkChars = 0
  let owner: Element | null = null
  let pendingSpace: { node: Node; offset: number } | null = null
  const blockStack: Element[] = []
  let linkDepth = 0
  let preDepth = 0

  const push = (s: string, node: Node | null, offset: number) => {
    if (node) {
      const last = bufNodes.length - 1
      // Extend the previous segment when this piece continues it in the same node.
      if (last >= 0 && bufNodes[last] === node && bufNodeStart[last] + bufLength[last] === offset &&
          bufTextStart[last] + bufLength[last] === buf.length) {
        bufLength[last] += s.length
      } else {
        bufNodes.push(node)
        bufNodeStart.push(offset)
        bufTextStart.push(buf.length)
        bufLength.push(s.length)
      }
    }
    buf += s
  }

  const flush = () => {
    pendingSpace = null
    // Trailing line breaks end nothing a reader sees.
    let end = buf.length
    while (end > 0 && buf.charCodeAt(end - 1) === 10) end--
    if (end > 0 && owner) {
      const blockText = buf.slice(0, end)
      const info: BlockInfo = { text: blockText, linkChars, owner, heading: HEADING.has(tagOf(owner)) }
      if (!opts.keep || opts.keep(info)) {
        if (text.length > 0) text += PARAGRAPH_BREAK
        const base = text.length
        for (let i = 0; i < bufNodes.length; i++) {
          if (bufTextStart[i] >= end) break
          segNodes.push(bufNodes[i])
          segNodeStart.push(bufNodeStart[i])
          segTextStart.push(base + bufTextStart[i])
          segLength.push(Math.min(bufLength[i], end - bufTextStart[i]))
        }
        text += blockText
        blocks.push({ kind: info.heading ? 'heading' : 'paragraph', start: base, end: base + end })
      }
    }
    buf = ''
    bufNodes = []
    bufNodeStart = []
    bufTextStart = []
    bufLength = []
    linkChars = 0
    owner = null
  }

  const addText = (node: Node, data: string) => {
    if (preDepth > 0) {
      if (!owner) owner = blockStack[blockStack.length - 1] ?? null
      let i = 0
      for (const m of data.matchAll(/[\u00AD\uFEFF]+|[^\u00AD\uFEFF]+/g)) {
        if (!INVISIBLE.test(m[0][0])) push(m[0], node, m.index ?? i)
        i += m[0].length
      }
      return
    }
    for (const m of data.matchAll(PIECES)) {
      const piece = m[0]
      const at = m.index ?? 0
      if (COLLAPSIBLE.test(piece[0])) {
        // A space is kept only between words on a line: not at a block or line start.
        if (buf.length > 0 && buf.charCodeAt(buf.length - 1) !== 10 && buf.charCodeAt(buf.length - 1) !== 32 &&
            !pendingSpace) {
          pendingSpace = { node, offset: at }
        }
      } else if (!INVISIBLE.test(piece[0])) {
        if (!owner) owner = blockStack[blockStack.length - 1] ?? null
        if (pendingSpace) {
          push(' ', pendingSpace.node, pendingSpace.offset)
          pendingSpace = null
        }
        push(piece, node, at)
        if (linkDepth > 0) linkChars += piece.length
      }
    }
  }

  walk(
    root,
    (node) => {
      const type = node.nodeType
      if (type === TEXT_NODE || type === CDATA_NODE) {
        const data = (node as CharacterData).data
        if (data.length > 0) addText(node, data)
        return false
      }
      if (type !== ELEMENT_NODE) return type === 9 || type === 11 // document, fragment
      const el = node as Element
      const tag = tagOf(el)
      if (tag === 'br') {
        pendingSpace = null
        // At most one blank line: <br><br> is a paragraph break, more add nothing.
        if (buf.length > 0 && !buf.endsWith(PARAGRAPH_BREAK)) buf += '\n'
        return false
      }
      if (node !== root && (isHidden(el, tag) || (opts.skip && opts.skip(el, tag)))) return false
      if (isBlock(tag)) {
        flush()
        blockStack.push(el)
      }
      if (tag === 'a' && el.hasAttribute('href')) linkDepth++
      if (tag === 'pre' || tag === 'textarea' || tag === 'listing' || tag === 'plaintext') preDepth++
      return true
    },
    (node) => {
      if (node.nodeType !== ELEMENT_NODE) return
      const el = node as Element
      const tag = tagOf(el)
      if (tag === 'a' && el.hasAttribute('href')) linkDepth--
      if (tag === 'pre' || tag === 'textarea' || tag === 'listing' || tag === 'plaintext') preDepth--
      if (isBlock(tag)) {
        flush()
        blockStack.pop()
      }
    },
  )
  flush()
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument
  return { map: new DomTextMap(text, root, doc, segNodes, segNodeStart, segTextStart, segLength), blocks }
}

/** A TextMap over segments: text[textStart + i] came from node.data[nodeStart + i]. */
export class DomTextMap implements TextMap {
  private readonly byNode = new Map<Node, number[]>()

  constructor(
    readonly text: string,
    private readonly root: Node,
    private readonly doc: Document | null,
    private readonly nodes: Node[],
    private readonly nodeStart: number[],
    private readonly textStart: number[],
    private readonly length: number[],
  ) {
    for (let i = 0; i < nodes.length; i++) {
      const list = this.byNode.get(nodes[i])
      if (list) list.push(i)
      else this.byNode.set(nodes[i], [i])
    }
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
