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

export const noteKey = (id: string) => NOTE_KEY_PREFIX + id
export const indexKey = (storyRef: string) => INDEX_KEY_PREFIX + storyRef

/** The story a note is indexed under: its story key when known, else its source URL. */
export const storyRefOf = (note: Note) => note.target.storyKey ?? note.target.source

/** A story's index: the ids of its notes. Derived data: rebuilt from the notes when in doubt. */
export const StoryIndexSchema = v.strictObject({
  schemaVersion: v.literal(1),
  ids: v.array(v.string()),
})
export type StoryIndex = v.InferOutput<typeof StoryIndexSchema>

export const makeIndex = (ids: string[]): StoryIndex => ({ schemaVersion: 1, ids })
