// What the reading memory stores, as valibot schemas: every value read from storage is checked
// against them (storage is input too). Story records carry their own version `v` and are migrated
// on read (migrate.ts); index values are rebuilt from story records when they are corrupt.
import * as v from 'valibot'

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const

/** The story record version written today. */
export const STORY_VERSION = 2

const Type = v.picklist(ENTITY_TYPES)
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max))
const Time = v.pipe(v.number(), v.integer(), v.minValue(0))

/** Version 1 (first shape): readable field names, ISO read time, entity objects. The bench
 *  measures 1,554 bytes a story in this shape against 1,133 in version 2, hence version 2. */
export const StoryV1 = v.object({
  v: v.literal(1),
  key: Text(4096),
  url: Text(4096),
  title: v.nullable(v.string()),
  site: v.nullable(v.string()),
  published: v.nullable(v.string()),
  readAt: v.pipe(v.string(), v.isoTimestamp()),
  entities: v.array(v.object({ name: v.string(), type: Type })),
})
export type StoryV1 = v.InferOutput<typeof StoryV1>

/** Version 2 (current): short field names, epoch ms, entities as "TYPE:name" strings, the URL
 *  left out when it is https:// plus the key. */
export const StoryV2 = v.object({
  v: v.literal(2),
  /** Story key (story-key.ts). */
  k: Text(4096),
  /** URL to open, when it is not "https://" + k. */
  u: v.optional(Text(4096)),
  /** Title. */
  t: v.nullable(v.string()),
  /** Site name as the page states it. */
  s: v.nullable(v.string()),
  /** Publish date, ISO as the page states it. */
  p: v.nullable(v.string()),
  /** First read, epoch ms. */
  r: Time,
  /** Entities, "PER:Patrick Ryder", most mentioned first. */
  e: v.array(v.pipe(v.string(), v.regex(/^(?:PER|ORG|LOC|MISC):./))),
})
export type StoryV2 = v.InferOutput<typeof StoryV2>

/** One entity's index head: its newest story ids (the open tail) and how many sealed segments
 *  of older ids exist under `<head key>#<i>`. */
export const EntityHead = v.object({
  v: v.literal(1),
  /** Display name (the latest canonical name seen). */
  n: v.string(),
  t: Type,
  /** Story ids in all segments and the tail. */
  c: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Sealed segments: keys `<head key>#0` … `#g-1`, oldest first. */
  g: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Newest ids, oldest first. */
  r: v.array(v.string()),
})
export type EntityHead = v.InferOutput<typeof EntityHead>

export const IdList = v.array(v.string())

export const Meta = v.object({
  /** Layout version of the keys below `gm/`. */
  v: v.literal(1),
  /** Days ("2024-01-15", UTC) that have a catalog key `gm/c/<day>`. */
  days: v.array(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
})
export type Meta = v.InferOutput<typeof Meta>

// A retention longer than this is "keep": ten years.
export const MAX_RETENTION_DAYS = 3650

export const Settings = v.object({
  v: v.literal(1),
  /** No story is recorded while paused; lookups still answer. */
  paused: v.boolean(),
  /** Hosts (normalised like story keys: no www) whose stories are never recorded. */
  excludedSites: v.array(v.string()),
  /** Stories first read longer ago than this are pruned; null keeps them. */
  retentionDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_RETENTION_DAYS))),
  /** Oldest stories beyond this many are pruned. */
  maxStories: v.pipe(v.number(), v.integer(), v.minValue(1)),
})
export type Settings = v.InferOutput<typeof Settings>

// Defaults: 50,000 stories, five years of a heavy reader's news, is the size issue 18 budgets
// storage for (capacity.ts); the oldest beyond it are pruned.
export const DEFAULT_SETTINGS: Settings = { v: 1, paused: false, excludedSites: [], retentionDays: null, maxStories: 50_000 }

const JournalEntity = v.object({ m: v.string(), n: v.string(), t: Type })

/** The write-ahead journal: one operation, written before its effects and removed after, so a
 *  worker stopped mid-write is finished (replayed) by the next one. Every operation is
 *  idempotent. */
export const Journal = v.variant('op', [
  v.object({ op: v.literal('record'), id: v.string(), story: StoryV2, add: v.array(JournalEntity) }),
  /** Stories never stored before, recorded together (recordMany). */
  v.object({ op: v.literal('record-batch'), items: v.array(v.object({ id: v.string(), story: StoryV2, add: v.array(JournalEntity) })) }),
  v.object({
    op: v.literal('forget'),
    items: v.array(v.object({ id: v.string(), day: v.nullable(v.string()), m: v.array(v.string()) })),
  }),
  v.object({ op: v.literal('clear') }),
  v.object({ op: v.literal('rebuild') }),
])
export type Journal = v.InferOutput<typeof Journal>
