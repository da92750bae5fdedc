// The note: a W3C Web Annotation (https://www.w3.org/TR/annotation-model/) kept in our own flat
// shape, its versioned valibot schema, and the limits that keep storage and imports sane.
// Positions are UTF-16 code units over the story text (src/page/types.ts), never the whole page.
import * as v from 'valibot'
import { isIsoCalendarDate } from './calendar-date.ts'
import type { Selectors } from '../page/anchoring/types.ts'

/** The schema version written with every note. Bump it with a migration in migrate.ts. */
export const NOTE_SCHEMA_VERSION = 1

// Limits: generous for reading notes, small enough that one bad item cannot fill storage.
/** Characters of note text (a long essay fits). */
export const MAX_NOTE_TEXT = 100_000
/** Characters of a quote: a few pages of a story. */
export const MAX_QUOTE = 20_000
/** Characters of a URL, as browsers handle comfortably. */
export const MAX_URL = 4_096
export const MAX_TAGS = 50
export const MAX_TAG_LENGTH = 64
/** Characters of short metadata (title, site, story key, entity id). */
export const MAX_META = 1_000
/** Highest offset accepted: far beyond any story, below any integer trouble. */
export const MAX_OFFSET = 50_000_000

const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const isHttpUrl = (s: string) => {
  try {
    const u = new URL(s)
    return u.protocol === 'https:' || u.protocol === 'http:'
  } catch {
    return false
  }
}

// Dates are checked against the calendar too (calendar-date.ts): 2023-02-29 is no date.
const Timestamp = v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp'),
  v.check((s) => isIsoCalendarDate(s, 'timestamp'), 'must be a real date and time'))
/** ISO 8601 date, optionally with time and zone, as pages state publish dates; a real day. */
const IsoDate = v.pipe(v.string(), v.check((s) => isIsoCalendarDate(s), 'must be a real ISO date'))
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_OFFSET))
const Meta = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_META))
const Tag = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TAG_LENGTH),
  v.check((t) => t.trim() === t, 'tags have no surrounding spaces'))

export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE)),
  prefix: v.pipe(v.string(), v.maxLength(MAX_QUOTE)),
  suffix: v.pipe(v.string(), v.maxLength(MAX_QUOTE)),
})

export const TextPositionSelectorSchema = v.strictObject({
  type: v.literal('TextPositionSelector'),
  start: Offset,
  end: Offset,
})

/**
 * The one selector schema (the quote, then the position): notes, their export and import, and the
 * protocol's page/save-note all check selectors with it. Its output is the anchoring layer's
 * `Selectors` (src/page/anchoring/types.ts).
 */
export const SelectorsSchema: v.GenericSchema<Selectors> = v.strictTuple([TextQuoteSelectorSchema, TextPositionSelectorSchema])

export const NoteTargetSchema = v.pipe(
  v.strictObject({
    /** The story's URL as the page states it (canonical link, og:url), else the document's. */
    source: v.pipe(v.string(), v.maxLength(MAX_URL), v.check(isHttpUrl, 'must be an http(s) URL')),
    /** The story identity key (one key for a story under all its URLs), when known. */
    storyKey: v.exactOptional(Meta),
    selector: SelectorsSchema,
  }),
  v.check((t) => t.selector[1].end - t.selector[1].start === t.selector[0].exact.length,
    'the position must span exactly the quote'),
)

export const NoteSchema = v.strictObject({
  schemaVersion: v.literal(NOTE_SCHEMA_VERSION),
  id: v.pipe(v.string(), v.regex(UUID_URN, 'must be a urn:uuid')),
  created: Timestamp,
  modified: Timestamp,
  target: NoteTargetSchema,
  body: v.strictObject({
    /** Plain text; always rendered as text, never as markup. */
    text: v.pipe(v.string(), v.maxLength(MAX_NOTE_TEXT)),
    tags: v.pipe(v.array(Tag), v.maxLength(MAX_TAGS),
      v.check((tags) => new Set(tags).size === tags.length, 'tags must not repeat')),
  }),
  /** The engine's stable entity id, when the note was taken on an entity card. */
  entityId: v.exactOptional(Meta),
  /** Story metadata for the library. */
  story: v.strictObject({
    title: v.nullable(v.pipe(v.string(), v.maxLength(MAX_META))),
    site: v.nullable(v.pipe(v.string(), v.maxLength(MAX_META))),
    published: v.nullable(IsoDate),
  }),
})

export type Note = v.InferOutput<typeof NoteSchema>
export type NoteTarget = Note['target']
export type StoryInfo = Note['story']

/** Issues as "path: message" lines a person can read. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.')
    return path ? `${path}: ${issue.message}` : issue.message
  })
}
