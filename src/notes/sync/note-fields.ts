// A note as a sync record's fields: `b` what is fixed when the note is made (when, where, the
// passage, the story), `t` its text and `g` its tags, each with the note's modified time of the
// edit that set it. Text and tags merge apart, so a text edited on one machine and tags on another
// both survive. Values are compact arrays: the sync area holds about 100 KB.
import { canonicalJson, derivedUuid } from '../canonical.ts'
import { validateNote } from '../migrate.ts'
import { NOTE_SCHEMA_VERSION, type Note } from '../schema.ts'
import type { Result } from '../../protocol/result.ts'
import type { Field } from './record.ts'

export const NOTE_FIELDS = ['b', 't', 'g'] as const
export type NoteFieldName = (typeof NOTE_FIELDS)[number]

type Base = [created: string, source: string, storyKey: string | 0, exact: string, prefix: string, suffix: string,
  start: number, title: string | null, site: string | null, published: string | null, entityId: string | 0]

/**
 * A timestamp as milliseconds in base 36 (8 characters for 24) when that gives it back exactly,
 * which toISOString's form always does; any other form is kept as written.
 */
export function packTime(iso: string): string {
  const ms = Date.parse(iso)
  return Number.isFinite(ms) && ms >= 0 && new Date(ms).toISOString() === iso ? `~${ms.toString(36)}` : iso
}

export function unpackTime(packed: unknown): unknown {
  if (typeof packed !== 'string' || !packed.startsWith('~')) return packed
  const ms = parseInt(packed.slice(1), 36)
  return Number.isFinite(ms) ? new Date(ms).toISOString() : packed
}

/** The note's three field values. */
export function noteFieldValues(note: Note): Record<NoteFieldName, unknown> {
  const [quote, position] = note.target.selector
  const modified = packTime(note.modified)
  const base: Base = [packTime(note.created), note.target.source, note.target.storyKey ?? 0, quote.exact, quote.prefix, quote.suffix,
    position.start, note.story.title, note.story.site, note.story.published, note.entityId ?? 0]
  return { b: base, t: [note.body.text, modified], g: [note.body.tags, modified] }
}

/**
 * What a field says, without the modified time it carries: two values with the same digest are
 * the same content, so a note saved unchanged is no edit. 64 bits of cyrb128, not for security.
 */
export function fieldDigest(name: NoteFieldName, value: unknown): string {
  const content = name === 'b' ? value : (value as [unknown, string])[0]
  return derivedUuid(canonicalJson(content)).slice(9, 27)
}

/** The note the fields describe, validated (storage and other machines are input): or why not. */
export function noteFromFields(id: string, fields: ReadonlyMap<string, Field>): Result<Note> {
  const b = fields.get('b')?.v, t = fields.get('t'), g = fields.get('g')
  if (!Array.isArray(b) || b.length !== 11 || !t || !g || !Array.isArray(t.v) || !Array.isArray(g.v)) {
    return { ok: false, error: { code: 'wrong-shape', message: 'a synced note lacks a field' } }
  }
  const [created, source, storyKey, exact, prefix, suffix, start, title, site, published, entityId] = b as Base
  const [text, textModified] = t.v as [unknown, unknown]
  const [tags, tagsModified] = g.v as [unknown, unknown]
  return validateNote({
    schemaVersion: NOTE_SCHEMA_VERSION,
    id,
    created: unpackTime(created),
    // The modified time of the later of the two edits.
    modified: unpackTime(t.s > g.s ? textModified : tagsModified),
    target: {
      source,
      ...(storyKey ? { storyKey } : {}),
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start, end: typeof start === 'number' && typeof exact === 'string' ? start + exact.length : -1 },
      ],
    },
    body: { text, tags },
    ...(entityId ? { entityId } : {}),
    story: { title, site, published },
  })
}
