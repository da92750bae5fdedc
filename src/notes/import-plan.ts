// What an import batch will do, decided before anything is written: which notes are stored under
// their own id, which as copies, which are already stored, which are not notes. Pure: the stored
// items it compares with are passed in. Conflict policy "keep both" (docs/notes.md).
import { canonicalJson, derivedUuid } from './canonical.ts'
import { validateNote } from './migrate.ts'
import { readNote } from './migrate.ts'
import type { BatchOutcome } from './note-directory.ts'
import type { Note } from './schema.ts'
import { noteKey } from './storage-keys.ts'

export interface ImportCandidate { note: Note; content: string; copyId: string }

/** The valid incoming notes with their content and the id a copy of each would take; the rest fail. */
export function candidatesOf(incoming: readonly unknown[]): { candidates: ImportCandidate[]; failed: BatchOutcome['failed'] } {
  const candidates: ImportCandidate[] = []
  const failed: BatchOutcome['failed'] = []
  for (const input of incoming) {
    const valid = validateNote(input)
    if (!valid.ok) {
      const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined
      failed.push({ id: typeof id === 'string' ? id.slice(0, 200) : String(id), reason: valid.error.message })
      continue
    }
    const content = canonicalJson(valid.value)
    // The copy's id derives from its content, so importing the same file again finds the copy.
    candidates.push({ note: valid.value, content, copyId: derivedUuid(`${valid.value.id}\n${content}`) })
  }
  return { candidates, failed }
}

/** Keys to read before planning: each candidate's own id, and then the copy ids of those whose id is held. */
export const ownKeys = (candidates: readonly ImportCandidate[]) => [...new Set(candidates.map((c) => noteKey(c.note.id)))]
export const copyKeys = (candidates: readonly ImportCandidate[], stored: Record<string, unknown>) => {
  const ids = new Map<string, number>()
  for (const c of candidates) ids.set(c.note.id, (ids.get(c.note.id) ?? 0) + 1)
  // A copy is needed when the id is stored already, or repeats within the batch.
  return [...new Set(candidates.filter((c) => stored[noteKey(c.note.id)] !== undefined || ids.get(c.note.id)! > 1)
    .map((c) => noteKey(c.copyId)))]
}

/** The decision for the batch, and the notes to write (under their final ids). */
export function planImport(candidates: readonly ImportCandidate[], failed: BatchOutcome['failed'], stored: Record<string, unknown>):
{ outcome: BatchOutcome; writes: Note[] } {
  const outcome: BatchOutcome = { imported: [], copies: [], skipped: [], failed: [...failed] }
  const writes: Note[] = []
  const seen = new Map<string, string | null>() // id → canonical content, stored or planned
  const contentOf = (id: string): string | null | undefined => {
    if (seen.has(id)) return seen.get(id)
    const raw = stored[noteKey(id)]
    if (raw === undefined) return undefined
    const r = readNote(raw)
    const content = r.ok ? canonicalJson(r.value) : null // null: an unreadable item holds the id
    seen.set(id, content)
    return content
  }
  for (const { note, content, copyId } of candidates) {
    const held = contentOf(note.id)
    if (held === content) { outcome.skipped.push({ id: note.id, reason: 'Already stored.' }); continue }
    let final = note
    if (held !== undefined) {
      const copy = { ...note, id: copyId }
      const copyContent = canonicalJson(copy)
      if (contentOf(copyId) === copyContent) { outcome.skipped.push({ id: note.id, reason: 'Already stored as a copy.' }); continue }
      outcome.copies.push({ from: note.id, to: copyId })
      final = copy
    }
    seen.set(final.id, canonicalJson(final))
    outcome.imported.push(final.id)
    writes.push(final)
  }
  return { outcome, writes }
}

/** The notes a recorded decision writes, rebuilt from the same batch sent again. */
export function writesOf(outcome: BatchOutcome, candidates: readonly ImportCandidate[]): Note[] {
  const wanted = new Set(outcome.imported)
  const copyOf = new Map(outcome.copies.map((c) => [`${c.from}\n${c.to}`, c.to]))
  const out = new Map<string, Note>()
  for (const { note, copyId } of candidates) {
    const asCopy = copyOf.get(`${note.id}\n${copyId}`)
    const final = asCopy ? { ...note, id: asCopy } : note
    if (wanted.has(final.id) && !out.has(final.id) && (asCopy || !outcome.copies.some((c) => c.to === final.id))) out.set(final.id, final)
  }
  return [...out.values()]
}
