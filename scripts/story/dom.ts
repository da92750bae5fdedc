// Node DOMs for evaluation and benchmarks: linkedom (fast) and jsdom (what Readability was scored with).
import { JSDOM, VirtualConsole } from 'jsdom'
import { parseHTML } from 'linkedom'

export type DomName = 'linkedom' | 'jsdom'

const quiet = new VirtualConsole()

export function parseDocument(html: string, dom: DomName, url?: string): Document {
  if (dom === 'jsdom') {
    const opts = { url: url ?? 'about:blank', virtualConsole: quiet }
    try {
      return new JSDOM(html, opts).window.document
    } catch {
      // jsdom 29 throws while parsing a style sheet with SCSS variables left in it
      // (`calc(($a - $b) / 16)`): put lengths in their place and parse again.
      const fixed = html.replace(/<style[\s\S]*?<\/style>/gi, (css) => css.replace(/\$[\w-]+/g, '0px'))
      return new JSDOM(fixed, opts).window.document
    }
  }
  const doc = parseHTML(html).document as unknown as Document
  if (doc.documentElement?.localName !== 'html') {
    // linkedom makes an element before <html> (a stray <script>) the document element, where a
    // browser puts it in <head>: parse again from <html>.
    const at = html.search(/<html[\s>]/i)
    if (at > 0) return streamed(parseHTML(html.slice(at)).document as unknown as Document)
  }
  return streamed(doc)
}

/**
 * React's streamed server rendering sends the page's content late, in `<div hidden id="S:n">`,
 * with an inline script that moves it into the place of `<template id="B:n">`; in a browser that
 * has happened by the time the content script runs. Node DOMs run no scripts: do the move here,
 * for both extractors alike.
 */
function streamed(doc: Document): Document {
  for (const div of Array.from(doc.querySelectorAll('div[hidden][id^="S:"]'))) {
    const slot = doc.getElementById('B:' + div.id.slice(2))
    if (!slot || slot.localName !== 'template' || !slot.parentNode) continue
    const parent = slot.parentNode
    while (div.firstChild) parent.insertBefore(div.firstChild, slot)
    slot.remove()
    div.remove()
  }
  return doc
}
