// The reference date relative expressions resolve against: the publish date as written (its local
// calendar date, ignoring any offset), else a date from the page, else today — and which it was.

import { isValidDate, type Ymd } from './calendar.ts'

export type ReferenceSource = 'published' | 'page' | 'today' | 'none'

export interface Reference {
  /** The reference calendar date, YYYY-MM-DD, or null when nothing usable was given. */
  date: string | null
  source: ReferenceSource
}

// "2024-01-24", "2024-01-24T06:00:00-05:00", "20240124": the calendar date as written.
const ISO_DATE = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/

/** The local calendar date an ISO 8601 date or date-time names, or null when it names none. */
export function parseIsoDate(iso: string | null | undefined): Ymd | null {
  if (!iso) return null
  const m = ISO_DATE.exec(iso)
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null
}

/**
 * Pick the reference date: `published` when it parses, else the first usable page date (e.g. the
 * modified date or a dateline), else `today`. The source says which, so the caller can tell the
 * reader that "Tuesday" was resolved against today rather than the publish date.
 */
export function resolveReference(
  published: string | null,
  today?: string | null,
  pageDates: ReadonlyArray<string | null> = [],
): Reference {
  const iso = (p: Ymd) => `${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`
  const pub = parseIsoDate(published)
  if (pub) return { date: iso(pub), source: 'published' }
  for (const d of pageDates) {
    const p = parseIsoDate(d)
    if (p) return { date: iso(p), source: 'page' }
  }
  const t = parseIsoDate(today)
  if (t) return { date: iso(t), source: 'today' }
  return { date: null, source: 'none' }
}
