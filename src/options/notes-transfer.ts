// Long notes operations from the options page, in batches with progress: reading every note page by
// page (for the library and for export) and importing a parsed file a few hundred notes at a time.
// Each reply counts what its batch did, so the final report adds them up exactly. The page sends
// through `send` (passed in, so tests run this against a store in memory).
import type { ReplyOf, RequestOf, RequestType } from '../protocol/messages.ts'
import type { Note } from '../notes/schema.ts'
import type { ImportParse } from '../notes/import-notes.ts'
import type { ImportReply } from './library-format.ts'

export type Send = <T extends RequestType>(msg: RequestOf<T>) => Promise<ReplyOf<T>>

/** Notes per page read: each reply a megabyte or so. */
export const PAGE_NOTES = 1_000
/** Notes per import batch: each batch well under a second of background work on a busy machine. */
export const BATCH_NOTES = 500
/** UTF-16 code units of notes per batch at most, whatever their count: far below any message cap. */
export const BATCH_CHARS = 8_000_000

export interface Progress { done: number; total: number }
export type Failure = { ok: false; message: string }

/** Every stored note, page by page through the id directory; `onProgress` after each page. */
export async function readAllNotes(send: Send, onProgress: (p: Progress) => void = () => {}):
Promise<{ ok: true; notes: Note[]; invalid: number } | Failure> {
  const notes: Note[] = []
  let invalid = 0
  let total = 0
  let cursor: string | null = null
  do {
    const r: ReplyOf<'app/notes-page'> = await send({ type: 'app/notes-page', cursor, limit: PAGE_NOTES })
    if (!r.ok) return { ok: false, message: r.error.message }
    if (r.value.total !== null) total = r.value.total
    notes.push(...r.value.notes)
    invalid += r.value.invalid
    cursor = r.value.next
    onProgress({ done: notes.length + invalid, total: Math.max(total, notes.length + invalid) })
  } while (cursor !== null)
  return { ok: true, notes, invalid }
}

/** A rough size of a note in a message, to keep batches of long notes small. */
const charsOf = (n: Note) => 600 + n.body.text.length + n.target.source.length +
  n.target.selector[0].exact.length + n.target.selector[0].prefix.length + n.target.selector[0].suffix.length +
  (n.story.title?.length ?? 0) + n.body.tags.join('').length

/** The notes in batches of at most BATCH_NOTES notes and BATCH_CHARS characters. */
export function batchesOf(notes: readonly Note[], maxNotes = BATCH_NOTES, maxChars = BATCH_CHARS): Note[][] {
  const out: Note[][] = []
  let batch: Note[] = []
  let chars = 0
  for (const n of notes) {
    const c = charsOf(n)
    if (batch.length > 0 && (batch.length >= maxNotes || chars + c > maxChars)) { out.push(batch); batch = []; chars = 0 }
    batch.push(n)
    chars += c
  }
  if (batch.length > 0) out.push(batch)
  return out
}

export interface ImportRun { report: ImportReply; stopped: string | null }

/**
 * Sends the parsed notes in batches, each with a batch id (`importId:n`) that makes a resend
 * harmless, and adds up what each batch did. A batch that fails stops the import: the report
 * says what was done before it, and `stopped` why the rest was not sent.
 */
export async function importInBatches(send: Send, parsed: ImportParse, importId: string,
  onProgress: (p: Progress) => void = () => {}): Promise<ImportRun> {
  const report: ImportReply = { imported: 0, copies: 0, skipped: [], failed: [], rejected: parsed.rejected }
  const total = parsed.notes.length
  let done = 0
  const batches = batchesOf(parsed.notes)
  for (let i = 0; i < batches.length; i++) {
    const r = await send({ type: 'app/notes-import-batch', batchId: `${importId}:${i}`,
      notes: batches[i] as unknown as Record<string, unknown>[] })
    if (!r.ok) {
      const left = total - done
      return { report, stopped: `${r.error.message}. ${left.toLocaleString('en')} ${left === 1 ? 'note was' : 'notes were'} not sent.` }
    }
    report.imported += r.value.imported
    report.copies += r.value.copies
    report.skipped.push(...r.value.skipped)
    report.failed.push(...r.value.failed)
    done += batches[i].length
    onProgress({ done, total })
  }
  return { report, stopped: null }
}
