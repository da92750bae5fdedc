// Says when a page is not a story (home page, section front, search results, login wall, video
// without text, empty), from the container scan and a few cheap looks at the DOM and metadata.
import type { BodyScan } from './find-body.ts'

/** A story has at least this much prose in its container… */
const MIN_STORY_PROSE = 300
/** …or this much when the page's metadata says it is an article (a short brief, a paywalled lede). */
export const MIN_ARTICLE_PROSE = 150
/** A page with this many teaser cards is a list of stories… */
const FRONT_MIN_TEASERS = 6
/** …unless its container holds at least this share of the teasers' prose (a story with a big
 * related-stories section still has more prose of its own than half of all its teasers). */
const FRONT_STORY_OVER_TEASERS = 0.5
/** A container with more prose blocks than this is a story, whatever teasers surround it. */
const FRONT_MAX_STORY_BLOCKS = 4
/** Behind a login form, a page shows at most this much prose (a lede) before the wall. */
const LOGIN_MAX_PROSE = 1200
/** A video page has at most this much prose (a caption, a summary). */
const VIDEO_MAX_PROSE = 600
/** A search results page is a list: the container has at most this much prose. */
const SEARCH_MAX_PROSE = 2000

const SEARCH_URL = /[/?&](?:search|suche|recherche|busca|buscar)(?:[/?&=.]|$)|[?&](?:q|query|s|search_query|keywords?)=/i
const SEARCH_HEADING = /\bsearch results?\b|\bresults? for\b|\bno results\b|résultats? de recherche|resultados de (?:la )?búsqueda|suchergebnisse/i

export interface PageSignals {
  /** The page's metadata says it is an article (JSON-LD Article kin, og:type article). */
  articleMeta: boolean
  /** The page's metadata says it is a video (og:type video, JSON-LD VideoObject) and not an article. */
  videoMeta: boolean
  url: string | null
  headline: string | null
}

export function hasPasswordField(scope: ParentNode): boolean {
  try {
    return scope.querySelector('input[type="password" i], input[type="password"], input[autocomplete="current-password"]') !== null
  } catch {
    return scope.querySelector('input[type="password"]') !== null
  }
}

/** A site's root (the home page): '/', '/index.html', '/en/'. */
export function isRootPath(url: string | null): boolean {
  if (!url) return false
  try {
    const u = new URL(url)
    return /^\/(?:index\.\w+|[a-z]{2}(?:-[a-z]{2})?\/?)?$/i.test(u.pathname) && u.search === ''
  } catch {
    return false
  }
}

/** The reason the page is not a story, or null when it is one. */
export function notAStory(doc: Document, scan: BodyScan, signals: PageSignals): string | null {
  const container = scan.container
  const front = scan.teasers >= FRONT_MIN_TEASERS && scan.proseBlocks <= FRONT_MAX_STORY_BLOCKS &&
    scan.proseChars < scan.teaserProse * FRONT_STORY_OVER_TEASERS
  if (front) return isRootPath(signals.url) ? 'home page' : 'section front'
  const prose = container ? scan.proseChars : 0
  if (container && prose < LOGIN_MAX_PROSE) {
    const scope = (container.closest('article, main, [role="main"]') ?? container) as ParentNode
    if (hasPasswordField(scope) || hasPasswordField(container)) return 'login wall'
  }
  if (prose < SEARCH_MAX_PROSE && ((signals.url && SEARCH_URL.test(signals.url)) || SEARCH_HEADING.test(signals.headline ?? ''))) {
    return 'search results'
  }
  if (signals.videoMeta && prose < VIDEO_MAX_PROSE) return 'video page without text'
  if (!container || scan.pageProseChars === 0) {
    return (doc.documentElement?.textContent ?? '').trim().length > 0 ? 'no story text' : 'empty document'
  }
  if (isRootPath(signals.url) && !signals.articleMeta) return 'home page'
  if (prose < (signals.articleMeta ? MIN_ARTICLE_PROSE : MIN_STORY_PROSE)) {
    return signals.videoMeta ? 'video page without text' : 'no story text'
  }
  return null
}
