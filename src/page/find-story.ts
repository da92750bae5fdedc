// findStory: a Document in, the story out (metadata, body, text map) or no story with the reason.
import type { StoryResult } from './types.ts'
import { scanForBody } from './find-body.ts'
import { extractBody } from './extract-body.ts'

export interface FindStoryOptions {
  /** The address the page came from, when the Document does not know it (a saved page). */
  url?: string
}

export function findStory(doc: Document, opts: FindStoryOptions = {}): StoryResult {
  void opts
  const root = doc.documentElement
  if (!root) return { ok: false, reason: 'empty document' }
  const body = doc.body ?? root
  const scan = scanForBody(body)
  if (!scan.container) return { ok: false, reason: 'no story text' }
  const { map, blocks } = extractBody(scan.container, null, scan.wrappers)
  return {
    ok: true,
    story: { title: null, byline: [], published: null, modified: null, site: null, url: null, lang: null, text: map.text },
    blocks,
    textMap: map,
    titleMap: null,
  }
}
