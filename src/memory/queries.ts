// Reading the memory: the other stories an entity appeared in (cards), the stories read and the
// entities most read about (options page). Read-only and tolerant: a damaged or missing record
// is skipped, never thrown.
import type { EntityType } from '../engine/types.ts'
import type { KeyValueStore } from '../store/key-value.ts'
import { entityMatchKey } from './entity-key.ts'
import { createStorySearch, queryWords, type StorySearch } from './story-search.ts'
export type { EntityCount } from './story-search.ts'
import { catalogKey, headKey, META_KEY, segmentKey, storyIdProbes, storyItemKey } from './layout.ts'
import { readStory, splitEntity, viewStory, type StoryView } from './migrate.ts'
import { readHead, readIds, readMeta } from './stored-values.ts'
import type { EntityHead, StoryV2 } from './schema.ts'

// Stories shown on a card unless the caller asks for another number.
export const DEFAULT_CARD_LIMIT = 5
// Extra ids read past the limit, so a few missing records do not need another round trip.
const LOOKUP_SLACK = 3
// Rounds of reading older segments before a lookup gives up filling its page.
const MAX_LOOKUP_ROUNDS = 4
// Records read per storage call when a whole listing is needed.
const LIST_BATCH = 1000

export interface EntityLookup {
  matchKey: string
  /** Other stories the entity appeared in (all of them, not only those returned). */
  total: number
  /** The most recently read first, at most `limit`. */
  stories: StoryView[]
}

export interface LookupOptions {
  /** The story the card is on: left out of the results and of the total. */
  excludeKey?: string | null
  limit?: number
}

interface Cursor {
  m: string
  head: EntityHead | null
  /** Ids newest first, read so far. */
  ids: string[]
  /** Next sealed segment to read (g-1 down to 0), -1 when none is left. */
  nextSeg: number
  found: StoryView[]
}

/** Card lookups for several entities at once, in a handful of storage reads. */
export async function lookupEntities(
  kv: KeyValueStore,
  entities: readonly { name: string; type: EntityType }[],
  options: LookupOptions = {},
): Promise<EntityLookup[]> {
  const limit = Math.max(0, options.limit ?? DEFAULT_CARD_LIMIT)
  const exclude = options.excludeKey ?? null
  const keys = entities.map((e) => entityMatchKey(e.name, e.type))
  const unique = [...new Set(keys)]
  const probes = exclude ? storyIdProbes(exclude) : []
  const got = await kv.get([...unique.map(headKey), ...probes.map(storyItemKey)])

  // The current story's own entities, to take it out of the totals.
  let self: StoryV2 | null = null
  for (const id of probes) {
    const s = readStory(got[storyItemKey(id)])
    if (s && s.k === exclude) self = s
  }
  const selfKeys = new Set(self ? self.e.map((e) => { const x = splitEntity(e); return entityMatchKey(x.name, x.type) }) : [])

  const cursors = new Map<string, Cursor>()
  for (const m of unique) {
    const head = readHead(got[headKey(m)], '', 'MISC')
    cursors.set(m, { m, head, ids: head ? [...head.r].reverse() : [], nextSeg: head ? head.g - 1 : -1, found: [] })
  }
  const records = new Map<string, StoryView | null>()
  const want = limit + LOOKUP_SLACK + (self ? 1 : 0)
  for (let round = 0; round < MAX_LOOKUP_ROUNDS; round++) {
    const open = [...cursors.values()].filter((c) => c.head && c.found.length < limit && (c.ids.length > 0 || c.nextSeg >= 0))
    if (open.length === 0) break
    // Older segments for cursors whose newest ids are too few.
    const segWanted = open.filter((c) => c.ids.length < want && c.nextSeg >= 0)
    if (segWanted.length > 0) {
      const segs = await kv.get(segWanted.map((c) => segmentKey(c.m, c.nextSeg)))
      for (const c of segWanted) {
        c.ids.push(...readIds(segs[segmentKey(c.m, c.nextSeg)]).reverse())
        c.nextSeg -= 1
      }
    }
    const batch = new Map<Cursor, string[]>()
    for (const c of open) batch.set(c, c.ids.splice(0, want))
    const need = [...new Set([...batch.values()].flat())].filter((id) => !records.has(id))
    if (need.length > 0) {
      const stored = await kv.get(need.map(storyItemKey))
      for (const id of need) {
        const s = readStory(stored[storyItemKey(id)])
        records.set(id, s ? viewStory(s) : null)
      }
    }
    for (const [c, ids] of batch) {
      for (const id of ids) {
        const story = records.get(id)
        if (story && story.key !== exclude && !c.found.some((f) => f.key === story.key)) c.found.push(story)
      }
    }
  }
  const results = new Map<string, EntityLookup>()
  for (const c of cursors.values()) {
    const stories = c.found.sort((a, b) => b.readAt - a.readAt).slice(0, limit)
    const total = c.head ? Math.max(stories.length, c.head.c - (selfKeys.has(c.m) ? 1 : 0)) : 0
    results.set(c.m, { matchKey: c.m, total, stories })
  }
  return keys.map((m) => results.get(m)!)
}

/** The catalog by day, newest day first and newest read first within it. */
export async function catalogByDay(kv: KeyValueStore): Promise<{ day: string; ids: string[] }[]> {
  const meta = readMeta((await kv.get([META_KEY]))[META_KEY])
  if (!meta) return []
  const days = [...meta.days].sort().reverse()
  const cats = await kv.get(days.map(catalogKey))
  return days.map((day) => ({ day, ids: readIds(cats[catalogKey(day)]).reverse() }))
}

/** Story ids, newest read first, from the catalog. */
export async function allStoryIds(kv: KeyValueStore): Promise<string[]> {
  return (await catalogByDay(kv)).flatMap((c) => c.ids)
}

/** Readable records of ids, in the order given, skipping missing and damaged ones. */
export async function storiesByIds(kv: KeyValueStore, ids: readonly string[]): Promise<StoryView[]> {
  const out: StoryView[] = []
  for (let i = 0; i < ids.length; i += LIST_BATCH) {
    const slice = ids.slice(i, i + LIST_BATCH)
    const got = await kv.get(slice.map(storyItemKey))
    for (const id of slice) {
      const s = readStory(got[storyItemKey(id)])
      if (s) out.push(viewStory(s))
    }
  }
  return out
}

export interface ListOptions {
  /** Words all found in the title, site, address or an entity name (case and accents ignored). */
  query?: string
  limit?: number
  offset?: number
}

/** Stories read, newest first, with search. `total` counts the matches. `index` gives the search
 *  index over every story (the facade builds it once and keeps it between keystrokes); without a
 *  query only the page asked for is read. */
export async function listStories(
  kv: KeyValueStore,
  options: ListOptions = {},
  index: () => Promise<StorySearch> = async () => createStorySearch(await storiesByIds(kv, await allStoryIds(kv))),
): Promise<{ total: number; stories: StoryView[] }> {
  const limit = options.limit ?? 50
  const offset = options.offset ?? 0
  if (queryWords(options.query ?? '').length === 0) {
    const ids = await allStoryIds(kv)
    return { total: ids.length, stories: await storiesByIds(kv, ids.slice(offset, offset + limit)) }
  }
  return (await index()).list(options.query ?? '', limit, offset)
}
