// How much storage the reading memory may take, and how it gives room back when storage is full.
// The memory is capped by count (the maxStories setting, pruned oldest first) and each story is
// fitted to STORY_BYTE_BUDGET with its index entries (compact.ts), so the memory's records and
// index stay under MEMORY_BYTE_LIMIT: 50,000 synthetic stories measure 52.7 MB
// (tests/unit/memory/capacity.test.ts). The manifest's `unlimitedStorage` lifts Chrome's 10 MB
// storage.local quota, which the notes alone can pass, and makes Firefox's storage persistent
// (docs/memory.md, "How much it may store").
import { STORY_BYTE_BUDGET } from './compact.ts'
import { DEFAULT_SETTINGS } from './schema.ts'

/** The memory's own bound: its default count cap times the per-story budget (102.4 MB). */
export const MEMORY_BYTE_LIMIT = DEFAULT_SETTINGS.maxStories * STORY_BYTE_BUDGET

/** Stories forgotten, oldest first, when storage is full and a note must be saved: about 0.5 MB,
 *  room for hundreds of notes, a few days of reading lost from the memory. */
export const ROOM_STORIES = 500

/** Whether a storage error says the storage is full: Chrome "QUOTA_BYTES quota exceeded" (a
 *  quota) or LevelDB's "IO error … No space left on device" (the disk); Firefox
 *  "QuotaExceededError" (IndexedDB). */
export function isStorageFull(message: string): boolean {
  return /quota|no space left|disk full|not enough space/i.test(message)
}
