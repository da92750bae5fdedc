// What the page walk saw in the body, in order (text nodes, <br>, elements opening and closing),
// kept so that the story text can be read from the chosen container by replaying it instead of
// walking the DOM a second time. Hidden subtrees are not recorded: the walk leaves them out of the
// body, as a DOM walk of the text would (dom-rules.ts).
import { isBlock } from './dom-rules.ts'
import { PRE_TAGS, finishMap, type Collected, type CollectOptions } from './text-map.ts'
import { TextCollector } from './text-collector.ts'

export const EVENT_TEXT = 0
export const EVENT_BR = 1
export const EVENT_OPEN = 2
export const EVENT_CLOSE = 3
/** Added to OPEN and CLOSE for a link (<a href>). */
export const EVENT_LINK = 4

export interface PageRecord {
  kind: number[]
  node: Node[]
  /** The text of a text node, the tag of an element. */
  str: string[]
  /** For an OPEN event, the index of its CLOSE event. */
  end: number[]
}

export function newRecord(): PageRecord {
  return { kind: [], node: [], str: [], end: [] }
}

/** Records an event; returns its index. */
export function record(rec: PageRecord, kind: number, node: Node, str: string): number {
  rec.kind.push(kind)
  rec.node.push(node)
  rec.str.push(str)
  rec.end.push(0)
  return rec.kind.length - 1
}

/**
 * The text under the element whose OPEN event is `from`, as collectText (text-map.ts) gives it
 * from the DOM: same text, blocks and map.
 */
export function replayText(rec: PageRecord, from: number, opts: CollectOptions = {}): Collected {
  const { kind, node, str, end } = rec
  const c = new TextCollector(opts.keep)
  const last = end[from]
  for (let i = from; i <= last; i++) {
    const k = kind[i]
    if (k === EVENT_TEXT) {
      if (str[i].length > 0) c.text(node[i], str[i])
    } else if (k === EVENT_BR) {
      c.br()
    } else if ((k & 3) === EVENT_OPEN) {
      const tag = str[i]
      if (i !== from && opts.skip && opts.skip(node[i] as Element, tag)) {
        i = end[i]
        continue
      }
      if (isBlock(tag)) c.openBlock(node[i] as Element)
      if (k & EVENT_LINK) c.linkDepth++
      if (PRE_TAGS.has(tag)) c.preDepth++
    } else {
      const tag = str[i]
      if (k & EVENT_LINK) c.linkDepth--
      if (PRE_TAGS.has(tag)) c.preDepth--
      if (isBlock(tag)) c.closeBlock()
    }
  }
  return finishMap(c, node[from])
}
