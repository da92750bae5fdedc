// Migration helper for notes stored before story keys existed: each note kept only the URL the
// page stated (its target source). This computes the key from that URL alone; it does not change
// the notes (their owner, src/notes, stores the key with its own schema migration).
import { resolveStoryKey } from '../story-key.ts'

export type LegacyNoteKey<T> =
  | { note: T; ok: true; key: string }
  /** The source URL is unusable: keep the note, unkeyed (an orphan by URL), never drop it. */
  | { note: T; ok: false; reason: string }

/** The story key of every note from its stored source URL, in input order. Never throws: a
 *  note whose URL is missing or malformed comes back with ok: false and the reason. */
export function keyLegacyNotes<T>(notes: readonly T[], sourceOf: (note: T) => unknown): LegacyNoteKey<T>[] {
  return notes.map((note) => {
    let source: unknown
    try {
      source = sourceOf(note)
    } catch {
      return { note, ok: false, reason: 'source unreadable' }
    }
    if (typeof source !== 'string') return { note, ok: false, reason: 'no source URL' }
    const r = resolveStoryKey({ documentUrl: source })
    return r.ok ? { note, ok: true, key: r.key } : { note, ok: false, reason: r.reason }
  })
}
