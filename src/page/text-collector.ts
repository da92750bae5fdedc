// Builds the story text as a reader sees it, and its segments (which DOM text node and offset each
// stretch came from), from a stream of events: text, <br>, block and inline elements opening and
// closing. Two walks feed it: a walk of the DOM (collectText in text-map.ts) and a replay of what
// the page walk recorded (page-record.ts), so the body is read without walking the DOM again.
// Whitespace collapses as CSS collapses it (not inside <pre>), <br> is a newline, blocks are
// paragraphs separated by a blank line, soft hyphens are dropped, inline elements join.
import type { StoryBlock } from './types.ts'
import { HEADING, tagOf } from './dom-rules.ts'

export const PARAGRAPH_BREAK = '\n\n'

/** What a block's filter sees when the block ends. */
export interface BlockInfo {
  text: string
  /** Characters (not counting spaces) inside links. */
  linkChars: number
  /** The innermost block element that held the block's first text. */
  owner: Element
  heading: boolean
}

/** Segments: text[textStart[i] + k] came from nodes[i].data[nodeStart[i] + k], k < length[i]. */
export interface Segments {
  nodes: Node[]
  nodeStart: number[]
  textStart: number[]
  length: number[]
}

const SPACE = 32
const NEWLINE = 10

/** CSS collapsible white space (not U+00A0, which a reader sees as a space that does not collapse). */
function collapsible(c: number): boolean {
  return c === SPACE || c === NEWLINE || c === 9 || c === 13 || c === 12
}

/** Characters a reader never sees: soft hyphen, byte order mark. */
function invisible(c: number): boolean {
  return c === 0xad || c === 0xfeff
}

/** Text nodes shorter than this are read character by character; longer ones with WORD_RUN. */
const REGEX_MIN_CHARS = 64
/** Visible characters, and single spaces between them: what is kept of a text node as it is. */
const WORD_RUN = /[^ \t\n\r\f\u00AD\uFEFF]+(?: [^ \t\n\r\f\u00AD\uFEFF]+)*/g

/** Characters of a word run that are not spaces. */
function inkOf(words: string): number {
  let spaces = 0
  for (let i = words.indexOf(' '); i >= 0; i = words.indexOf(' ', i + 1)) spaces++
  return words.length - spaces
}

/**
 * Code units and segments every collector has read, for the tests that prove the story walk and
 * the text map linear (tests/unit/page/linear-walk.test.ts). A counter only: one addition a text
 * node and a block.
 */
export const collectorWork = { steps: 0 }

export class TextCollector {
  readonly blocks: StoryBlock[] = []
  readonly segs: Segments = { nodes: [], nodeStart: [], textStart: [], length: [] }
  /** Finished blocks' text, joined at the end. */
  private readonly out: string[] = []
  private outLength = 0
  /** The block being built; its segments are segs[blockSeg…] with text offsets relative to it. */
  private buf = ''
  private bufLength = 0
  private blockSeg = 0
  /** The last character code of buf, and how many newlines end it. */
  private last = 0
  private trailingNewlines = 0
  private linkChars = 0
  private owner: Element | null = null
  private pendingNode: Node | null = null
  private pendingOffset = 0
  private readonly blockStack: Element[] = []
  linkDepth = 0
  preDepth = 0

  constructor(private readonly keep?: (block: BlockInfo) => boolean) {}

  /** A block element opens (or closes: `el` null): the block being built ends. */
  openBlock(el: Element): void {
    this.flush()
    this.blockStack.push(el)
  }

  closeBlock(): void {
    this.flush()
    this.blockStack.pop()
  }

  br(): void {
    this.pendingNode = null
    // At most one blank line: <br><br> is a paragraph break, more add nothing.
    if (this.bufLength > 0 && this.trailingNewlines < 2) this.append('\n', null, 0)
  }

  private append(s: string, node: Node | null, offset: number): void {
    if (node) {
      const { nodes, nodeStart, textStart, length } = this.segs
      const lastSeg = nodes.length - 1
      // Extend the previous segment when this piece continues it in the same node.
      if (lastSeg >= this.blockSeg && nodes[lastSeg] === node && nodeStart[lastSeg] + length[lastSeg] === offset &&
          textStart[lastSeg] + length[lastSeg] === this.bufLength) {
        length[lastSeg] += s.length
      } else {
        nodes.push(node)
        nodeStart.push(offset)
        textStart.push(this.bufLength)
        length.push(s.length)
      }
    }
    this.buf += s
    this.bufLength += s.length
    const lastCode = s.charCodeAt(s.length - 1)
    this.last = lastCode
    if (lastCode !== NEWLINE) this.trailingNewlines = 0
    else {
      let n = 0
      while (n < s.length && s.charCodeAt(s.length - 1 - n) === NEWLINE) n++
      this.trailingNewlines = n === s.length ? this.trailingNewlines + n : n
    }
  }

  text(node: Node, data: string): void {
    collectorWork.steps += data.length
    if (this.preDepth > 0) return this.preText(node, data)
    if (data.length < REGEX_MIN_CHARS) return this.shortText(node, data)
    // Runs of words (visible characters and single spaces between them) are found by the regex
    // engine, which is fast even before the JIT has warmed up; the gaps between them are short.
    const run = WORD_RUN
    run.lastIndex = 0
    let from = 0
    for (let m = run.exec(data); m !== null; m = run.exec(data)) {
      const at = m.index
      if (at > from) this.gap(node, data, from, at)
      const words = m[0]
      if (this.owner === null) this.owner = this.blockStack[this.blockStack.length - 1] ?? null
      if (this.pendingNode !== null) {
        this.append(' ', this.pendingNode, this.pendingOffset)
        this.pendingNode = null
      }
      this.append(words, node, at)
      if (this.linkDepth > 0) this.linkChars += inkOf(words)
      from = at + words.length
    }
    if (from < data.length) this.gap(node, data, from, data.length)
  }

  /** The same, character by character: faster for the many short text nodes between tags. */
  private shortText(node: Node, data: string): void {
    const n = data.length
    let i = 0
    while (i < n) {
      const c = data.charCodeAt(i)
      if (collapsible(c) || invisible(c)) {
        let j = i + 1
        while (j < n && (collapsible(data.charCodeAt(j)) || invisible(data.charCodeAt(j)))) j++
        this.gap(node, data, i, j)
        i = j
        continue
      }
      let j = i + 1
      let spaces = 0
      while (j < n) {
        const d = data.charCodeAt(j)
        if (d === SPACE && j + 1 < n && !collapsible(data.charCodeAt(j + 1)) && !invisible(data.charCodeAt(j + 1))) {
          spaces++
          j += 2
          continue
        }
        if (collapsible(d) || invisible(d)) break
        j++
      }
      if (this.owner === null) this.owner = this.blockStack[this.blockStack.length - 1] ?? null
      if (this.pendingNode !== null) {
        this.append(' ', this.pendingNode, this.pendingOffset)
        this.pendingNode = null
      }
      this.append(i === 0 && j === n ? data : data.slice(i, j), node, i)
      if (this.linkDepth > 0) this.linkChars += j - i - spaces
      i = j
    }
  }

  /** White space and invisible characters between runs: a space is kept only between words on a line. */
  private gap(node: Node, data: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if (!collapsible(data.charCodeAt(i))) continue
      if (this.bufLength > 0 && this.last !== NEWLINE && this.last !== SPACE && this.pendingNode === null) {
        this.pendingNode = node
        this.pendingOffset = i
      }
      return
    }
  }

  /** Inside <pre>: white space is kept; only invisible characters are dropped. */
  private preText(node: Node, data: string): void {
    if (this.owner === null) this.owner = this.blockStack[this.blockStack.length - 1] ?? null
    let i = 0
    while (i < data.length) {
      while (i < data.length && invisible(data.charCodeAt(i))) i++
      let j = i
      while (j < data.length && !invisible(data.charCodeAt(j))) j++
      if (j > i) this.append(data.slice(i, j), node, i)
      i = j
    }
  }

  private flush(): void {
    this.pendingNode = null
    // Trailing line breaks end nothing a reader sees.
    const end = this.bufLength - this.trailingNewlines
    const { nodes, nodeStart, textStart, length } = this.segs
    let kept = this.blockSeg
    collectorWork.steps += 1 + nodes.length - this.blockSeg + end
    if (end > 0 && this.owner) {
      const blockText = this.buf.slice(0, end)
      const info: BlockInfo = { text: blockText, linkChars: this.linkChars, owner: this.owner, heading: HEADING.has(tagOf(this.owner)) }
      if (!this.keep || this.keep(info)) {
        if (this.outLength > 0) {
          this.out.push(PARAGRAPH_BREAK)
          this.outLength += PARAGRAPH_BREAK.length
        }
        const base = this.outLength
        for (let i = this.blockSeg; i < nodes.length; i++) {
          const at = textStart[i]
          if (at >= end) break
          nodes[kept] = nodes[i]
          nodeStart[kept] = nodeStart[i]
          length[kept] = Math.min(length[i], end - at)
          textStart[kept] = base + at
          kept++
        }
        this.out.push(blockText)
        this.outLength += end
        this.blocks.push({ kind: info.heading ? 'heading' : 'paragraph', start: base, end: base + end })
      }
    }
    nodes.length = nodeStart.length = textStart.length = length.length = kept
    this.blockSeg = kept
    this.buf = ''
    this.bufLength = 0
    this.last = 0
    this.trailingNewlines = 0
    this.linkChars = 0
    this.owner = null
  }

  /** Ends the last block; the text and its segments. */
  finish(): { text: string; segs: Segments; blocks: StoryBlock[] } {
    this.flush()
    return { text: this.out.join(''), segs: this.segs, blocks: this.blocks }
  }
}
