// Test helper: the same HTML parsed by linkedom and by jsdom, so every page test runs on both.
import { JSDOM } from 'jsdom'
import { parseHTML } from 'linkedom'

export type DomName = 'linkedom' | 'jsdom'
export const DOMS: DomName[] = ['linkedom', 'jsdom']

export function parse(html: string, dom: DomName, url?: string): Document {
  if (dom === 'jsdom') return new JSDOM(html, { url: url ?? 'about:blank' }).window.document
  return parseHTML(html).document as unknown as Document
}
