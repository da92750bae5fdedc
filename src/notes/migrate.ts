// Reading stored or imported notes of any schema version: pure migrations from each version to
// the next, then validation against the current schema. Storage is input too.
import * as v from 'valibot'
import { describeIssues, NOTE_SCHEMA_VERSION, NoteSchema, type Note } from './schema.ts'
import { fail, ok, type Result } from '../protocol/result.ts'

/** Turns a note of schema version n into one of version n + 1. Pure: no I/O, no clock. */
export type Migration = (note: Record<string, unknown>) => Record<string, unknown>

/**
 * MIGRATIONS[n] upgrades version n to n + 1. Version 1 is the first shipped schema, so there is
 * none yet; when NOTE_SCHEMA_VERSION becomes 2, add MIGRATIONS[1] and a fixture of version 1 data
 * (tests/fixtures/notes/v1-notes.json already is one) that the tests load through it.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** Upgrades raw data to `current` through `migrations`, without validating the result. */
export function migrate(
  raw: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = NOTE_SCHEMA_VERSION,
): Result<Record<string, unknown>> {
  if (!isRecord(raw)) return fail('invalid', 'A note must be an object.')
  let version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('invalid', 'The note has no valid schemaVersion.')
  }
  if (version > current) {
    return fail('newer-version',
      `This note was written by a newer version of Gloss (schema ${version}); it is kept as it is.`)
  }
  let note = raw
  while (version < current) {
    const step = migrations[version]
    if (!step) return fail('invalid', `No migration from schema version ${version}.`)
    note = step(note)
    if (note.schemaVersion !== version + 1) {
      return fail('invalid', `The migration from schema version ${version} did not produce ${version + 1}.`)
    }
    version += 1
  }
  return ok(note)
}

/** A note of any known version, migrated and validated, or the reason it cannot be read. */
export function readNote(
  raw: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = NOTE_SCHEMA_VERSION,
): Result<Note> {
  const migrated = migrate(raw, migrations, current)
  if (!migrated.ok) return migrated
  return validateNote(migrated.value)
}

/** Validates a note of the current version; the output is a fresh object with only known keys. */
export function validateNote(raw: unknown): Result<Note> {
  const parsed = v.safeParse(NoteSchema, raw)
  if (parsed.success) return ok(parsed.output)
  const issues = describeIssues(parsed.issues)
  return fail('invalid', `The note is not valid: ${issues[0]}`, issues)
}
