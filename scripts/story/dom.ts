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
  return parseHTML(html).document as unknown as Document
}
