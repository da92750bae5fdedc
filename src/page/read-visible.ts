// What the page shows a reader about its story: the headline, byline elements and the dates in
// microdata, <time> and date-like elements. The fallback when metadata is missing.
import { isHidden, tagOf } from './dom-rules.ts'
import { fromText, toIso } from './iso-date.ts'

/** At most this many candidate elements are read for each field (pages repeat bylines in lists). */
const MAX_CANDIDATES = 20
/** Visible bylines longer than this are a bio or a paragraph, not a byline. */
const MAX_BYLINE_CHARS = 200
/** Headlines shorter than this are a logo or a label. */
const MIN_HEADLINE_CHARS = 8

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

function dateOf(el: Element): string | null {
  return toIso(el.getAttribute('content')) ?? toIso(el.getAttribute('datetime')) ?? fromText(collapse(el.textContent))
}

/** Reads the visible headline, byline and dates; `scope` is the story's neighbourhood when known. */
export function readVisible(doc: Document, scope?: Element | null): Visible {
  const headlineEls = all(doc, 'h1').filter((h) => !hiddenInTree(h) && collapse(h.textContent).length >= MIN_HEADLINE_CHARS)
  const headlines = headlineEls.map((h) => collapse(h.textContent))
  const authors: string[] = []
  const authorSel = '[rel~="author"], [itemprop~="author"], [class*="byline" i], [class*="author" i], [data-testid*="byline" i]'
  for (const el of all(doc, authorSel)) {
    if (hiddenInTree(el) || tagOf(el) === 'meta' || tagOf(el) === 'body' || tagOf(el) === 'html') continue
    const nameEl = el.querySelector('[itemprop~="name"]')
    const text = collapse(nameEl ? nameEl.getAttribute('content') ?? nameEl.textContent : el.textContent)
    if (text.length > 0 && text.length <= MAX_BYLINE_CHARS) authors.push(text)
    if (authors.length > 0 && tagOf(el) !== 'a') break
  }
  let published: string | null = null
  for (const el of all(doc, '[itemprop~="datePublished"], time[pubdate], [property="article:published_time"]')) {
    published = dateOf(el)
    if (published) break
  }
  if (!published) {
    for (const el of all(scope ?? doc, 'time[datetime]')) {
      if (hiddenInTree(el)) continue
      published = toIso(el.getAttribute('datetime'))
      if (published) break
    }
  }
  if (!published) {
    for (const el of all(scope ?? doc, '[class*="date" i], [class*="time" i], [class*="published" i]')) {
      const tag = tagOf(el)
      if (tag === 'body' || tag === 'html' || hiddenInTree(el)) continue
      const text = collapse(el.textContent)
      if (text.length > 80) continue
      published = fromText(text)
      if (published) break
    }
  }
  let modified: string | null = null
  for (const el of all(doc, '[itemprop~="dateModified"]')) {
    modified = dateOf(el)
    if (modified) break
  }
  return { headlines, headlineElement: headlineEls[0] ?? null, authors, published, modified }
}
