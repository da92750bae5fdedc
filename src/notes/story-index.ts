// The per-story indexes: which note ids belong to a story. Derived data, so a missing or broken
// index is rebuilt from the notes, never trusted over them.
import * as v from 'valibot'
import type { KeyValueStore } from './key-value.ts'
import type { Note } from './schema.ts'
import {
  indexKey, INDEX_KEY_PREFIX, makeIndex, noteKey, storyRefOf, StoryIndexSchema,
} from './storage-keys.ts'

export interface IndexEntry { ref: string; ids: string[] }

/** The indexes of `refs`; `invalid` when one of them does not pass its schema. */
export async function readIndexes(kv: KeyValueStore, refs: string[]):
Promise<{ entries: IndexEntry[]; invalid: boolean }> {
  if (refs.length === 0) return { entries: [], invalid: false }
  const items = await kv.get(refs.map(indexKey))
  const entries: IndexEntry[] = []
  let invalid = false
  for (const ref of refs) {
    const raw = items[indexKey(ref)]
    if (raw === undefined) continue
    const parsed = v.safeParse(StoryIndexSchema, raw)
    if (parsed.success) entries.push({ ref, ids: parsed.output.ids })
    else invalid = true
  }
  return { entries, invalid }
}

/** Adds and removes ids in the indexes they concern, one read and one write. */
export async function writeIndexChanges(
  kv: KeyValueStore, add: Array<{ ref: string; id: string }>, remove: Array<{ ref: string; id: string }>,
): Promise<void> {
  const refs = [...new Set([...add, ...remove].map((c) => c.ref))]
  if (refs.length === 0) return
  const { entries } = await readIndexes(kv, refs)
  const ids = new Map(refs.map((r) => [r, entries.find((e) => e.ref === r)?.ids ?? []]))
  for (const { ref, id } of remove) ids.set(ref, ids.get(ref)!.filter((x) => x !== id))
  for (const { ref, id } of add) if (!ids.get(ref)!.includes(id)) ids.get(ref)!.push(id)
  const empty = refs.filter((r) => ids.get(r)!.length === 0)
  const full = refs.filter((r) => ids.get(r)!.length > 0)
  if (full.length > 0) await kv.set(Object.fromEntries(full.map((r) => [indexKey(r), makeIndex(ids.get(r)!)])))
  if (empty.length > 0) await kv.remove(empty.map(indexKey))
}

/**
 * Makes every index list exactly the notes of its story, keeping ids of unreadable items that an
 * index already lists (so the story still reports them). Returns how many indexes changed.
 */
export async function rebuildIndexes(
  kv: KeyValueStore, items: Record<string, unknown>, notes: readonly Note[],
): Promise<number> {
  const want = new Map<string, string[]>()
  for (const n of [...notes].sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0))) {
    const ref = storyRefOf(n)
    want.set(ref, [...(want.get(ref) ?? []), n.id])
  }
  const readable = new Set(notes.map((n) => n.id))
  const set: Record<string, unknown> = {}
  const remove: string[] = []
  for (const [key, raw] of Object.entries(items)) {
    if (!key.startsWith(INDEX_KEY_PREFIX)) continue
    const ref = key.slice(INDEX_KEY_PREFIX.length)
    const parsed = v.safeParse(StoryIndexSchema, raw)
    const had = parsed.success ? parsed.output.ids : []
    const unreadable = had.filter((id) => !readable.has(id) && (items[noteKey(id)] !== undefined))
    const ids = [...(want.get(ref) ?? []), ...unreadable]
    want.delete(ref)
    if (ids.length === 0) remove.push(key)
    else if (!parsed.success || had.join('\n') !== ids.join('\n')) set[key] = makeIndex(ids)
  }
  for (const [ref, ids] of want) set[indexKey(ref)] = makeIndex(ids)
  if (Object.keys(set).length > 0) await kv.set(set)
  if (remove.length > 0) await kv.remove(remove)
  return Object.keys(set).length + remove.length
}
