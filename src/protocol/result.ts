// Results instead of thrown errors: every store and import operation says what went wrong.

export type NoteErrorCode =
  | 'invalid' // the data does not pass the note schema
  | 'unreadable' // a stored item is there but invalid: it is kept, not overwritten
  | 'not-found'
  | 'storage' // the key-value store failed (quota, I/O): nothing already stored was lost
  | 'not-json'
  | 'wrong-shape'
  | 'too-large'
  | 'newer-version' // written by a newer Gloss: kept as it is, not read

export interface NoteError {
  code: NoteErrorCode
  /** A sentence a reader can be shown. */
  message: string
  /** Schema issues, one per line ("target.selector.1.start: Invalid type"). */
  issues?: string[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: NoteError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(code: NoteErrorCode, message: string, issues?: string[]): Result<T> =>
  ({ ok: false, error: issues ? { code, message, issues } : { code, message } })
