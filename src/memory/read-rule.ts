// When a story counts as read: analysed, and visible for READ_AFTER_MS in total (the stretches
// add up across tab switches). A tab opened in the background and never looked at is not read.
// Pure: the content script feeds it page-visibility events with their times and asks it whether
// the story is read and how long until it may be; it sets no timers itself.

// Ten seconds visible, from the issue: long enough to skip pages opened and closed, short
// enough that a reader who skims a story has it remembered.
export const READ_AFTER_MS = 10_000

export type ReadEvent =
  /** The engine's analysis arrived (or failed for good: then never send this). */
  | { type: 'analysed'; at: number }
  /** document.visibilityState became "visible" (also the initial state when it is). */
  | { type: 'visible'; at: number }
  /** document.visibilityState became "hidden", or the page is being left (pagehide). */
  | { type: 'hidden'; at: number }
  /** A timer fired: no state change, just "check now". */
  | { type: 'tick'; at: number }

export interface ReadState {
  analysed: boolean
  /** Start of the current visible stretch, or null while hidden. */
  visibleSince: number | null
  /** Visible time of the stretches already ended. */
  visibleMs: number
  /** Decided once; it never goes back. */
  read: boolean
}

/** The state of a page that has just loaded: hidden until told otherwise (a background tab). */
export const initialReadState = (): ReadState => ({ analysed: false, visibleSince: null, visibleMs: 0, read: false })

/** Visible time so far at `now`. A clock that went backwards counts as no time. */
export function visibleTime(state: ReadState, now: number): number {
  const current = state.visibleSince === null ? 0 : Math.max(0, now - state.visibleSince)
  return state.visibleMs + current
}

/** Applies one event. `becameRead` is true exactly once: when the story first counts as read,
 *  which is the moment to tell the background to record it. */
export function readStep(state: ReadState, event: ReadEvent): { state: ReadState; becameRead: boolean } {
  if (state.read) return { state, becameRead: false }
  const next: ReadState = { ...state }
  switch (event.type) {
    case 'analysed':
      next.analysed = true
      break
    case 'visible':
      if (next.visibleSince === null) next.visibleSince = event.at
      break
    case 'hidden':
      next.visibleMs = visibleTime(state, event.at)
      next.visibleSince = null
      break
    case 'tick':
      break
  }
  if (next.analysed && visibleTime(next, event.at) >= READ_AFTER_MS) {
    next.read = true
    return { state: next, becameRead: true }
  }
  return { state: next, becameRead: false }
}

/** Milliseconds until the story may count as read if it stays visible: when to send a 'tick'.
 *  Null when no timer is needed (already read, hidden, or not analysed yet). */
export function msUntilRead(state: ReadState, now: number): number | null {
  if (state.read || !state.analysed || state.visibleSince === null) return null
  return Math.max(0, READ_AFTER_MS - visibleTime(state, now))
}
