// findStory: a Document in, the story out (metadata, body, text map), or no story with the reason.
// Takes the Document as an argument, reads no globals and never changes the DOM, so it runs the
// same in a content script and under linkedom or jsdom in Node.
import type { StoryResult } from './types.ts'
import { scanPage, type BodyScan } from './find-body.ts'
import { extractBody } from './extract-body.ts'
import { readMetadata, weakPublished } from './read-metadata.ts'
import { findHeadlineElement, readVisible } from './read-visible.ts'
import { isStoryType, readJsonLdScripts, typesOf, type LdObject } from './json-ld.ts'
import type { Found, PageParts } from './page-parts.ts'
import { crossCheckedDay, headlineDays } from './headline-dateline.ts'
import { notAStory, type PageSignals } from './classify-page.ts'
import { collectText } from './text-map.ts'
import { fromText, toIso } from './iso-date.ts'
import { tagOf } from './dom-rules.ts'

/** A dateline at the start of the story text ("Feb. 23, 2015 -- …"): the day, when nothing else gives one. */
const DATELINE_CHARS = 40

function datelineDay(text: string): string | null {
  const head = text.slice(0, DATELINE_CHARS)
  const day = fromText(head)
  return day && /^\W*[\p{L}.]+\s+\d/u.test(head) ? day : null
}

/** The day in a story URL's path (/2015/03/18/), the last resort. */
function urlDay(url: string | null): string | null {
  const m = url ? /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(url) : null
  return m ? toIso(`${m[1]}-${m[2]}-${m[3]}`) : null
}

export interface FindStoryOptions {
  /** The address the page came from, when the Document does not know it (a saved page). */
  url?: string
}

const PRODUCT_TYPE = /^(?:schema:)?(?:Product|ProductGroup|ProductModel|IndividualProduct|Offer|AggregateOffer|Car|Vehicle)$/i
const LIST_TYPE = /^(?:schema:)?(?:CollectionPage|ItemList|SearchResultsPage|OfferCatalog|ProductCollection)$/i

function pageSignals(parts: PageParts, ld: LdObject[]): Pick<PageSignals, 'articleMeta' | 'videoMeta' | 'otherKind'> {
  const ogMeta = parts.metas.find((m) => m.getAttribute('property') === 'og:type')
  const og = ogMeta?.getAttribute('content')?.toLowerCase() ?? ''
  const ldArticle = ld.some(isStoryType)
  const ldVideo = ld.some((o) => typesOf(o).some((t) => /VideoObject/i.test(t)))
  const articleMeta = ldArticle || og === 'article'
  const ldProduct = ld.some((o) => typesOf(o).some((t) => PRODUCT_TYPE.test(t)))
  const ldList = ld.some((o) => typesOf(o).some((t) => LIST_TYPE.test(t)))
  const otherKind = ldProduct || og.startsWith('product') ? 'product page' : ldList ? 'listing' : null
  return { articleMeta, videoMeta: !ldArticle && (og.startsWith('video') || ldVideo) && og !== 'article', otherKind }
}

/** The <body>: looked up among the root's children, since linkedom's `document.body` can miss it
 * when the markup puts an element before <head>. */
export function bodyOf(root: Element): Element | null {
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'body' || c.localName === 'frameset') return c
  }
  return null
}

/** `el.closest('article')`, without parsing a selector. */
function closestArticle(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (tagOf(e) === 'article') return e
  return null
}

/** The first visible element of a list the page walk noted. */
function firstVisible(found: Found[]): Element | null {
  for (const f of found) if (!f.hidden) return f.el
  return null
}

export function findStory(doc: Document, opts: FindStoryOptions = {}): StoryResult {
  try {
    const root = doc.documentElement
    if (!root) return { ok: false, reason: 'empty document' }
    const body = bodyOf(root) ?? root
    let scan = scanPage(root, body)
    const { parts } = scan
    const ld = readJsonLdScripts(parts.ldScripts)
    const signals = pageSignals(parts, ld)
    const docUrl = opts.url ?? (doc.URL && /^https?:/.test(doc.URL) ? doc.URL : null)
    const judge = (s: BodyScan) => {
      const scope = s.container ? (closestArticle(s.container) ?? s.container.parentElement ?? s.container) : null
      const visible = readVisible(parts, scope)
      const meta = readMetadata(doc, parts, ld, visible, opts)
      const dated = meta.published !== null
      return { visible, meta, reason: notAStory(doc, s, { ...signals, dated, url: docUrl ?? meta.url, headline: meta.title }) }
    }
    let { visible, meta, reason } = judge(scan)
    if (reason === 'no story text') {
      // The fallback: a second scan in which no boilerplate verdict is final (find-body.ts), for a
      // story the first scan lost inside an element that looked like boilerplate.
      const second = scanPage(root, body, true)
      const judged = judge(second)
      if (judged.reason === null && second.container) {
        scan = second
        ;({ visible, meta, reason } = judged)
      }
    }
    if (reason || !scan.container) return { ok: false, reason: reason ?? 'no story text' }
    const headline = meta.title === visible.headlines[0] ? visible.headlineElement : findHeadlineElement(parts, meta.title)
    const { map, blocks } = extractBody(scan, headline)
    if (map.text.trim().length === 0) return { ok: false, reason: 'no story text' }
    const titleMap = headline ? collectText(headline).map : null
    // Days by the headline come after the metadata's and before the address's; a day labelled
    // as a change ("Updated …") is the last resort, after the address (docs/story.md).
    const shown = headline ?? firstVisible(parts.h1)
    const byHeadline = shown ? headlineDays(shown, root) : null
    // The metadata's day is checked against the one shown by the headline (crossCheckedDay).
    const stated = meta.published ? crossCheckedDay(meta.published, byHeadline?.published ?? null) : null
    const published = stated ?? weakPublished(parts, ld) ?? datelineDay(map.text) ?? byHeadline?.published ?? urlDay(meta.url) ?? byHeadline?.changed ?? null
    return { ok: true, story: { ...meta, published, text: map.text }, blocks, textMap: map, titleMap }
  } catch (err) {
    // A page can be anything; an exception must not escape into the content script.
    return { ok: false, reason: `error: ${err instanceof Error ? err.message : String(err)}` }
  }
}
