// Rebuilds the index (catalog days, entity heads and segments, meta) from the story records,
// the source of truth. Used when the index cannot be trusted: meta missing or damaged while
// stories exist, an unreadable journal. Story records of older versions are rewritten in the
// current shape; records no version reads (damaged, or written by a newer Gloss) are left as they
// are, unindexed, and counted: never deleted.
import type { KeyValueStore } from '../store/key-value.ts'
import { catalogKey, headKey, idOfStoryItemKey, isStoryItemKey, META_KEY, dayOf, PREFIX, SEGMENT_SIZE, segmentKey } from './layout.ts'
import { readStory, splitEntity } from './migrate.ts'
import { entityMatchKey } from './entity-key.ts'
import type { EntityHead, Meta, StoryV2 } from './schema.ts'

export interface RebuildReport {
  stories: number
  /** Records kept but not indexed because no schema version reads them. */
  unreadable: number
  /** Records migrated from an older version. */
  migrated: number
  entities: number
}

const INDEX_PREFIXES = [PREFIX + 'c/', PREFIX + 'e/']

export async function rebuildIndex(kv: KeyValueStore): Promise<RebuildReport> {
  const all = await kv.get(null)
  const stories: { id: string; s: StoryV2 }[] = []
  const rewrite: Record<string, unknown> = {}
  let unreadable = 0
  for (const [k, raw] of Object.entries(all)) {
    if (!isStoryItemKey(k)) continue
    const s = readStory(raw)
    if (s === null) {
      unreadable++
      continue
    }
    if ((raw as { v?: unknown }).v !== s.v) rewrite[k] = s
    stories.push({ id: idOfStoryItemKey(k), s })
  }
  stories.sort((a, b) => a.s.r - b.s.r || (a.id < b.id ? -1 : 1))

  const days = new Map<string, string[]>()
  const postings = new Map<string, { n: string; t: EntityHead['t']; ids: string[] }>()
  for (const { id, s } of stories) {
    const day = dayOf(s.r)
    if (!days.has(day)) days.set(day, [])
    days.get(day)!.push(id)
    for (const e of s.e) {
      const { name, type } = splitEntity(e)
      const m = entityMatchKey(name, type)
      const p = postings.get(m) ?? { n: name, t: type, ids: [] }
      p.n = name
      if (p.ids[p.ids.length - 1] !== id) p.ids.push(id)
      postings.set(m, p)
    }
  }

  const items: Record<string, unknown> = { ...rewrite }
  for (const [day, ids] of days) items[catalogKey(day)] = ids
  for (const [m, p] of postings) {
    const g = Math.max(0, Math.ceil(p.ids.length / SEGMENT_SIZE) - 1)
    for (let i = 0; i < g; i++) items[segmentKey(m, i)] = p.ids.slice(i * SEGMENT_SIZE, (i + 1) * SEGMENT_SIZE)
    const head: EntityHead = { v: 1, n: p.n, t: p.t, c: p.ids.length, g, r: p.ids.slice(g * SEGMENT_SIZE) }
    items[headKey(m)] = head
  }
  const meta: Meta = { v: 1, days: [...days.keys()].sort() }
  items[META_KEY] = meta
  // New index first, then the stale keys it replaces: a stop in between leaves extra keys that
  // nothing points to, and the next rebuild removes them.
  await kv.set(items)
  const stale = Object.keys(all).filter((k) => INDEX_PREFIXES.some((p) => k.startsWith(p)) && !(k in items))
  if (stale.length > 0) await kv.remove(stale)
  return { stories: stories.length, unreadable, migrated: Object.keys(rewrite).length, entities: postings.size }
}
