// Deleted notes kept for Undo. A note deleted from the page is copied here before it leaves the
// store, so Undo puts back exactly that note (same id, text, tags, anchor and times), and a delete
// whose copy cannot be written is not made. Each copy belongs to the tab that deleted it and is
// kept a few minutes; the background keeps the stash in storage.session (closed to content
// scripts, gone with the browser session), so a page never hands back a note of its own making.
import { readNote } from './migrate.ts'
import { fail, ok, type Result } from '../protocol/result.ts'
import type { KeyValueStore } from '../store/key-value.ts'
import { createSerialQueue } from '../store/serial-queue.ts'
import type { Note } from './schema.ts'
import { KEY_ROOT } from './storage-keys.ts'

export const UNDO_KEY = `${KEY_ROOT}undo`
/** How long a deleted note can be put back: far longer than the page's Undo toast is shown. */
export const UNDO_KEEP_MS = 10 * 60_000
/** Most deleted notes kept at once; the oldest go first. */
export const UNDO_MAX_NOTES = 20
/** Most characters of notes kept at once (a note holds up to 100,000), so the session area stays small; the newest is always kept. */
export const UNDO_MAX_CHARS = 500_000

interface Entry { owner: number; at: number; note: Note }

export interface UndoStash {
  /** Keeps a copy of `note`, deleted by `owner` (a tab id), before it is removed from the store. */
  keep(note: Note, owner: number): Promise<Result<void>>
  /**
   * Puts back the note `owner` deleted under `id` through `restore` (the store's put), and forgets
   * the copy only once that succeeded. `not-found` when there is no such copy, or it expired.
   */
  restore(id: string, owner: number, restore: (note: Note) => Promise<Result<Note>>): Promise<Result<Note>>
  /** The copy `owner` has of the note `id`, if any (a delete sent again finds its note here). */
  kept(id: string, owner: number): Promise<Note | null>
}

export function createUndoStash(kv: KeyValueStore, now: () => number = Date.now): UndoStash {
  const queue = createSerialQueue()
  /** One read-modify-write of the stash at a time, in call order. */
  function serial<T>(task: () => Promise<Result<T>>): Promise<Result<T>> {
    return queue.run(task).catch((e: unknown) => fail<T>('storage', `Storage failed: ${e instanceof Error ? e.message : String(e)}`))
  }

  /** The live entries: storage is input, so anything unreadable or expired is left out. */
  async function read(): Promise<Entry[]> {
    const raw = (await kv.get([UNDO_KEY]))[UNDO_KEY] as { entries?: unknown } | undefined
    const list = Array.isArray(raw?.entries) ? raw.entries : []
    const oldest = now() - UNDO_KEEP_MS
    const out: Entry[] = []
    for (const e of list as Array<Partial<Entry> | null>) {
      if (!e || typeof e.owner !== 'number' || typeof e.at !== 'number' || e.at < oldest) continue
      const note = readNote(e.note)
      if (note.ok) out.push({ owner: e.owner, at: e.at, note: note.value })
    }
    return out
  }

  const write = (entries: Entry[]) => entries.length > 0 ? kv.set({ [UNDO_KEY]: { schemaVersion: 1, entries } }) : kv.remove([UNDO_KEY])

  return {
    keep: (note, owner) => serial(async () => {
      const entries = (await read()).filter((e) => e.note.id !== note.id)
      entries.push({ owner, at: now(), note })
      // Newest last: drop from the front until within both limits, always keeping the newest.
      let chars = 0
      let from = entries.length
      while (from > 0 && entries.length - from < UNDO_MAX_NOTES) {
        const size = entries[from - 1].note.body.text.length + entries[from - 1].note.target.selector[0].exact.length
        if (from < entries.length && chars + size > UNDO_MAX_CHARS) break
        chars += size
        from--
      }
      await write(entries.slice(from))
      return ok(undefined)
    }),
    restore: (id, owner, restore) => serial(async () => {
      const entries = await read()
      const entry = entries.find((e) => e.note.id === id && e.owner === owner)
      if (!entry) return fail('not-found', 'That deleted note can no longer be put back.')
      const put = await restore(entry.note)
      if (!put.ok) return put
      // The note is back; a copy that could not be forgotten only waits to expire.
      await write(entries.filter((e) => e !== entry)).catch(() => {})
      return put
    }),
    kept: async (id, owner) => {
      const r = await serial(async () => ok((await read()).find((e) => e.note.id === id && e.owner === owner)?.note ?? null))
      return r.ok ? r.value : null
    },
  }
}
