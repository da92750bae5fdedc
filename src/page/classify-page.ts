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
  /** What the page's metadata says it is when that is not a story: a product (JSON-LD Product or
   * Offer, og:type product) or a list (JSON-LD CollectionPage, ItemList, SearchResultsPage…). */
  otherKind?: 'product page' | 'listing' | null
  /** The page states when it was published (JSON-LD, meta tags, <time>, a dated element). */
  dated?: boolean
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

/** Path words of shop, catalogue and service addresses, and what such a page is. */
const PRODUCT_PATH = /\/(?:products?|shop|store|p|dp|item|itm|buy)(?:\/|$|\.)/i
const LISTING_PATH = /\/(?:collections?|categor(?:y|ies)|product-category|catalog(?:ue)?|tags?|department|c)(?:\/|$|\.)/i
const SERVICE_PATH = /\/(?:services?|solutions?|pricing|plans|industries|features|platform|software|careers|jobs|locations?)(?:\/|$|\.)/i
/** Path words of a story's address: they outweigh the words above (/blog/products/…). */
const STORY_PATH = /\/(?:blogs?|news|articles?|posts?|stor(?:y|ies)|insights?|guides?|learn|resources|magazine|journal|(?:19|20)\d\d)(?:\/|$|[-_.])/i

function isStoryPath(url: string | null): boolean {
  try {
    return url !== null && STORY_PATH.test(new URL(url).pathname)
  } catch {
    return false
  }
}

/** The words of a shop's buy button. */
const BUY = /^\W*(?:add to (?:cart|bag|basket|trolley)|buy (?:it )?now|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello)\W*$/i
/** Buttons looked at, at most: a shop's buy button comes early. */
const MAX_BUTTONS = 200

/** A shop's buy button ("Add to cart", "Buy now") among the page's buttons. */
export function hasBuyButton(doc: Document): boolean {
  const buttons = doc.querySelectorAll('button, input[type="submit"]')
  for (let i = 0; i < buttons.length && i < MAX_BUTTONS; i++) {
    const b = buttons[i]
    const text = b.localName === 'input' ? b.getAttribute('value') : b.textContent
    if (text && text.length < 60 && BUY.test(text.replace(/\s+/g, ' ').trim())) return true
  }
  return false
}

/** What a page whose metadata does not call it an article is, from its address, or null. */
export function kindFromPath(url: string | null): 'product page' | 'listing' | 'service page' | null {
  if (!url) return null
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return null
  }
  if (STORY_PATH.test(path)) return null
  if (PRODUCT_PATH.test(path)) return 'product page'
  if (LISTING_PATH.test(path)) return 'listing'
  if (SERVICE_PATH.test(path)) return 'service page'
  return null
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
  // A page with no sign of a story in its metadata (neither an article type nor a publish date)
  // that says it is a product or a list, or whose address is a shop's, a catalogue's or a
  // service's: not a story, however much prose its description holds.
  if (!signals.articleMeta && signals.dated === false) {
    const kind = signals.otherKind ?? kindFromPath(signals.url)
    if (kind) return kind
    if (!isStoryPath(signals.url) && hasBuyButton(doc)) return 'product page'
  }
  if (prose < (signals.articleMeta ? MIN_ARTICLE_PROSE : MIN_STORY_PROSE)) {
    return signals.videoMeta ? 'video page without text' : 'no story text'
  }
  return null
}
