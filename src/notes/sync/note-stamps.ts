// A note's sync stamps on this machine: which stamp each of its fields carries, kept in the sync
// metadata beside a digest of the field's value, so that an edit is stamped once for the fields it
// changed and the merge can compare field by field (record.ts).
import type { Note } from '../schema.ts'
import type { Stamp } from './hlc.ts'
import type { Field, SyncRecord } from './record.ts'
import { NOTE_FIELDS, fieldDigest, noteFieldValues } from './note-fields.ts'
import type { NoteStamps, SyncMeta } from './sync-meta.ts'

/** The stamps one local write got (tests check the merge against them). */
export interface LocalWrite { id: string; fields: Record<string, Stamp>; deleted: Stamp | null }

/** The record of a note this machine holds and has stamped. */
export function noteRecord(m: SyncMeta, note: Note): SyncRecord {
  const st = m.notes.get(note.id)!
  const values = noteFieldValues(note)
  const fields = new Map<string, Field>(NOTE_FIELDS.map((name, i) => [name, { s: st[2 * i], v: values[name] }]))
  return { id: note.id, fields, del: null }
}

/** This machine's record for an id: its note, its tombstone, or nothing known. */
export function storedRecord(m: SyncMeta, id: string, note: Note | undefined): SyncRecord {
  if (note && m.notes.has(id)) return noteRecord(m, note)
  const del = m.dead.get(id)
  return del ? { id, fields: new Map(), del } : { id, fields: new Map(), del: null }
}

/**
 * Stamps what changed in one note since the metadata last saw it (a missing note is a delete);
 * null when nothing did. `stamp` is called once at most, so one edit gets one stamp.
 */
export function stampChanges(m: SyncMeta, id: string, note: Note | null, stampNow: () => Stamp): LocalWrite | null {
  if (!note) {
    if (!m.notes.has(id)) return null
    const del = stampNow()
    m.notes.delete(id)
    m.dead.set(id, del)
    return { id, fields: {}, deleted: del }
  }
  const values = noteFieldValues(note)
  const st = m.notes.get(id)
  let stamp: Stamp | null = null
  const next = (st ? [...st] : ['', '', '', '', '', '']) as NoteStamps
  const fields: Record<string, Stamp> = {}
  NOTE_FIELDS.forEach((name, i) => {
    const digest = fieldDigest(name, values[name])
    if (st && st[2 * i + 1] === digest) return
    stamp ??= stampNow()
    next[2 * i] = stamp
    next[2 * i + 1] = digest
    fields[name] = stamp
  })
  if (!stamp) return null
  m.notes.set(id, next)
  m.dead.delete(id)
  return { id, fields, deleted: null }
}
