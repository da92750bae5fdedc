// Where notes live in the key-value store. One key per note (a write replaces one note whole, so a
// worker stopped mid-write leaves the old note or the new one), and one index per story. The
// layout version is in every key; the note's own schema version is in its value.
import * as v from 'valibot'
import type { Note } from './schema.ts'

/** Version of this key layout. A new layout ships with code that moves the old keys. */
export const KEY_LAYOUT_VERSION = 1
export const KEY_ROOT = `notes.v${KEY_LAYOUT_VERSION}/`
export const NOTE_KEY_PREFIX = `${KEY_ROOT}note/`
export const INDEX_KEY_PREFIX = `${KEY_ROOT}story/`

/**
 * The id directory: every stored note key's id, in 4,097 shards by the id's first three hex digits.
 * Ids are random, so an import batch of 500 touches about 500 shards: many small shards keep what
 * a batch rewrites small (about 12 ids a shard at 50,000 notes).
 */
export const DIRECTORY_KEY_PREFIX = `${KEY_ROOT}ids/`
/** Present once the directory lists every note (written by the one full scan, see note-directory.ts). */
export const DIRECTORY_READY_KEY = `${KEY_ROOT}directory`
/** What the write in progress touches, so a worker stopped mid-write is repaired without a scan. */
export const JOURNAL_KEY = `${KEY_ROOT}pending`
/** The outcomes of the last import batches, so a batch sent again is answered, not applied again. */
export const IMPORT_LOG_KEY = `${KEY_ROOT}import-log`

export const noteKey = (id: string) => NOTE_KEY_PREFIX + id
/** The note id a storage key holds, or null for any other key (a storage change seen by the options page, say). */
export const noteIdOfKey = (key: string): string | null => key.startsWith(NOTE_KEY_PREFIX) ? key.slice(NOTE_KEY_PREFIX.length) : null
export const indexKey = (storyRef: string) => INDEX_KEY_PREFIX + storyRef
export const directoryKey = (shard: string) => DIRECTORY_KEY_PREFIX + shard
/** Shard of an id: the first three hex digits of its UUID; anything else (an odd key) goes to "zzz". */
export const shardOf = (id: string) => /^urn:uuid:([0-9a-f]{3})/.exec(id)?.[1] ?? 'zzz'
/** Every shard, in the order pages of notes are read. */
export const SHARDS: readonly string[] = [...Array.from({ length: 4096 }, (_, i) => i.toString(16).padStart(3, '0')), 'zzz']

/** The story a note is indexed under: its story key when known, else its source URL. */
export const storyRefOf = (note: Note) => note.target.storyKey ?? note.target.source

/** A story's index: the ids of its notes. Derived data: rebuilt from the notes when in doubt. */
export const StoryIndexSchema = v.strictObject({
  schemaVersion: v.literal(1),
  ids: v.array(v.string()),
})
export type StoryIndex = v.InferOutput<typeof StoryIndexSchema>

export const makeIndex = (ids: string[]): StoryIndex => ({ schemaVersion: 1, ids })
