// What the page shows a reader about its story: the headline, byline elements and the dates in
// microdata, <time> and date-like elements. The fallback when metadata is missing.
import { isHidden, tagOf } from './dom-rules.ts'
import { fromText, toIso } from './iso-date.ts'

/** At most this many candidate elements are read for each field (pages repeat bylines in lists). */
const MAX_CANDIDATES = 20
/** Visible bylines longer than this are a bio or a paragraph, not a byline. */
const MAX_BYLINE_CHARS = 200
/** Visible byline candidates kept, in page order; the first that gives names wins. */
const MAX_AUTHOR_CANDIDATES = 4
const AUTHOR_SELECTORS = [
  '[itemprop~="author"], [rel~="author"], [class*="byline" i], [data-testid*="byline" i], [class*="author" i], ' +
    '[class*="auteur" i], [class*="autor" i]',
  '[class*="signature" i]',
]
/** Headlines shorter than this are a logo or a label. */
const MIN_HEADLINE_CHARS = 8
/** A date element with more text than this is a paragraph that mentions a date. */
const MAX_DATE_TEXT_CHARS = 80

export interface Visible {
  headlines: string[]
  /** The element of the first headline, so the body leaves it out. */
  headlineElement: Element | null
  authors: string[]
  published: string | null
  modified: string | null
}

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()

/** True when the element or an ancestor is hidden from the DOM alone. */
export function hiddenInTree(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isHidden(e, tagOf(e))) return true
  return false
}

function all(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector)).slice(0, MAX_CANDIDATES)
  } catch {
    return []
  }
}

function firstDate(scope: ParentNode, selector: string, read: (el: Element) => string | null, visibleOnly = true): string | null {
  for (const el of all(scope, selector)) {
    const tag = tagOf(el)
    if (tag === 'body' || tag === 'html' || (visibleOnly && hiddenInTree(el))) continue
    const date = read(el)
    if (date) return date
  }
  return null
}

function dateOf(el: Element): string | null {
  return toIso(el.getAttribute('content')) ?? toIso(el.getAttribute('datetime')) ?? fromText(collapse(el.textContent))
}

/** The visible heading (h1, else h2) whose text is the title, so the body can leave it out. */
export function findHeadlineElement(doc: Document, title: string | null): Element | null {
  if (!title) return null
  const want = title.toLowerCase().replace(/\s+/g, ' ').trim()
  for (const sel of ['h1', 'h2']) {
    for (const h of all(doc, sel)) {
      if (collapse(h.textContent).toLowerCase() === want && !hiddenInTree(h)) return h
    }
  }
  return null
}

/** Reads the visible headline, byline and dates; `scope` is the story's neighbourhood when known. */
export function readVisible(doc: Document, scope?: Element | null): Visible {
  const headlineEls = [...all(doc, 'h1'), ...all(doc, 'h2')].filter((h) => !hiddenInTree(h) && collapse(h.textContent).length >= MIN_HEADLINE_CHARS)
  const headlines = headlineEls.map((h) => collapse(h.textContent))
  const authors: string[] = []
  // Bylines in page order; the loose "signature" class only when nothing else names an author.
  const authorEls = all(doc, AUTHOR_SELECTORS[0])
  if (authorEls.length === 0) authorEls.push(...all(doc, AUTHOR_SELECTORS[1]))
  let lastParent: Element | null = null
  const bylineContext: string[] = []
  for (const el of authorEls) {
    const tag = tagOf(el)
    if (tag === 'meta') {
      const content = collapse(el.getAttribute('content'))
      if (content && !/^https?:/.test(content)) authors.push(content)
      continue
    }
    if (hiddenInTree(el) || tag === 'body' || tag === 'html') continue
    const nameEl = el.querySelector('[itemprop~="name"]')
    const text = collapse(nameEl ? nameEl.getAttribute('content') ?? nameEl.textContent : el.textContent)
    if (text.length === 0 || text.length > MAX_BYLINE_CHARS) continue
    // Co-authors in sibling elements ("<span class=author>A</span> and <span class=author>B</span>")
    // are one byline.
    if (lastParent !== null && el.parentElement === lastParent && authors.length > 0) {
      authors[authors.length - 1] += ', ' + text
      continue
    }
    lastParent = el.parentElement
    authors.push(text)
    // The byline's container often carries the date too ("Par A et B — publié le 3 avril 2029").
    const around = collapse(el.parentElement?.textContent)
    if (around.length <= MAX_BYLINE_CHARS) bylineContext.push(around)
    if (authors.length >= MAX_AUTHOR_CANDIDATES) break
  }
  // Microdata and <time> in the story's neighbourhood first, then anywhere on the page.
  const scopes: ParentNode[] = scope ? [scope, doc] : [doc]
  let published: string | null = null
  for (const where of scopes) {
    published = firstDate(where, '[itemprop~="datePublished"], time[pubdate]', dateOf, false)
    if (published) break
  }
  for (const where of scopes) {
    if (published) break
    published = firstDate(where, 'time[datetime]', (el) => toIso(el.getAttribute('datetime')))
    if (published) break
    published = firstDate(where, '[class*="date" i], [class*="time" i], [class*="published" i]', (el) => {
      const text = collapse(el.textContent)
      return toIso(el.getAttribute('title')) ?? (text.length <= MAX_DATE_TEXT_CHARS ? fromText(text) : null)
    })
  }
  // Last, a date written into the byline ("By Jane Doe — March 3, 2029").
  for (const text of [...authors, ...bylineContext]) {
    if (published) break
    published = fromText(text)
  }
  let modified: string | null = null
  for (const el of all(doc, '[itemprop~="dateModified"]')) {
    modified = dateOf(el)
    if (modified) break
  }
  return { headlines, headlineElement: headlineEls[0] ?? null, authors, published, modified }
}
