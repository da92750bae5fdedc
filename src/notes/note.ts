// Making and editing notes: the only places a note's fields are set, so every note that leaves
// here passes the schema. Time and ids are passed in (no clock or randomness of our own).
import { validateNote } from './migrate.ts'
import { isIsoCalendarDate } from './calendar-date.ts'
import { MAX_TAG_LENGTH, MAX_TAGS, NOTE_SCHEMA_VERSION, type Note, type StoryInfo } from './schema.ts'
import type { Result } from '../protocol/result.ts'

/** A quote and position as src/page/anchoring's describe() returns them (same shape). */
export type NoteSelectors = Note['target']['selector']

export interface NewNoteInput {
  source: string
  storyKey?: string | null
  selector: NoteSelectors
  text: string
  tags?: readonly string[]
  entityId?: string | null
  story: StoryInfo
}

export interface NoteClock {
  /** ISO timestamp of now; defaults to new Date().toISOString(). */
  now?: () => string
  /** A random UUID (v4); defaults to crypto.randomUUID(). */
  uuid?: () => string
}

const nowIso = () => new Date().toISOString()
const randomUuid = () => crypto.randomUUID()

/** Tags as the reader typed them: trimmed, spaces collapsed, empty and repeated ones dropped. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = []
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH).trim()
    if (tag && !out.includes(tag)) out.push(tag)
  }
  return out.slice(0, MAX_TAGS)
}

/** A new note, validated. */
export function createNote(input: NewNoteInput, clock: NoteClock = {}): Result<Note> {
  const now = (clock.now ?? nowIso)()
  const note: Record<string, unknown> = {
    schemaVersion: NOTE_SCHEMA_VERSION,
    id: `urn:uuid:${(clock.uuid ?? randomUuid)()}`,
    created: now,
    modified: now,
    target: {
      source: input.source,
      ...(input.storyKey ? { storyKey: input.storyKey } : {}),
      selector: input.selector,
    },
    body: { text: input.text, tags: normalizeTags(input.tags ?? []) },
    ...(input.entityId ? { entityId: input.entityId } : {}),
    // A page that states an impossible publish date (2023-02-29) still gets its note, undated.
    story: { ...input.story, published: input.story.published && isIsoCalendarDate(input.story.published) ? input.story.published : null },
  }
  return validateNote(note)
}

/** The note with new text and/or tags and a new modified time, validated. */
export function editNote(
  note: Note, changes: { text?: string; tags?: readonly string[] }, clock: NoteClock = {},
): Result<Note> {
  return validateNote({
    ...note,
    modified: (clock.now ?? nowIso)(),
    body: {
      text: changes.text ?? note.body.text,
      tags: changes.tags ? normalizeTags(changes.tags) : note.body.tags,
    },
  })
}
