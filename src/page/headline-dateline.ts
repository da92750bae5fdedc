// The day a page shows by its headline ("Aug 04, 2025", "Published on: February 14, 2025",
// "by Jane Doe • Dec 17, 2025", "Updated May 6, 2025"), read from the short lines that follow the
// headline in page order. Used only when no metadata, microdata, <time> or date element dates the
// story (find-story.ts): on WCXB's development articles that had no day, most showed one there.
import { CDATA_NODE, ELEMENT_NODE, TEXT_NODE, isHidden, tagOf } from './dom-rules.ts'
import { nextInOrder, nextSkippingChildren } from './walk.ts'
import { fromText } from './iso-date.ts'

/** Visible characters read after the headline: a dateline sits in the lines below it, not deep in the story. */
const MAX_CHARS_AFTER = 600
/** A text longer than this is a sentence that mentions a day, not a dateline. */
const MAX_LINE_CHARS = 80
/**
 * A day shown by the headline at least this many days before the metadata's publish day is taken
 * over it: metadata that dates a story after the day the page shows is the date of a rebuild or a
 * republication (on WCXB's development articles the shown day was the gold's on 8 of 9 such pages,
 * the ninth matching neither; a day before is a time zone, and a shown day after the metadata's was
 * right 6 times in 13).
 */
const SHOWN_BEFORE_STATED_MIN_DAYS = 2
const DAY_MS = 86_400_000
/** Labels that make the day a change rather than the publication ("Last updated", "Reviewed on"). */
const CHANGED = /updated|modified|edited|reviewed|refreshed/i

export interface HeadlineDays {
  /** The first day by the headline not labelled as a change, or null. */
  published: string | null
  /** The first day labelled as a change ("Updated May 6, 2025"), or null. */
  changed: string | null
}

/** The days shown in the lines after `headline`, within `root`. Linear in the text read, which is bounded. */
export function headlineDays(headline: Element, root: Element): HeadlineDays {
  let changed: string | null = null
  let seen = 0
  let before = ''
  let n: Node | null = nextSkippingChildren(headline, root)
  while (n && seen <= MAX_CHARS_AFTER) {
    const type = n.nodeType
    if (type === ELEMENT_NODE && isHidden(n as Element, tagOf(n as Element))) {
      n = nextSkippingChildren(n, root)
      continue
    }
    if (type === TEXT_NODE || type === CDATA_NODE) {
      const text = (n as CharacterData).data.replace(/\s+/g, ' ').trim()
      if (text.length > 0) {
        seen += text.length
        const day = text.length <= MAX_LINE_CHARS ? fromText(text) : null
        // The label can sit in the text before the day ("Last updated" | "Aug 04, 2025").
        if (day && !CHANGED.test(text) && !CHANGED.test(before)) return { published: day, changed }
        if (day) changed ??= day
        before = text
      }
    }
    n = nextInOrder(n, root)
  }
  return { published: null, changed }
}

/** The publish day: the metadata's, unless the day shown by the headline is well before it. */
export function crossCheckedDay(stated: string, shown: string | null): string {
  if (!shown) return stated
  const a = Date.parse(stated.slice(0, 10))
  const b = Date.parse(shown.slice(0, 10))
  if (!/^\d{4}-\d{2}-\d{2}/.test(stated) || !/^\d{4}-\d{2}-\d{2}/.test(shown) || Number.isNaN(a) || Number.isNaN(b)) return stated
  return a - b >= SHOWN_BEFORE_STATED_MIN_DAYS * DAY_MS ? shown : stated
}
