// A story read, as the content script and engine describe it, into the compact record the memory
// stores, within the per-story byte budget. It decides what to keep (most mentioned entities
// first) and measures; it does not write.
import type { EntityType } from '../engine/types.ts'
import { entityMatchKey } from './entity-key.ts'
import { defaultUrl } from './migrate.ts'
import { ENTITY_TYPES, type StoryV2 } from './schema.ts'

export interface ReadStoryInput {
  /** storyKey(...) of the page. */
  key: string
  /** The URL to open it again (the page's stated URL); defaults to https:// + key. */
  url?: string | null
  title?: string | null
  site?: string | null
  /** ISO publish date as the page states it. */
  published?: string | null
  /** Entities of the story: canonical name and type; `mentions` (a count or the engine's list)
   *  orders them when the budget forces a cut. */
  entities: { name: string; type: EntityType; mentions?: number | readonly unknown[] }[]
}

/** One entity of a record with its match key, ready for the index. */
export interface IndexedEntity {
  /** entityMatchKey(name, type). */
  m: string
  n: string
  t: EntityType
}

// The budget: ≤ 2 KB a story, everything it costs in storage counted.
export const STORY_BYTE_BUDGET = 2048
// Story keys longer than this are not recorded (a URL this long is not a story's address).
export const MAX_KEY_LENGTH = 1024
const MAX_URL_LENGTH = 2048
const MAX_TITLE_LENGTH = 300
// A second, shorter title cut when the budget is tight.
const SHORT_TITLE_LENGTH = 120
const MAX_SITE_LENGTH = 80
const MAX_PUBLISHED_LENGTH = 40
const MAX_ENTITY_NAME_LENGTH = 80
// Cards only need the entities a reader would look up; a story rarely has more worth keeping.
export const MAX_ENTITIES = 40
// Below this the cut stops trimming entities and trims the title and URL instead.
const MIN_ENTITIES = 8
// Bytes one index entry costs: the id in JSON ("id",) in an entity's list and in the catalog.
const INDEX_ENTRY_OVERHEAD = 3

const encoder = new TextEncoder()
export const utf8Bytes = (s: string) => encoder.encode(s).length

/** Bytes a story costs in storage: its record (key name and JSON value) and one index entry per
 *  entity and in the catalog. Entity heads' fixed part is shared by many stories and not here. */
export function storyFootprint(story: StoryV2, id: string): number {
  const record = utf8Bytes('gm/s/' + id) + utf8Bytes(JSON.stringify(story))
  return record + (story.e.length + 1) * (utf8Bytes(id) + INDEX_ENTRY_OVERHEAD)
}

const clip = (s: string | null | undefined, max: number): string | null => {
  if (typeof s !== 'string') return null
  const t = s.replace(/\s+/g, ' ').trim()
  return t === '' ? null : t.length <= max ? t : t.slice(0, max - 1).trimEnd() + '…'
}

const mentionCount = (m: number | readonly unknown[] | undefined) =>
  typeof m === 'number' ? m : Array.isArray(m) ? m.length : 0

/** Valid, deduplicated (by match key) entities, most mentioned first, capped. */
export function pickEntities(entities: ReadStoryInput['entities']): IndexedEntity[] {
  const seen = new Set<string>()
  const ranked = entities
    .filter((e) => typeof e?.name === 'string' && (ENTITY_TYPES as readonly string[]).includes(e.type))
    .map((e, i) => ({ e, i, n: mentionCount(e.mentions) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
  const out: IndexedEntity[] = []
  for (const { e } of ranked) {
    const name = clip(e.name, MAX_ENTITY_NAME_LENGTH)
    if (name === null) continue
    const m = entityMatchKey(name, e.type)
    if (m.endsWith(':') || seen.has(m)) continue
    seen.add(m)
    out.push({ m, n: name, t: e.type })
    if (out.length === MAX_ENTITIES) break
  }
  return out
}

export type Compacted = { ok: true; story: StoryV2; entities: IndexedEntity[] } | { ok: false; reason: string }

/** The record to store for a story read at `readAt`, fitted to STORY_BYTE_BUDGET. */
export function compactStory(input: ReadStoryInput, readAt: number, id: string): Compacted {
  if (typeof input.key !== 'string' || input.key === '') return { ok: false, reason: 'no story key' }
  if (input.key.length > MAX_KEY_LENGTH) return { ok: false, reason: 'story key too long' }
  const entities = pickEntities(Array.isArray(input.entities) ? input.entities : [])
  const story: StoryV2 = {
    v: 2,
    k: input.key,
    t: clip(input.title, MAX_TITLE_LENGTH),
    s: clip(input.site, MAX_SITE_LENGTH),
    p: clip(input.published, MAX_PUBLISHED_LENGTH),
    r: Math.max(0, Math.round(readAt)),
    e: entities.map((e) => `${e.t}:${e.n}`),
  }
  const url = typeof input.url === 'string' ? input.url.trim() : ''
  if (url !== '' && url !== defaultUrl(input.key) && url.length <= MAX_URL_LENGTH) story.u = url
  // Fit the budget: least mentioned entities first, then a shorter title, then the URL.
  while (storyFootprint(story, id) > STORY_BYTE_BUDGET && story.e.length > MIN_ENTITIES) {
    story.e.pop()
    entities.pop()
  }
  if (storyFootprint(story, id) > STORY_BYTE_BUDGET) story.t = clip(story.t, SHORT_TITLE_LENGTH)
  if (storyFootprint(story, id) > STORY_BYTE_BUDGET) delete story.u
  while (storyFootprint(story, id) > STORY_BYTE_BUDGET && story.e.length > 0) {
    story.e.pop()
    entities.pop()
  }
  return { ok: true, story, entities }
}
