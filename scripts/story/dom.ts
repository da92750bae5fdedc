// Node DOMs for evaluation and benchmarks: linkedom (fast) and jsdom (what Readability was scored with).
import { JSDOM, VirtualConsole } from 'jsdom'
import { parseHTML } from 'linkedom'

export type DomName = 'linkedom' | 'jsdom'

const quiet = new VirtualConsole()

export function parseDocument(html: string, dom: DomName, url?: string): Document {
  if (dom === 'jsdom') {
    return new JSDOM(html, { url: url ?? 'about:blank', virtualConsole: quiet }).window.document
  }
  return parseHTML(html).document as unknown as Document
}
