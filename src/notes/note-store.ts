// The store's logic over a small key-value interface (the background passes browser.storage.local):
// one write at a time, the note written before its indexes, failures returned as results, and
// every read validated. Invalid items are reported and left untouched, never dropped or overwritten.
// Notes are found through the id directory (note-directory.ts) and the story indexes, never by
// reading the whole of storage (which holds the reader's other data too).
import { readNote, validateNote } from './migrate.ts'
import { fail, ok, type ErrorCode, type Result } from '../protocol/result.ts'
import type { KeyValueStore } from '../store/key-value.ts'
import { createSerialQueue } from '../store/serial-queue.ts'
import type { Note } from './schema.ts'
import {
  DIRECTORY_READY_KEY, IMPORT_LOG_KEY, indexKey, JOURNAL_KEY, makeIndex, noteKey, NOTE_KEY_PREFIX, storyRefOf,
} from './storage-keys.ts'
import { planIndexChanges, rebuildIndexes, readIndexes } from './story-index.ts'
import {
  allIds, directoryOf, idsAfter, parseJournal, parseLog, planDirectoryChanges, withBatch, type BatchOutcome, type Journal,
} from './note-directory.ts'
import { candidatesOf, copyKeys, ownKeys, planImport, writesOf } from './import-plan.ts'

/** Notes written per key-value call on import: big enough to be quick, small enough to fail soft. */
export const IMPORT_BATCH = 1_000
/** Keys read per key-value call when reading many notes. */
const READ_CHUNK = 2_000
/** Most notes in one page read. */
export const MAX_PAGE = 2_000

/** A stored item that could not be read as a note: kept in storage, shown to the reader. */
export interface InvalidItem { key: string; code: ErrorCode; reason: string }
export interface NotesRead { notes: Note[]; invalid: InvalidItem[] }
export interface StoryRef { storyKey?: string | null; source?: string | null }
export type ImportOutcome = BatchOutcome
/** One page of notes in id order; `next` is the cursor for the page after, null at the end. */
export interface NotesPage extends NotesRead { next: string | null }

export interface NoteStore {
  /** Creates or replaces a note by id. Refuses to overwrite an unreadable stored item. */
  put(note: Note): Promise<Result<Note>>
  get(id: string): Promise<Result<Note>>
  /** Removes a note; the removed note (null if it was unreadable) comes back for undo. */
  remove(id: string): Promise<Result<Note | null>>
  /** A story's notes by story key and/or source URL, in text order. */
  forStory(ref: StoryRef): Promise<Result<NotesRead>>
  /** Every note (newest first) and every unreadable item. */
  all(): Promise<Result<NotesRead>>
  /** How many items the directory lists (notes and unreadable items). */
  count(): Promise<Result<number>>
  /** Up to `limit` notes after `cursor` (null: the first page), in id order. */
  page(cursor: string | null, limit: number): Promise<Result<NotesPage>>
  /** Stores notes that are new; never overwrites or loses a stored one (see docs/notes.md). */
  importNotes(notes: readonly unknown[]): Promise<Result<ImportOutcome>>
  /**
   * One batch of an import, idempotent by `batchId`: a batch sent again (its reply was lost) gets
   * the outcome of the first time, and finishes writing it if a stopped worker left it half done.
   */
  importBatch(batchId: string, notes: readonly unknown[]): Promise<Result<ImportOutcome>>
  /** Deletes every readable note and the indexes; unreadable items are kept. */
  clear(): Promise<Result<{ removed: number; kept: number }>>
  /** Finishes a write a stopped worker left (or builds the directory once): call when the worker starts. */
  repair(): Promise<Result<{ fixed: number }>>
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

export function createNoteStore(kv: KeyValueStore): NoteStore {
  const queue = createSerialQueue()
  /** The directory is known to be there and no journal is left: checked once per store. */
  let ready = false
  /** An index write failed after its note was written: settle the journal before the next read. */
  let dirty = false

  /** Runs tasks one at a time, in call order; a task that throws becomes a storage failure. */
  function serial<T>(task: () => Promise<Result<T>>): Promise<Result<T>> {
    return queue.run(task).catch((e: unknown) => fail<T>('storage', `Storage failed: ${message(e)}`))
  }

  function readItem(key: string, raw: unknown): { note: Note } | { invalid: InvalidItem } {
    const r = readNote(raw)
    if (r.ok && noteKey(r.value.id) === key) return { note: r.value }
    return { invalid: { key, code: r.ok ? 'invalid' : r.error.code, reason: r.ok ? 'The note is stored under another id.' : r.error.message } }
  }

  /** The stored items under `ids`, read in chunks; ids with nothing stored are left out. */
  async function readIds(ids: readonly string[]): Promise<NotesRead> {
    const out: NotesRead = { notes: [], invalid: [] }
    for (let i = 0; i < ids.length; i += READ_CHUNK) {
      const keys = ids.slice(i, i + READ_CHUNK).map(noteKey)
      const items = await kv.get(keys)
      for (const key of keys) {
        if (items[key] === undefined) continue
        const r = readItem(key, items[key])
        if ('note' in r) out.notes.push(r.note)
        else out.invalid.push(r.invalid)
      }
    }
    return out
  }

  /**
   * The one full scan: storage without a directory (an older Gloss wrote it, or it was cleared)
   * gets one from its note keys, and story indexes rebuilt from its notes.
   */
  async function buildDirectory(): Promise<number> {
    const items = await kv.get(null)
    const notes: Note[] = []
    const ids: string[] = []
    for (const [key, value] of Object.entries(items)) {
      if (!key.startsWith(NOTE_KEY_PREFIX)) continue
      ids.push(key.slice(NOTE_KEY_PREFIX.length))
      const r = readItem(key, value)
      if ('note' in r) notes.push(r.note)
    }
    const fixed = await rebuildIndexes(kv, items, notes)
    const dir = directoryOf(ids, items)
    await kv.set({ ...dir.set, [DIRECTORY_READY_KEY]: { schemaVersion: 1 } })
    await kv.remove([...dir.remove, JOURNAL_KEY])
    return fixed + (ids.length > 0 ? 1 : 0)
  }

  /** Index and directory changes, one read and one write each. */
  async function writeIndexes(add: readonly Note[], removeFrom: Array<{ ref: string; id: string }>, dirAdd: readonly string[], dirRemove: readonly string[]) {
    const story = await planIndexChanges(kv, add.map((n) => ({ ref: storyRefOf(n), id: n.id })), removeFrom)
    const dir = await planDirectoryChanges(kv, dirAdd, dirRemove)
    const set = { ...story.set, ...dir.set }
    const remove = [...story.remove, ...dir.remove]
    if (Object.keys(set).length > 0) await kv.set(set)
    if (remove.length > 0) await kv.remove(remove)
  }

  /** Makes the indexes agree with what the journal's write left stored; moves a batch's decision to the log. */
  async function settle(journal: Journal): Promise<number> {
    const stored = await readIds(journal.ids)
    const present = new Set([...stored.notes.map((n) => n.id), ...stored.invalid.map((i) => i.key.slice(NOTE_KEY_PREFIX.length))])
    const absent = journal.ids.filter((id) => !present.has(id))
    await writeIndexes(stored.notes, [], [...present], absent)
    if (journal.batch) {
      const log = parseLog((await kv.get([IMPORT_LOG_KEY]))[IMPORT_LOG_KEY])
      if (!log.batches.some((b) => b.id === journal.batch!.id && b.applied)) {
        const done = journal.batch.outcome.imported.every((id) => present.has(id))
        await kv.set({ [IMPORT_LOG_KEY]: withBatch(log, { id: journal.batch.id, outcome: journal.batch.outcome, applied: done }) })
      }
    }
    await kv.remove([JOURNAL_KEY])
    return journal.ids.length
  }

  /** Before any operation: the directory exists and no write is left half done. */
  async function ensureReady(): Promise<number> {
    if (ready && !dirty) return 0
    const items = await kv.get([DIRECTORY_READY_KEY, JOURNAL_KEY])
    let fixed = 0
    if (items[DIRECTORY_READY_KEY] === undefined) fixed = await buildDirectory()
    else {
      const journal = items[JOURNAL_KEY] === undefined ? null : parseJournal(items[JOURNAL_KEY])
      if (journal) fixed = await settle(journal)
      else if (items[JOURNAL_KEY] !== undefined) await kv.remove([JOURNAL_KEY])
    }
    ready = true
    dirty = false
    return fixed
  }

  /** Writes notes with the journal around them; on a failed index write the journal stays for the next read. */
  async function writeNotes(notes: readonly Note[], moved: Array<{ ref: string; id: string }>, batch?: Journal['batch']):
  Promise<{ written: Note[]; error: string | null }> {
    await kv.set({ [JOURNAL_KEY]: { schemaVersion: 1, ids: notes.map((n) => n.id), ...(batch ? { batch } : {}) } satisfies Journal })
    const written: Note[] = []
    let error: string | null = null
    for (let i = 0; i < notes.length; i += IMPORT_BATCH) {
      const chunk = notes.slice(i, i + IMPORT_BATCH)
      try {
        await kv.set(Object.fromEntries(chunk.map((n) => [noteKey(n.id), n])))
        written.push(...chunk)
      } catch (e) {
        error = message(e)
        break
      }
    }
    try {
      await writeIndexes(written, moved, written.map((n) => n.id), [])
      if (!batch) await kv.remove([JOURNAL_KEY])
    } catch {
      dirty = true // the notes are stored; the journal lets the next read index them
    }
    return { written, error }
  }

  /** Plans and writes one batch; with a recorded decision, writes what it decided instead. */
  async function applyBatch(incoming: readonly unknown[], batchId: string | null, decided: BatchOutcome | null): Promise<ImportOutcome> {
    const { candidates, failed } = candidatesOf(incoming)
    let outcome: BatchOutcome
    let writes: Note[]
    if (decided) {
      outcome = decided
      writes = writesOf(decided, candidates)
    } else {
      const stored = candidates.length > 0 ? await kv.get(ownKeys(candidates)) : {}
      const copies = copyKeys(candidates, stored)
      if (copies.length > 0) Object.assign(stored, await kv.get(copies))
      ;({ outcome, writes } = planImport(candidates, failed, stored))
    }
    if (writes.length === 0) {
      if (batchId) await logBatch(batchId, outcome)
      return outcome
    }
    const { written, error } = await writeNotes(writes, [], batchId ? { id: batchId, outcome } : undefined)
    if (error) {
      const reason = `Storage failed (${error}); the notes before it were saved.`
      const done = new Set(written.map((n) => n.id))
      outcome = { ...outcome, imported: outcome.imported.filter((id) => done.has(id)),
        copies: outcome.copies.filter((c) => done.has(c.to)),
        failed: [...outcome.failed, ...writes.filter((n) => !done.has(n.id)).map((n) => ({ id: n.id, reason }))] }
    }
    if (batchId && !dirty) {
      await logBatch(batchId, outcome)
      await kv.remove([JOURNAL_KEY])
    }
    return outcome
  }

  async function logBatch(batchId: string, outcome: BatchOutcome): Promise<void> {
    const log = parseLog((await kv.get([IMPORT_LOG_KEY]))[IMPORT_LOG_KEY])
    await kv.set({ [IMPORT_LOG_KEY]: withBatch(log, { id: batchId, outcome, applied: true }) })
  }

  async function readStored(id: string): Promise<{ raw: unknown; note: Result<Note> | null }> {
    const key = noteKey(id)
    const raw = (await kv.get([key]))[key]
    return { raw, note: raw === undefined ? null : readNote(raw) }
  }

  return {
    put: (input) => serial(async () => {
      const valid = validateNote(input)
      if (!valid.ok) return valid
      await ensureReady()
      const note = valid.value
      const stored = await readStored(note.id)
      if (stored.note && !stored.note.ok) {
        return fail('unreadable', 'A stored item with this id cannot be read; it was kept, not overwritten.')
      }
      const old = stored.note?.ok ? stored.note.value : null
      const moved = old && storyRefOf(old) !== storyRefOf(note) ? [{ ref: storyRefOf(old), id: old.id }] : []
      try {
        const { error } = await writeNotes([note], moved)
        if (error) return fail('storage', `The note could not be saved (${error}). Nothing stored was changed.`)
      } catch (e) {
        return fail('storage', `The note could not be saved (${message(e)}). Nothing stored was changed.`)
      }
      return ok(note)
    }),

    get: (id) => serial(async () => {
      const stored = await readStored(id)
      return stored.note ?? fail('not-found', 'No note with this id.')
    }),

    remove: (id) => serial(async () => {
      await ensureReady()
      const stored = await readStored(id)
      if (!stored.note) return fail('not-found', 'No note with this id.')
      try {
        await kv.remove([noteKey(id)])
      } catch (e) {
        return fail('storage', `The note could not be deleted (${message(e)}).`)
      }
      const note = stored.note.ok ? stored.note.value : null
      // A worker stopped here leaves a directory entry with no note: reads skip it.
      await writeIndexes([], note ? [{ ref: storyRefOf(note), id }] : [], [], [id]).catch(() => {})
      return ok(note)
    }),

    forStory: (ref) => serial(async () => {
      await ensureReady()
      const refs = [...new Set([ref.storyKey, ref.source].filter((r): r is string => !!r))]
      let indexes = await readIndexes(kv, refs)
      if (indexes.invalid) {
        // A damaged index: rebuild these stories' indexes from the notes the directory lists.
        const every = await readIds(await allIds(kv))
        const mine = every.notes.filter((n) => refs.includes(storyRefOf(n)))
        const want = new Map(refs.map((r) => [r, mine.filter((n) => storyRefOf(n) === r).map((n) => n.id)]))
        const full = refs.filter((r) => want.get(r)!.length > 0)
        const empty = refs.filter((r) => want.get(r)!.length === 0)
        if (full.length > 0) await kv.set(Object.fromEntries(full.map((r) => [indexKey(r), makeIndex(want.get(r)!)])))
        if (empty.length > 0) await kv.remove(empty.map(indexKey))
        indexes = await readIndexes(kv, refs)
      }
      const ids = [...new Set(indexes.entries.flatMap((e) => e.ids))]
      const items = ids.length > 0 ? await kv.get(ids.map(noteKey)) : {}
      const notes: Note[] = []
      const invalid: InvalidItem[] = []
      const stale: Array<{ ref: string; id: string }> = []
      const seen = new Set<string>()
      for (const entry of indexes.entries) {
        for (const id of entry.ids) {
          const raw = items[noteKey(id)]
          if (raw === undefined) { stale.push({ ref: entry.ref, id }); continue }
          if (seen.has(id)) continue
          seen.add(id)
          const r = readNote(raw)
          if (r.ok) notes.push(r.value)
          else invalid.push({ key: noteKey(id), code: r.error.code, reason: r.error.message })
        }
      }
      if (stale.length > 0) await writeIndexes([], stale, [], []).catch(() => { dirty = true })
      notes.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start)
      return ok({ notes, invalid })
    }),

    all: () => serial(async () => {
      await ensureReady()
      const read = await readIds(await allIds(kv))
      read.notes.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0))
      return ok(read)
    }),

    count: () => serial(async () => {
      await ensureReady()
      return ok((await allIds(kv)).length)
    }),

    page: (cursor, limit) => serial(async () => {
      await ensureReady()
      const { ids, more } = await idsAfter(kv, cursor, Math.max(1, Math.min(MAX_PAGE, limit)))
      const read = await readIds(ids)
      return ok({ ...read, next: more && ids.length > 0 ? ids[ids.length - 1] : null })
    }),

    // The bulk path (issue 18): the whole import planned at once and written as one journalled
    // write (writeNotes: the notes in sets of IMPORT_BATCH, then every story index and directory
    // shard once), not batch by batch, which rewrote the same indexes and shards twenty times for
    // 5,000 notes (14,899 keys and 6.1 MB written; now 8,000 and 4 MB, bench notes rows).
    importNotes: (incoming) => serial(async () => {
      await ensureReady()
      const o = await applyBatch(incoming, null, null)
      return ok({ imported: o.imported, copies: o.copies, skipped: o.skipped, failed: o.failed })
    }),

    importBatch: (batchId, incoming) => serial(async () => {
      await ensureReady()
      const log = parseLog((await kv.get([IMPORT_LOG_KEY]))[IMPORT_LOG_KEY])
      const known = log.batches.find((b) => b.id === batchId)
      if (known?.applied) return ok(known.outcome)
      return ok(await applyBatch(incoming, batchId, known?.outcome ?? null))
    }),

    clear: () => serial(async () => {
      await ensureReady()
      const ids = await allIds(kv)
      const read = await readIds(ids)
      const removed = read.notes.map((n) => noteKey(n.id))
      try {
        for (let i = 0; i < removed.length; i += READ_CHUNK) await kv.remove(removed.slice(i, i + READ_CHUNK))
      } catch (e) {
        return fail('storage', `The notes could not be deleted (${message(e)}).`)
      }
      // Indexes and directory now list only the unreadable items they listed before.
      const kept = new Set(read.invalid.map((i) => i.key))
      const gone = ids.filter((id) => !kept.has(noteKey(id)))
      await writeIndexes([], read.notes.map((n) => ({ ref: storyRefOf(n), id: n.id })), [], gone).catch(() => { dirty = true })
      return ok({ removed: read.notes.length, kept: read.invalid.length })
    }),

    repair: () => serial(async () => {
      ready = false
      return ok({ fixed: await ensureReady() })
    }),
  }
}
