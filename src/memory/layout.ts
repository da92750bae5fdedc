// Where the reading memory keeps things in the key-value store. Everything is under `gm/`, so
// it shares browser.storage.local with the notes without clashing, and clear() finds it all.
//
//   gm/meta            { v, days }              which catalog days exist
//   gm/settings        Settings                 paused, excluded sites, retention
//   gm/journal         Journal                  the operation in flight, if any
//   gm/s/<id>          StoryV2                  one story read (id = hash of its story key)
//   gm/c/<yyyy-mm-dd>  id[]                     stories first read that day (UTC), in read order
//   gm/e/<match key>   EntityHead               an entity's newest story ids
//   gm/e/<match key>#i id[]                     its older ids, SEGMENT_SIZE at a time
import { hash53 } from '../store/hash.ts'

export const PREFIX = 'gm/'
export const META_KEY = 'gm/meta'
export const SETTINGS_KEY = 'gm/settings'
export const JOURNAL_KEY = 'gm/journal'
const STORY_PREFIX = 'gm/s/'
const CATALOG_PREFIX = 'gm/c/'
const ENTITY_PREFIX = 'gm/e/'

// Ids per sealed index segment. A write touches only an entity's head (at most this many ids,
// under 1 KB), whatever the number of stories the entity is in; a card reads the head and, when
// the head holds fewer ids than the card shows, one segment. Measured: 256 wrote 30 KB per story
// recorded at 10,000 stories, 64 writes a third of that for the same lookup times.
export const SEGMENT_SIZE = 64

// Story ids tried for one key: the hash, then the hash with a suffix after a collision.
const ID_PROBES = 4

export const storyItemKey = (id: string) => STORY_PREFIX + id
export const catalogKey = (day: string) => CATALOG_PREFIX + day
export const headKey = (matchKey: string) => ENTITY_PREFIX + matchKey
export const segmentKey = (matchKey: string, i: number) => `${ENTITY_PREFIX}${matchKey}#${i}`
export const isStoryItemKey = (k: string) => k.startsWith(STORY_PREFIX)
export const idOfStoryItemKey = (k: string) => k.slice(STORY_PREFIX.length)

/** "2024-01-15": the catalog day of an epoch-ms time (UTC). A day, not a month, so that the
 *  catalog key a record rewrites stays small (a month of heavy reading is ~1,000 ids, 14 KB). */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The ids a story key may be stored under, in probe order. */
export function storyIdProbes(storyKey: string): string[] {
  const h = hash53(storyKey)
  return Array.from({ length: ID_PROBES }, (_, i) => (i === 0 ? h : `${h}-${i}`))
}
