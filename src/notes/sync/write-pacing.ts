// When the sync engine may write the area: a burst of edits is coalesced into one write, and
// writes are spaced so that Chrome's per-minute and per-hour limits of storage.sync are never hit.
/** A burst of edits is written once it pauses this long… */
export const DEBOUNCE_MS = 2_000
/** …or this long after its first edit, whichever comes first… */
export const MAX_WAIT_MS = 10_000
/**
 * …and never sooner than this after the last write: at most 10 writes a minute and 600 an hour,
 * each one `set` and at most one `remove`, under Chrome's 120 a minute and 1,800 an hour.
 */
export const MIN_GAP_MS = 6_000
/** After a failed write (quota, rate, offline), wait this long before the next. */
export const BACKOFF_MS = 60_000

export interface Pacing {
  /** A pull is owed (the area changed, or this worker has not read it yet). */
  pullNeeded: boolean
  /** When the first unwritten edit happened; null when nothing waits. */
  dirtySince: number | null
  lastEdit: number
  lastFlush: number
  backoffUntil: number
  /** The area was written by a newer Gloss: no write until this one is updated. */
  blocked: boolean
}

/** When the engine should next step: now for an owed pull, else the pacing rule's time; null when idle. */
export function dueAt(p: Pacing, now: number): number | null {
  if (p.pullNeeded) return now
  if (p.dirtySince === null || p.blocked) return null
  return Math.max(Math.min(p.lastEdit + DEBOUNCE_MS, p.dirtySince + MAX_WAIT_MS), p.lastFlush + MIN_GAP_MS, p.backoffUntil)
}
