// The note store with a listener told after every write that succeeded: which notes (or null when
// any may have changed: a clear). Sync stamps those writes as this machine's edits;
// the store itself knows nothing of sync.
import type { NoteStore } from '../note-store.ts'

export type WriteListener = (ids: readonly string[] | null) => void

export function withWriteListener(store: NoteStore, listener: () => WriteListener | null): NoteStore {
  const tell = (ids: readonly string[] | null) => listener()?.(ids)
  return {
    ...store,
    async put(note) { const r = await store.put(note); if (r.ok) tell([note.id]); return r },
    async remove(id) { const r = await store.remove(id); if (r.ok && r.value) tell([id]); return r },
    // An import names what it wrote (copies under their own ids): sync looks at those notes only,
    // so a long import costs it the batch, not the whole library, each time.
    async importNotes(notes) { const r = await store.importNotes(notes); if (r.ok && r.value.imported.length) tell(r.value.imported); return r },
    async importBatch(batchId, notes) { const r = await store.importBatch(batchId, notes); if (r.ok && r.value.imported.length) tell(r.value.imported); return r },
    async clear() { const r = await store.clear(); if (r.ok) tell(null); return r },
  }
}
