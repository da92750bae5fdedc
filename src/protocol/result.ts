// Results instead of thrown errors, one type for the whole extension: every store operation,
// import and message reply says what went wrong with a code from one taxonomy. A leaf: the notes
// layer and the protocol both import it, it imports nothing.

export type ErrorCode =
  // about a message
  | 'bad-request' // payload failed its schema
  | 'unknown-type' // no such message type
  | 'forbidden' // sender may not ask this (a content script asking a privileged operation)
  | 'no-receiver' // the other side is gone (tab closed, worker stopped mid-reply)
  | 'internal'
  // about stored or imported data
  | 'not-found'
  | 'storage' // the key-value store failed (quota, I/O): nothing already stored was lost
  | 'invalid' // the data does not pass its schema
  | 'unreadable' // a stored item is there but invalid: it is kept, not overwritten
  | 'not-json'
  | 'wrong-shape'
  | 'too-large'
  | 'newer-version' // written by a newer Gloss: kept as it is, not read

export interface GlossError {
  code: ErrorCode
  /** A sentence a reader can be shown. */
  message: string
  /** Schema issues, one per line ("target.selector.1.start: Invalid type"). */
  issues?: string[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: GlossError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(code: ErrorCode, message: string, issues?: string[]): Result<T> =>
  ({ ok: false, error: issues ? { code, message, issues } : { code, message } })
