// What the page shows a reader about its story: the headline, byline elements and the dates in
// microdata, <time> and date-like elements. The fallback when metadata is missing. Reads the
// candidates the page walk noted (page-parts.ts) rather than searching the page again.
import { CDATA_NODE, ELEMENT_NODE, TEXT_NODE, tagOf } from './dom-rules.ts'
import { nextInOrder } from './walk.ts'
import { fromText, toIso } from './iso-date.ts'
import type { Found, PageParts } from './page-parts.ts'

/** At most this many candidate elements are read for each field (pages repeat bylines in lists). */
const MAX_CANDIDATES = 20
/** Visible bylines longer than this are a bio or a paragraph, not a byline. */
const MAX_BYLINE_CHARS = 200
/** Visible byline candidates kept, in page order; the first that gives names wins. */
const MAX_AUTHOR_CANDIDATES = 4
/** Headlines shorter than this are a logo or a label. */
const MIN_HEADLINE_CHARS = 8
/** A date element with more text than this is a paragraph that mentions a date. */
const MAX_DATE_TEXT_CHARS = 80

export interface Visible {
  headlines: string[]
  /** The text of the page's visible h1 when there is exactly one (of headline length), else null. */
  h1: string | null
  /** The element of the first headline, so the body leaves it out. */
  headlineElement: Element | null
  authors: string[]
  published: string | null
  modified: string | null
}

/** A lower-case letter followed by a capital: two words written together. */
const RUN_IN = /(\p{Ll})(\p{Lu})/gu

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()

/**
 * `collapse(el.textContent)` when it is at most `max` characters long, else null; stops reading as
 * soon as the text is surely longer (a byline's parent can be the whole story).
 */
export function shortText(el: Element, max: number): string | null {
  let raw = ''
  let ink = 0
  for (let n: Node | null = el.firstChild; n; n = nextInOrder(n, el)) {
    const type = n.nodeType
    if (type !== TEXT_NODE && type !== CDATA_NODE) continue
    const data = (n as CharacterData).data
    raw += data
    for (let i = 0; i < data.length && ink <= max; i++) {
      const c = data.charCodeAt(i)
      // Not white space as \s has it (the exotic spaces, from U+1680 on, asked of the regex).
      if (c > 32 && c !== 0xa0 && (c < 0x1680 || !WHITE.test(data[i]))) ink++
    }
    if (ink > max) return null
  }
  const text = collapse(raw)
  return text.length <= max ? text : null
}
const WHITE = /\s/

/** Ancestors looked at for a comment section (bounded: a byline sits a few levels below one). */
const MAX_COMMENT_DEPTH = 12
const COMMENT = /(?:^|[\s_-])(?:comments?|commentlist|replies)(?:$|[\s_-])/i

/** Whether `el` sits in the readers' comments, whose names are not the story's byline. */
function inComments(el: Element): boolean {
  let e: Element | null = el
  for (let i = 0; e && i < MAX_COMMENT_DEPTH; i++, e = e.parentElement) {
    const cls = e.getAttribute('class')
    const id = e.getAttribute('id')
    if ((cls && COMMENT.test(cls)) || (id && COMMENT.test(id))) return true
  }
  return false
}

/** `el.querySelector('[itemprop~="name"]')`, without parsing a selector. */
function itempropName(el: Element): Element | null {
  for (let n: Node | null = el.firstChild; n; n = nextInOrder(n, el)) {
    if (n.nodeType !== ELEMENT_NODE) continue
    const prop = (n as Element).getAttribute('itemprop')
    if (prop !== null && (prop === 'name' || /(?:^|\s)name(?:\s|$)/.test(prop))) return n as Element
  }
  return null
}

/** The first candidates (as a selector search would cap them), within `scope` when given. */
function first(found: Found[], scope: Element | null = null): Found[] {
  const out: Found[] = []
  for (const f of found) {
    if (scope && (f.el === scope || !scope.contains(f.el))) continue
    out.push(f)
    if (out.length >= MAX_CANDIDATES) break
  }
  return out
}

function firstDate(found: Found[], scope: Element | null, read: (el: Element) => string | null, visibleOnly = true): string | null {
  for (const { el, hidden } of first(found, scope)) {
    const tag = tagOf(el)
    if (tag === 'body' || tag === 'html' || (visibleOnly && hidden)) continue
    const date = read(el)
    if (date) return date
  }
  return null
}

function dateOf(el: Element): string | null {
  return toIso(el.getAttribute('content')) ?? toIso(el.getAttribute('datetime')) ?? fromText(collapse(el.textContent))
}

/** The visible heading (h1, else h2) whose text is the title, so the body can leave it out. */
export function findHeadlineElement(parts: PageParts, title: string | null): Element | null {
  if (!title) return null
  const want = title.toLowerCase().replace(/\s+/g, ' ').trim()
  for (const list of [parts.h1, parts.h2]) {
    for (const { el, hidden } of first(list)) {
      if (!hidden && collapse(el.textContent).toLowerCase() === want) return el
    }
  }
  return null
}

/** Reads the visible headline, byline and dates; `scope` is the story's neighbourhood when known. */
export function readVisible(parts: PageParts, scope: Element | null = null): Visible {
  const headlineEls: Element[] = []
  const headlines: string[] = []
  for (const { el, hidden } of [...first(parts.h1), ...first(parts.h2)]) {
    if (hidden) continue
    const text = collapse(el.textContent)
    if (text.length < MIN_HEADLINE_CHARS) continue
    headlineEls.push(el)
    headlines.push(text)
  }
  let h1: string | null = null
  let h1Count = 0
  for (const { el, hidden } of parts.h1) {
    if (hidden) continue
    const text = collapse(el.textContent)
    if (text.length < MIN_HEADLINE_CHARS) continue
    h1 = ++h1Count === 1 ? text : null
  }
  const authors: string[] = []
  // Bylines in page order; the loose "signature" class only when nothing else names an author.
  const authorEls = first(parts.authors.length > 0 ? parts.authors : parts.signatures)
  let lastParent: Element | null = null
  const bylineContext: string[] = []
  for (const { el, hidden } of authorEls) {
    const tag = tagOf(el)
    if (tag === 'meta') {
      const content = collapse(el.getAttribute('content'))
      if (content && !/^https?:/.test(content)) authors.push(content)
      continue
    }
    if (hidden || tag === 'body' || tag === 'html' || inComments(el)) continue
    const nameEl = itempropName(el)
    const content = nameEl?.getAttribute('content')
    const text = content != null ? collapse(content) : shortText(nameEl ?? el, MAX_BYLINE_CHARS)
    if (!text || text.length > MAX_BYLINE_CHARS) continue
    // Co-authors in sibling elements ("<span class=author>A</span> and <span class=author>B</span>")
    // are one byline.
    if (lastParent !== null && el.parentElement === lastParent && authors.length > 0) {
      authors[authors.length - 1] += ', ' + text
      continue
    }
    lastParent = el.parentElement
    authors.push(text)
    // The byline's container often carries the date too ("Par A et B — publié le 3 avril 2029").
    const around = el.parentElement ? shortText(el.parentElement, MAX_BYLINE_CHARS) : ''
    if (around !== null) bylineContext.push(around)
    if (authors.length >= MAX_AUTHOR_CANDIDATES) break
  }
  // Microdata and <time> in the story's neighbourhood first, then anywhere on the page.
  const scopes: Array<Element | null> = scope ? [scope, null] : [null]
  let published: string | null = null
  for (const where of scopes) {
    published = firstDate(parts.datePublished, where, dateOf, false)
    if (published) break
  }
  for (const where of scopes) {
    if (published) break
    published = firstDate(parts.timeDatetime, where, (el) => toIso(el.getAttribute('datetime')))
    if (published) break
    published = firstDate(parts.dateClass, where, (el) => {
      const text = shortText(el, MAX_DATE_TEXT_CHARS)
      return toIso(el.getAttribute('title')) ?? (text !== null ? fromText(text) : null)
    })
  }
  // Last, a date written into the byline ("By Jane Doe — March 3, 2029").
  // A day run into the name ("Jane DoeMay 6, 2031") is read once the two are apart.
  for (const text of [...authors, ...bylineContext]) {
    if (published) break
    published = fromText(text.replace(RUN_IN, '$1 $2'))
  }
  let modified: string | null = null
  for (const { el } of first(parts.dateModified)) {
    modified = dateOf(el)
    if (modified) break
  }
  return { headlines, h1, headlineElement: headlineEls[0] ?? null, authors, published, modified }
}
