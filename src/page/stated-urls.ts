// The URLs a page states for itself (canonical link, og:url, AMP link), as written, for story
// identity (story-key.ts). Reads the head only; changes nothing.
import type { StoryKeyInput } from './story-key.ts'

export function statedUrls(doc: Document, documentUrl: string): StoryKeyInput {
  const attr = (selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name)?.trim() || null
  return {
    documentUrl,
    canonical: attr('link[rel~="canonical" i][href]', 'href'),
    ogUrl: attr('meta[property="og:url" i][content]', 'content'),
    ampUrl: attr('link[rel~="amphtml" i][href]', 'href'),
  }
}
