// Story identity: one key for a story under all its addresses (canonical link, og:url, AMP
// renderings, tracking parameters, mobile and www hosts). Pure: it reads no DOM and fetches
// nothing; the caller passes the URLs the page states. A canonical link is believed only when it
// stays on the document's site and is not a home or section page above the document, so a page
// that lies never merges two stories.
import { normaliseUrl, unwrapAmp, type NormalUrl } from './identity/normalise-url.ts'
import { parseHttpUrl } from './identity/parse-url.ts'

export interface StoryKeyInput {
  /** The address the document was loaded from (location.href, or --url for a saved page). */
  documentUrl: string | null | undefined
  /** <link rel="canonical"> href, as written (relative links are resolved here). */
  canonical?: string | null
  /** <meta property="og:url"> content. */
  ogUrl?: string | null
  /** <link rel="amphtml"> href: the AMP rendering's address; used only when the document's
   *  own URL is unusable (a saved page), as AMP paths do not always mirror the story's. */
  ampUrl?: string | null
}

export type StoryKeySource = 'canonical' | 'og' | 'amp' | 'document'

export type StoryKeyResult =
  | {
      ok: true
      /** host + path + ?query, e.g. "nytimes.com/2024/01/23/us/politics/x.html". */
      key: string
      /** The believed URL without noise (its own scheme and host), to open the story. */
      url: string
      source: StoryKeySource
      /** URLs the page stated that were not believed, and why. */
      ignored: { source: StoryKeySource; reason: string }[]
    }
  | { ok: false; reason: string }

/** The story key, or null when no URL given is usable. See resolveStoryKey for the reasons. */
export function storyKey(input: StoryKeyInput): string | null {
  const result = resolveStoryKey(input)
  return result.ok ? result.key : null
}

/** The story key for a URL alone (no canonical known): stored notes, history, links. */
export function storyKeyOfUrl(url: string | null | undefined): string | null {
  return storyKey({ documentUrl: url })
}

export function resolveStoryKey(input: StoryKeyInput): StoryKeyResult {
  const ignored: { source: StoryKeySource; reason: string }[] = []
  const parsedDoc = parseHttpUrl(input.documentUrl)
  const docUrl = parsedDoc.ok ? unwrapAmp(parsedDoc.url) : undefined
  const doc = docUrl ? normaliseUrl(docUrl) : null
  if (!parsedDoc.ok) ignored.push({ source: 'document', reason: parsedDoc.reason })

  // The AMP link comes after the document: AMP paths are not always the story's path with an
  // /amp/ added (Reuters' /article/amp/idUS… drops the slug), so it only stands in for a
  // document URL that is unusable.
  const candidates: [StoryKeySource, string | null | undefined][] = [
    ['canonical', input.canonical],
    ['og', input.ogUrl],
  ]
  if (!doc) candidates.push(['amp', input.ampUrl])
  for (const [source, raw] of candidates) {
    if (raw === null || raw === undefined || raw === '') continue
    const parsed = parseHttpUrl(raw, docUrl)
    if (!parsed.ok) {
      ignored.push({ source, reason: parsed.reason })
      continue
    }
    const cand = normaliseUrl(parsed.url)
    const distrust = doc ? distrustReason(cand, doc) : null
    if (distrust !== null) {
      ignored.push({ source, reason: distrust })
      continue
    }
    return found(cand, source, ignored)
  }
  if (doc) return found(doc, 'document', ignored)
  return { ok: false, reason: `no usable URL (document: ${parsedDoc.ok ? 'ok' : parsedDoc.reason})` }
}

function found(n: NormalUrl, source: StoryKeySource, ignored: { source: StoryKeySource; reason: string }[]): StoryKeyResult {
  return { ok: true, key: n.key, url: n.href, source, ignored }
}

/** Why a URL the page states should not be believed over the document's own, or null. */
function distrustReason(cand: NormalUrl, doc: NormalUrl): string | null {
  if (cand.site !== doc.site) return `other site (${cand.site}, document on ${doc.site})`
  if (cand.key === doc.key) return null
  const c = segments(cand.path)
  const d = segments(doc.path)
  const docIsRoot = d.length === 0 && doc.query === ''
  if (c.length === 0 && cand.query === '' && !docIsRoot) return 'home page above a deeper document'
  if (cand.query === '' && isPrefix(c, d)) {
    const last = c[c.length - 1]
    if (c.length < d.length && !looksLikeStory(last)) return 'section page above the document'
    if (c.length === d.length && doc.query !== '' && !looksLikeStory(last)) {
      return 'drops the query that names the document'
    }
  }
  return null
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '')
}

function isPrefix(a: string[], b: string[]): boolean {
  if (a.length > b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i].toLowerCase() !== b[i].toLowerCase()) return false
  return true
}

// A path segment that names one story rather than a section: a file (x.html), an id (five or
// more digits: BBC's world-europe-68012345, Le Monde's _6212345_), a mixed id of eight or more
// characters (BBC's c4nn5ejrn0jo, Reuters' idUSKBN1234), or a slug of three words or more.
// Years, months and section names ("world", "us-news", "2024") are not stories.
const STORY_MIN_DIGITS = 5
const STORY_MIN_MIXED_ID = 8
const STORY_MIN_SLUG_WORDS = 3

function looksLikeStory(segment: string): boolean {
  if (/\.[a-z]{2,5}$/i.test(segment)) return true
  if ((segment.match(/\d/g)?.length ?? 0) >= STORY_MIN_DIGITS) return true
  if (segment.length >= STORY_MIN_MIXED_ID && /[a-z]/i.test(segment) && /\d/.test(segment) && !/[-_]/.test(segment)) return true
  return segment.split(/[-_]+/).filter((w) => w !== '').length >= STORY_MIN_SLUG_WORDS
}
