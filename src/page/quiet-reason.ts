// A cheap look before story detection (detect-story.ts runs it first, for the content script on
// every page it is injected into, the CLI and the evaluation): the reason to stay quiet when the page surely or most likely holds no story, null when findStory
// should look. The first rules are bounds findStory itself applies, reached without walking the page:
//  - not an HTML document (an image, a PDF viewer, JSON, a feed): never read as a story;
//  - a site's root address without article metadata: findStory calls it a home page;
//  - less visible text under <body> than the shortest story findStory accepts (scripts, styles and
//    other never-text elements left out): an empty shell, a video or login page with a line of text.
//    The text count stops as soon as it reaches that bound, so on a real page it reads only the start.
// Then the page-type classifier (page-type.ts) over one walk's cheap features: a product page, a
// shop category, a listing, a service page, a forum thread or documentation is left quiet before
// findStory runs. Its threshold leaves about one article in 200 of WCXB's development part quiet
// (out of fold); it never rejects a page fixture findStory reads as a story (tested).
import { bodyOf } from './find-story.ts'
import { pageFeatures } from './page-features.ts'
import { judgePageType } from './page-type.ts'
import { isRootPath, MIN_ARTICLE_PROSE } from './classify-page.ts'
import { CDATA_NODE, ELEMENT_NODE, TEXT_NODE, isNeverText, tagOf } from './dom-rules.ts'
import { isStoryType, readJsonLd, type LdObject } from './json-ld.ts'
import { nextInOrder, nextSkippingChildren } from './walk.ts'

/** Document types a story can be read from. */
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i

export interface QuietReasonOptions {
  /** The address the page came from, when the Document does not know it (as for findStory). */
  url?: string
}

/** Why the page holds no story, or null when findStory should look. */
export function quietReason(doc: Document, opts: QuietReasonOptions = {}): string | null {
  try {
    const root = doc.documentElement
    if (!root) return 'empty document'
    const type = doc.contentType
    if (type && !HTML_TYPES.test(type)) return 'not a web page'
    const url = opts.url ?? (doc.URL && /^https?:/.test(doc.URL) ? doc.URL : null)
    const ld = readJsonLd(doc)
    const articleMeta = hasArticleMetadata(doc, ld)
    if (url && isRootPath(url) && !articleMeta) return 'home page'
    const body = bodyOf(root) ?? root
    if (!hasVisibleText(body, MIN_ARTICLE_PROSE)) return 'no story text'
    // A page that calls itself an article goes to findStory without the classifier's walk: the
    // walk would cost a news page a third of its detection time (npm run bench -- story), and
    // findStory's own rules judge such pages.
    if (articleMeta) return null
    return judgePageType(pageFeatures(doc, body, url, ld)).reason
  } catch {
    // A page can be anything: when in doubt, let findStory look (it answers with a reason).
    return null
  }
}

/** og:type article, or a JSON-LD Article kin: what findStory takes as the page calling itself an article. */
function hasArticleMetadata(doc: Document, ld: LdObject[]): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase()
  return og === 'article' || ld.some(isStoryType)
}

/** True once `min` visible characters (not white space) are found under `body`. */
function hasVisibleText(body: Element, min: number): boolean {
  let ink = 0
  let node: Node | null = body.firstChild
  while (node) {
    const type = node.nodeType
    if (type === TEXT_NODE || type === CDATA_NODE) {
      const data = (node as CharacterData).data
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i)
        if (c > 32 && c !== 160 && c !== 0xad && ++ink >= min) return true
      }
    } else if (type === ELEMENT_NODE && isNeverText(tagOf(node as Element))) {
      node = nextSkippingChildren(node, body)
      continue
    }
    node = nextInOrder(node, body)
  }
  return false
}
