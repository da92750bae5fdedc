// The unit of merging: a record of named fields, each a last-writer-wins register (a value and the
// stamp of the write that set it), plus the stamp of the last delete. Two records of the same id
// merge field by field, the later stamp winning; a record is live when some field was written
// after the last delete. Pure data in, data out; values are never inspected here.
import type { Stamp } from './hlc.ts'

export interface Field { s: Stamp; v: unknown }

export interface SyncRecord {
  id: string
  /** Field name → register. A dead record keeps no fields (a delete drops the content). */
  fields: Map<string, Field>
  /** The stamp of the newest delete not overtaken by a later write; null when live or never deleted. */
  del: Stamp | null
}

/** The newest stamp among the fields (the empty string when there are none). */
export function newestField(r: SyncRecord): Stamp {
  let max = ''
  for (const f of r.fields.values()) if (f.s > max) max = f.s
  return max
}

/** The newest stamp of the record: its last write of any kind. */
export const newestStamp = (r: SyncRecord): Stamp => (r.del && r.del > newestField(r) ? r.del : newestField(r))

/** Live: some field was written after the last delete. */
export const isLive = (r: SyncRecord): boolean => r.fields.size > 0 && newestField(r) > (r.del ?? '')

/**
 * The record in its one stored form: a dead record drops its fields (a delete throws the content
 * away, and a tombstone is a few bytes), a live one drops the delete it has overtaken (it can no
 * longer decide anything: every later merge keeps a field newer than it).
 */
export function normalize(r: SyncRecord): SyncRecord {
  if (isLive(r)) return r.del === null ? r : { id: r.id, fields: r.fields, del: null }
  return r.fields.size === 0 ? r : { id: r.id, fields: new Map(), del: r.del }
}

/**
 * Both records merged: each field from the later write, the later delete. Commutative and
 * idempotent; equal stamps come from the same write, so either side's value is the same one.
 */
export function mergeRecords(a: SyncRecord, b: SyncRecord): SyncRecord {
  const fields = new Map(a.fields)
  for (const [name, f] of b.fields) {
    const mine = fields.get(name)
    if (!mine || f.s > mine.s) fields.set(name, f)
  }
  const del = a.del && b.del ? (a.del > b.del ? a.del : b.del) : a.del ?? b.del
  return normalize({ id: a.id, fields, del })
}

/** True when the two records hold the same writes (same stamps for the same fields and delete). */
export function sameWrites(a: SyncRecord, b: SyncRecord): boolean {
  if (a.del !== b.del || a.fields.size !== b.fields.size) return false
  for (const [name, f] of a.fields) if (b.fields.get(name)?.s !== f.s) return false
  return true
}

/** True when `b` holds nothing newer than `a`: merging it into `a` changes nothing. */
export const covers = (a: SyncRecord, b: SyncRecord): boolean => sameWrites(mergeRecords(a, b), normalize(a))
