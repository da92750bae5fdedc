// A cheap look before story detection, for the content script on every page it is injected into:
// false when the page surely holds no story, true when findStory should look. It never says false
// where findStory would find a story (the tests check it on every page fixture): each rule is a
// bound findStory itself applies, reached without walking the page.
//  - not an HTML document (an image, a PDF viewer, JSON, a feed): never read as a story;
//  - a site's root address without article metadata: findStory calls it a home page;
//  - less visible text under <body> than the shortest story findStory accepts (scripts, styles and
//    other never-text elements left out): an empty shell, a video or login page with a line of text.
// The text count stops as soon as it reaches that bound, so on a real page it reads only the start.
import { bodyOf } from './find-story.ts'
import { isRootPath, MIN_ARTICLE_PROSE } from './classify-page.ts'
import { CDATA_NODE, ELEMENT_NODE, TEXT_NODE, isNeverText, tagOf } from './dom-rules.ts'
import { isStoryType, readJsonLd } from './json-ld.ts'
import { nextInOrder, nextSkippingChildren } from './walk.ts'

/** Document types a story can be read from. */
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i

export interface LooksLikeStoryOptions {
  /** The address the page came from, when the Document does not know it (as for findStory). */
  url?: string
}

export function looksLikeStory(doc: Document, opts: LooksLikeStoryOptions = {}): boolean {
  try {
    const root = doc.documentElement
    if (!root) return false
    const type = doc.contentType
    if (type && !HTML_TYPES.test(type)) return false
    const url = opts.url ?? (doc.URL && /^https?:/.test(doc.URL) ? doc.URL : null)
    if (url && isRootPath(url) && !hasArticleMetadata(doc)) return false
    return hasVisibleText(bodyOf(root) ?? root, MIN_ARTICLE_PROSE)
  } catch {
    // A page can be anything: when in doubt, let findStory look (it answers with a reason).
    return true
  }
}

/** og:type article, or a JSON-LD Article kin: what findStory takes as the page calling itself an article. */
function hasArticleMetadata(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase()
  return og === 'article' || readJsonLd(doc).some(isStoryType)
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
