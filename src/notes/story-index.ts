// The per-story indexes: which note ids belong to a story. Derived data, so a missing or broken
// index is rebuilt from the notes, never trusted over them.
import * as v from 'valibot'
import type { KeyValueStore } from '../store/key-value.ts'
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

/** The index writes that add and remove ids: items to set and keys to remove, one read. */
export async function planIndexChanges(
  kv: KeyValueStore, add: ReadonlyArray<{ ref: string; id: string }>, remove: ReadonlyArray<{ ref: string; id: string }>,
): Promise<{ set: Record<string, unknown>; remove: string[] }> {
  const refs = [...new Set([...add, ...remove].map((c) => c.ref))]
  if (refs.length === 0) return { set: {}, remove: [] }
  const { entries } = await readIndexes(kv, refs)
  const ids = new Map(refs.map((r) => [r, entries.find((e) => e.ref === r)?.ids ?? []]))
  const removing = new Map<string, Set<string>>()
  for (const { ref, id } of remove) removing.set(ref, (removing.get(ref) ?? new Set()).add(id))
  for (const [ref, gone] of removing) ids.set(ref, ids.get(ref)!.filter((x) => !gone.has(x)))
  const present = new Map(refs.map((r) => [r, new Set(ids.get(r))]))
  for (const { ref, id } of add) if (!present.get(ref)!.has(id)) { present.get(ref)!.add(id); ids.get(ref)!.push(id) }
  const set: Record<string, unknown> = {}
  const empty: string[] = []
  for (const r of refs) {
    if (ids.get(r)!.length === 0) empty.push(indexKey(r))
    else set[indexKey(r)] = makeIndex(ids.get(r)!)
  }
  return { set, remove: empty }
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
