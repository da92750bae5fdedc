// The parts of a page that metadata is read from (meta tags, JSON-LD scripts, the canonical link,
// headings, byline and date elements), noted element by element during the one walk of the page
// that also scores the story container (find-body.ts). This replaces a dozen selector searches over
// the whole document, which cost a third of detection time. Each list keeps document order, like
// `querySelectorAll`, and says for each element whether it or an ancestor is hidden from the DOM
// alone (dom-rules.ts), so readers can ask for visible ones as before.
import type { Attrs } from './element-attrs.ts'

/** An element found on the page, and whether it or an ancestor is hidden. */
export interface Found {
  el: Element
  hidden: boolean
}

export interface PageParts {
  /** Every <meta>, in document order. */
  metas: Element[]
  /** <script type="application/ld+json">. */
  ldScripts: Element[]
  /** The first <link rel~="canonical">. */
  canonical: Element | null
  /** The first <title>. */
  title: Element | null
  h1: Found[]
  h2: Found[]
  /** `[itemprop~=author], [rel~=author]`, and class (or data-testid) byline, author, auteur, autor. */
  authors: Found[]
  /** Class "signature": a byline only when nothing else names an author. */
  signatures: Found[]
  /** `[itemprop~=datePublished], time[pubdate]`. */
  datePublished: Found[]
  /** `time[datetime]`. */
  timeDatetime: Found[]
  /** Class date, time or published. */
  dateClass: Found[]
  /** `[itemprop~=dateModified]`. */
  dateModified: Found[]
}

export function emptyParts(): PageParts {
  return {
    metas: [], ldScripts: [], canonical: null, title: null, h1: [], h2: [], authors: [], signatures: [],
    datePublished: [], timeDatetime: [], dateClass: [], dateModified: [],
  }
}

/** Class words that make an element a byline candidate (CSS `[class*=… i]`). */
const AUTHOR_CLASS = /byline|author|auteur|autor/
/** Class words that make an element a date candidate. */
const DATE_CLASS = /date|time|published/
/** One cheap test before the finer ones: does the class hold any word we look for? */
const ANY_CLASS_WORD = /byline|aut(?:hor|eur|or)|signature|date|time|published/i
const LD_JSON = 'application/ld+json'

/** `~=`: the attribute's white-space separated tokens hold the token. */
const TOKEN = {
  canonical: /(?:^|\s)canonical(?:\s|$)/,
  author: /(?:^|\s)author(?:\s|$)/,
  datePublished: /(?:^|\s)datePublished(?:\s|$)/,
  dateModified: /(?:^|\s)dateModified(?:\s|$)/,
}
type Token = keyof typeof TOKEN

function hasToken(value: string, token: Token): boolean {
  return value === token || (value.includes(token) && TOKEN[token].test(value))
}

/**
 * Notes `el` in the lists it belongs to. `tag` is its lower-case local name, `a` its attributes
 * (read once by the caller, which also needs them), `hidden` whether it or an ancestor is hidden.
 * Selectors the lists stand for: see PageParts.
 */
export function noteElement(parts: PageParts, el: Element, tag: string, a: Attrs, hidden: boolean): void {
  switch (tag) {
    case 'meta':
      parts.metas.push(el)
      break
    case 'script': {
      const type = a.type
      if (type !== null && type.length === LD_JSON.length && type.toLowerCase() === LD_JSON) parts.ldScripts.push(el)
      break
    }
    case 'link':
      // rel is matched without regard to case in HTML documents (HTML, "case-sensitivity of selectors").
      if (parts.canonical === null && a.rel !== null && hasToken(a.rel.toLowerCase(), 'canonical')) parts.canonical = el
      break
    case 'title':
      if (parts.title === null) parts.title = el
      break
    case 'h1':
      parts.h1.push({ el, hidden })
      break
    case 'h2':
      parts.h2.push({ el, hidden })
      break
  }
  if (!a.any) return
  let author = false
  let published = false
  let modified = false
  const itemprop = a.itemprop
  if (itemprop !== null) {
    author = hasToken(itemprop, 'author')
    published = hasToken(itemprop, 'datePublished')
    modified = hasToken(itemprop, 'dateModified')
  }
  if (tag === 'time' && a.pubdate) published = true
  if (published) parts.datePublished.push({ el, hidden })
  if (tag === 'time' && a.datetime) parts.timeDatetime.push({ el, hidden })
  if (modified) parts.dateModified.push({ el, hidden })
  if (!author && a.rel !== null && hasToken(a.rel.toLowerCase(), 'author')) author = true
  const cls = a.cls
  if (cls !== null && cls.length > 0 && ANY_CLASS_WORD.test(cls)) {
    const lower = cls.toLowerCase()
    if (!author && AUTHOR_CLASS.test(lower)) author = true
    if (lower.includes('signature')) parts.signatures.push({ el, hidden })
    if (DATE_CLASS.test(lower)) parts.dateClass.push({ el, hidden })
  }
  if (!author && a.testid !== null && a.testid.toLowerCase().includes('byline')) author = true
  if (author) parts.authors.push({ el, hidden })
}
