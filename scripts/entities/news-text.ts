// The text our modern-news annotation (scripts/entities/news-gold/) is made on: the blocks of a
// news page's expected.html (Readability's gold main content, ../shared/corpora/news-pages/), each
// block's text with whitespace collapsed, blocks joined by a blank line as the story text joins its
// paragraphs. Written once and kept apart from story detection, so that improving detection never
// moves an offset of the annotation; the loader checks every span against this text.
import { parseHTML } from 'linkedom'
import { ELEMENT_NODE, isBlock, isNeverText, tagOf, TEXT_NODE } from '../../src/page/dom-rules.ts'

/** Blocks of the page's text in document order (an iterative walk: linear, no deep recursion). */
export function newsBlocks(html: string): string[] {
  // expected.html is a fragment (a div): given a document around it, linkedom puts it in the body.
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`)
  const blocks: string[] = []
  let buffer = ''
  const flush = () => {
    const t = buffer.replace(/\s+/g, ' ').trim()
    if (t) blocks.push(t)
    buffer = ''
  }
  const root = document.body as unknown as Node | null
  // Each stack entry is a node to enter, or a block element to leave (flushing its text).
  const stack: Array<{ node: Node; leave: boolean }> = root ? [{ node: root, leave: false }] : []
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!
    if (leave) { flush(); continue }
    if (node.nodeType === TEXT_NODE) { buffer += node.nodeValue ?? ''; continue }
    if (node.nodeType !== ELEMENT_NODE) continue
    const tag = tagOf(node as Element)
    if (isNeverText(tag)) continue
    if (tag === 'br') { buffer += ' '; continue }
    const block = isBlock(tag)
    if (block) { flush(); stack.push({ node, leave: true }) }
    const kids = node.childNodes
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], leave: false })
  }
  flush()
  return blocks
}

export function newsText(html: string): string {
  return newsBlocks(html).join('\n\n')
}
