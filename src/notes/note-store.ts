// The store's logic over a small key-value interface (the background passes browser.storage.local):
// one write at a time, the note written before its story index, failures returned as results, and
// every read validated. Invalid items are reported and left untouched, never dropped or overwritten.
import { readNote, validateNote } from './migrate.ts'
import { canonicalJson, derivedUuid } from './canonical.ts'
import { fail, ok, type NoteErrorCode, type Result } from './result.ts'
import type { KeyValueStore } from './key-value.ts'
import type { Note } from './schema.ts'
import { noteKey, storyRefOf, NOTE_KEY_PREFIX } from './storage-keys.ts'
import { rebuildIndexes, readIndexes, writeIndexChanges } from './story-index.ts'

/** Notes written per key-value call on import: big enough to be quick, small enough to fail soft. */
export const IMPORT_BATCH = 250

/** A stored item that could not be read as a note: kept in storage, shown to the reader. */
export interface InvalidItem { key: string; code: NoteErrorCode; reason: string }
export interface NotesRead { notes: Note[]; invalid: InvalidItem[] }
export interface StoryRef { storyKey?: string | null; source?: string | null }
export interface ImportOutcome {
  imported: string[]
  /** Notes that were stored under a new id because a different note already had theirs. */
  copies: Array<{ from: string; to: string }>
  skipped: Array<{ id: string; reason: string }>
  failed: Array<{ id: string; reason: string }>
}

export interface NoteStore {
  /** Creates or replaces a note by id. Refuses to overwrite an unreadable stored item. */
  put(note: Note): Promise<Result<Note>>
  get(id: string): Promise<Result<Note>>
  /** Removes a note; the removed note (null if it was unreadable) comes back for undo. */
  remove(id: string): Promise<Result<Note | null>>
  /** A story's notes by story key and/or source URL, in text order. */
  forStory(ref: StoryRef): Promise<Result<NotesRead>>
  /** Every note (newest first) and every unreadable item; repairs the story indexes. */
  all(): Promise<Result<NotesRead>>
  /** Stores notes that are new; never overwrites or loses a stored one (see docs/notes.md). */
  importNotes(notes: readonly Note[]): Promise<Result<ImportOutcome>>
  /** Deletes every readable note and the indexes; unreadable items are kept. */
  clear(): Promise<Result<{ removed: number; kept: number }>>
  /** Rebuilds the story indexes from the notes: call when the worker starts. */
  repair(): Promise<Result<{ fixed: number }>>
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

export function createNoteStore(kv: KeyValueStore): NoteStore {
  let tail: Promise<unknown> = Promise.resolve()
  /** An index write failed after its note was written: repair before the next story read. */
  let dirty = false

  /** Runs tasks one at a time, in call order; a task that throws becomes a storage failure. */
  function serial<T>(task: () => Promise<Result<T>>): Promise<Result<T>> {
    const run = tail.then(task, task).catch((e: unknown) =>
      fail<T>('storage', `Storage failed: ${message(e)}`))
    tail = run
    return run
  }

  async function scan(): Promise<{ items: Record<string, unknown>; read: NotesRead }> {
    const items = await kv.get(null)
    const notes: Note[] = []
    const invalid: InvalidItem[] = []
    for (const [key, value] of Object.entries(items)) {
      if (!key.startsWith(NOTE_KEY_PREFIX)) continue
      const r = readNote(value)
      if (r.ok && noteKey(r.value.id) === key) notes.push(r.value)
      else invalid.push({ key, code: r.ok ? 'invalid' : r.error.code,
        reason: r.ok ? 'The note is stored under another id.' : r.error.message })
    }
    return { items, read: { notes, invalid } }
  }

  async function repairNow(): Promise<number> {
    const { items, read } = await scan()
    const fixed = await rebuildIndexes(kv, items, read.notes)
    dirty = false
    return fixed
  }

  async function updateIndexes(add: Note[], removeFrom: Array<{ ref: string; id: string }>) {
    try {
      await writeIndexChanges(kv, add.map((n) => ({ ref: storyRefOf(n), id: n.id })), removeFrom)
    } catch {
      dirty = true // the notes are stored; the index is rebuilt from them on the next read
    }
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
      const note = valid.value
      const stored = await readStored(note.id)
      if (stored.note && !stored.note.ok) {
        return fail('unreadable', 'A stored item with this id cannot be read; it was kept, not overwritten.')
      }
      try {
        await kv.set({ [noteKey(note.id)]: note })
      } catch (e) {
        return fail('storage', `The note could not be saved (${message(e)}). Nothing stored was changed.`)
      }
      const old = stored.note?.ok ? stored.note.value : null
      const moved = old && storyRefOf(old) !== storyRefOf(note) ? [{ ref: storyRefOf(old), id: old.id }] : []
      await updateIndexes([note], moved)
      return ok(note)
    }),

    get: (id) => serial(async () => {
      const stored = await readStored(id)
      return stored.note ?? fail('not-found', 'No note with this id.')
    }),

    remove: (id) => serial(async () => {
      const stored = await readStored(id)
      if (!stored.note) return fail('not-found', 'No note with this id.')
      try {
        await kv.remove([noteKey(id)])
      } catch (e) {
        return fail('storage', `The note could not be deleted (${message(e)}).`)
      }
      const note = stored.note.ok ? stored.note.value : null
      if (note) await updateIndexes([], [{ ref: storyRefOf(note), id }])
      return ok(note)
    }),

    forStory: (ref) => serial(async () => {
      if (dirty) await repairNow()
      const refs = [...new Set([ref.storyKey, ref.source].filter((r): r is string => !!r))]
      let indexes = await readIndexes(kv, refs)
      if (indexes.invalid) {
        await repairNow()
        indexes = await readIndexes(kv, refs)
      }
      const ids = [...new Set(indexes.entries.flatMap((e) => e.ids))]
      const items = ids.length > 0 ? await kv.get(ids.map(noteKey)) : {}
      const notes: Note[] = []
      const invalid: InvalidItem[] = []
      const stale: Array<{ ref: string; id: string }> = []
      for (const entry of indexes.entries) {
        for (const id of entry.ids) {
          const raw = items[noteKey(id)]
          if (raw === undefined) { stale.push({ ref: entry.ref, id }); continue }
          if (notes.some((n) => n.id === id) || invalid.some((i) => i.key === noteKey(id))) continue
          const r = readNote(raw)
          if (r.ok) notes.push(r.value)
          else invalid.push({ key: noteKey(id), code: r.error.code, reason: r.error.message })
        }
      }
      if (stale.length > 0) await updateIndexes([], stale)
      notes.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start)
      return ok({ notes, invalid })
    }),

    all: () => serial(async () => {
      const { items, read } = await scan()
      await rebuildIndexes(kv, items, read.notes).then(() => { dirty = false }, () => { dirty = true })
      read.notes.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0))
      return ok(read)
    }),

    importNotes: (incoming) => serial(async () => {
      const outcome: ImportOutcome = { imported: [], copies: [], skipped: [], failed: [] }
      const plans: Note[] = []
      const { items } = await scan()
      const seen = new Map<string, string>() // id → canonical content, stored or planned
      const contentOf = (id: string): string | null | undefined => {
        if (seen.has(id)) return seen.get(id)
        const raw = items[noteKey(id)]
        if (raw === undefined) return undefined
        const r = readNote(raw)
        return r.ok ? canonicalJson(r.value) : null // null: an unreadable item holds the id
      }
      for (const input of incoming) {
        const valid = validateNote(input)
        if (!valid.ok) { outcome.failed.push({ id: String(input?.id), reason: valid.error.message }); continue }
        let note = valid.value
        const content = canonicalJson(note)
        const held = contentOf(note.id)
        if (held === content) { outcome.skipped.push({ id: note.id, reason: 'Already stored.' }); continue }
        if (held !== undefined) {
          // Same id, different content: keep both. The copy's id derives from its content, so
          // importing the same file again finds the copy and skips it.
          const copy = { ...note, id: derivedUuid(`${note.id}\n${content}`) }
          const copyContent = canonicalJson(copy)
          if (contentOf(copy.id) === copyContent) {
            outcome.skipped.push({ id: note.id, reason: 'Already stored as a copy.' })
            continue
          }
          outcome.copies.push({ from: note.id, to: copy.id })
          note = copy
        }
        seen.set(note.id, canonicalJson(note))
        plans.push(note)
      }
      const written: Note[] = []
      for (let i = 0; i < plans.length; i += IMPORT_BATCH) {
        const batch = plans.slice(i, i + IMPORT_BATCH)
        try {
          await kv.set(Object.fromEntries(batch.map((n) => [noteKey(n.id), n])))
          written.push(...batch)
        } catch (e) {
          const reason = `Storage failed (${message(e)}); the notes before it were saved.`
          outcome.failed.push(...plans.slice(i).map((n) => ({ id: n.id, reason })))
          outcome.copies = outcome.copies.filter((c) => !plans.slice(i).some((n) => n.id === c.to))
          break
        }
      }
      outcome.imported = written.map((n) => n.id)
      await updateIndexes(written, [])
      return ok(outcome)
    }),

    clear: () => serial(async () => {
      const { items, read } = await scan()
      const removed = read.notes.map((n) => noteKey(n.id))
      try {
        await kv.remove(removed)
      } catch (e) {
        return fail('storage', `The notes could not be deleted (${message(e)}).`)
      }
      // Indexes now list only the unreadable items they listed before.
      for (const key of removed) delete items[key]
      await rebuildIndexes(kv, items, []).then(() => { dirty = false }, () => { dirty = true })
      return ok({ removed: read.notes.length, kept: read.invalid.length })
    }),

    repair: () => serial(async () => ok({ fixed: await repairNow() })),
  }
}
