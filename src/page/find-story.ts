// findStory: a Document in, the story out (metadata, body, text map), or no story with the reason.
// Takes the Document as an argument, reads no globals and never changes the DOM, so it runs the
// same in a content script and under linkedom or jsdom in Node.
import type { StoryResult } from './types.ts'
import { scanForBody } from './find-body.ts'
import { extractBody } from './extract-body.ts'
import { readMetadata } from './read-metadata.ts'
import { readVisible } from './read-visible.ts'
import { isStoryType, readJsonLd, typesOf } from './json-ld.ts'
import { notAStory } from './classify-page.ts'
import { collectText } from './text-map.ts'

export interface FindStoryOptions {
  /** The address the page came from, when the Document does not know it (a saved page). */
  url?: string
}

function pageSignals(doc: Document): { articleMeta: boolean; videoMeta: boolean } {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase() ?? ''
  const ld = readJsonLd(doc)
  const ldArticle = ld.some(isStoryType)
  const ldVideo = ld.some((o) => typesOf(o).some((t) => /VideoObject/i.test(t)))
  const articleMeta = ldArticle || og === 'article'
  return { articleMeta, videoMeta: !ldArticle && (og.startsWith('video') || ldVideo) && og !== 'article' }
}

export function findStory(doc: Document, opts: FindStoryOptions = {}): StoryResult {
  try {
    const root = doc.documentElement
    if (!root) return { ok: false, reason: 'empty document' }
    const body = doc.body ?? root
    const scan = scanForBody(body)
    const scope = scan.container ? (scan.container.closest('article') ?? scan.container.parentElement ?? scan.container) : null
    const visible = readVisible(doc, scope)
    const meta = readMetadata(doc, opts, visible)
    const docUrl = opts.url ?? (doc.URL && /^https?:/.test(doc.URL) ? doc.URL : null)
    const reason = notAStory(doc, scan, { ...pageSignals(doc), url: docUrl ?? meta.url, headline: meta.title })
    if (reason || !scan.container) return { ok: false, reason: reason ?? 'no story text' }
    const { map, blocks } = extractBody(scan.container, visible.headlineElement, scan.wrappers)
    if (map.text.trim().length === 0) return { ok: false, reason: 'no story text' }
    const titleMap = visible.headlineElement && meta.title === visible.headlines[0] ? collectText(visible.headlineElement).map : null
    return { ok: true, story: { ...meta, text: map.text }, blocks, textMap: map, titleMap }
  } catch (err) {
    // A page can be anything; an exception must not escape into the content script.
    return { ok: false, reason: `error: ${err instanceof Error ? err.message : String(err)}` }
  }
}
