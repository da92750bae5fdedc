// The id directory: which notes are stored, without reading the rest of storage. Every note key's
// id is listed in one of 4,097 shards (notes.v1/ids/000 … fff, zzz), each sorted, so a page of notes
// is read shard by shard in id order and a cursor (the last id read) survives writes between
// pages. Derived data, like the story indexes: a journal of the write in progress lets a new
// worker finish what a stopped one began, and only storage with no directory yet (written by an
// older Gloss, or just cleared) is scanned whole, once.
import * as v from 'valibot'
import type { KeyValueStore } from '../store/key-value.ts'
import { directoryKey, DIRECTORY_KEY_PREFIX, shardOf, SHARDS } from './storage-keys.ts'

const ShardSchema = v.strictObject({ schemaVersion: v.literal(1), ids: v.array(v.string()) })

/** Shards read per storage call while paging (most are absent or hold a few ids). */
const SHARDS_PER_READ = 512

export class DirectoryError extends Error {}

/** The ids of `shards`, each list sorted; throws DirectoryError when a shard is not one of ours. */
export async function readShards(kv: KeyValueStore, shards: readonly string[]): Promise<Map<string, string[]>> {
  const items = await kv.get(shards.map(directoryKey))
  const out = new Map<string, string[]>()
  for (const shard of shards) {
    const raw = items[directoryKey(shard)]
    if (raw === undefined) { out.set(shard, []); continue }
    const parsed = v.safeParse(ShardSchema, raw)
    if (!parsed.success) throw new DirectoryError(`the id directory shard ${shard} is damaged`)
    out.set(shard, parsed.output.ids)
  }
  return out
}

/** Every id in the directory, in page order. */
export async function allIds(kv: KeyValueStore): Promise<string[]> {
  const shards = await readShards(kv, SHARDS)
  return SHARDS.flatMap((s) => shards.get(s)!)
}

/** Up to `limit` ids after `cursor` (null: from the start), in page order, and whether more follow. */
export async function idsAfter(kv: KeyValueStore, cursor: string | null, limit: number): Promise<{ ids: string[]; more: boolean }> {
  const from = cursor === null ? 0 : SHARDS.indexOf(shardOf(cursor))
  const ids: string[] = []
  for (let i = from; i < SHARDS.length; i += SHARDS_PER_READ) {
    const names = SHARDS.slice(i, i + SHARDS_PER_READ)
    const shards = await readShards(kv, names)
    for (const name of names) {
      for (const id of shards.get(name)!) {
        if (cursor !== null && name === shardOf(cursor) && id <= cursor) continue
        if (ids.length === limit) return { ids, more: true }
        ids.push(id)
      }
    }
  }
  return { ids, more: false }
}

/** The shard writes that add and remove ids: items to set and keys to remove, one read. */
export async function planDirectoryChanges(kv: KeyValueStore, add: readonly string[], remove: readonly string[]):
Promise<{ set: Record<string, unknown>; remove: string[] }> {
  const touched = [...new Set([...add, ...remove].map(shardOf))]
  if (touched.length === 0) return { set: {}, remove: [] }
  const shards = await readShards(kv, touched)
  const gone = new Set(remove)
  for (const id of add) gone.delete(id)
  const set: Record<string, unknown> = {}
  const removeKeys: string[] = []
  for (const shard of touched) {
    const ids = new Set(shards.get(shard)!.filter((id) => !gone.has(id)))
    for (const id of add) if (shardOf(id) === shard) ids.add(id)
    const sorted = [...ids].sort()
    if (sorted.length === 0) removeKeys.push(directoryKey(shard))
    else set[directoryKey(shard)] = { schemaVersion: 1, ids: sorted }
  }
  return { set, remove: removeKeys }
}

/** The whole directory for these ids (after a full scan): every shard set, empty ones removed. */
export function directoryOf(ids: readonly string[], items: Record<string, unknown>): { set: Record<string, unknown>; remove: string[] } {
  const byShard = new Map<string, string[]>()
  for (const id of ids) byShard.set(shardOf(id), [...(byShard.get(shardOf(id)) ?? []), id])
  const set: Record<string, unknown> = {}
  for (const [shard, list] of byShard) set[directoryKey(shard)] = { schemaVersion: 1, ids: list.sort() }
  const remove = Object.keys(items).filter((k) => k.startsWith(DIRECTORY_KEY_PREFIX) && !(k in set))
  return { set, remove }
}

// ---- journal and import log ---------------------------------------------------------------------

const Outcome = v.strictObject({
  imported: v.array(v.string()),
  copies: v.array(v.strictObject({ from: v.string(), to: v.string() })),
  skipped: v.array(v.strictObject({ id: v.string(), reason: v.string() })),
  failed: v.array(v.strictObject({ id: v.string(), reason: v.string() })),
})
export type BatchOutcome = v.InferOutput<typeof Outcome>

export const JournalSchema = v.strictObject({
  schemaVersion: v.literal(1),
  /** Note ids being written. */
  ids: v.array(v.string()),
  /** When an import batch is being written: its id and what it decided to do. */
  batch: v.exactOptional(v.strictObject({ id: v.string(), outcome: Outcome })),
})
export type Journal = v.InferOutput<typeof JournalSchema>

/**
 * Import batches remembered. The options page sends one batch at a time and waits for its reply,
 * so only the latest batch of an import can be sent again; a few cover imports from two pages.
 */
export const IMPORT_LOG_LENGTH = 4

const LogSchema = v.strictObject({
  schemaVersion: v.literal(1),
  batches: v.array(v.strictObject({
    id: v.string(),
    outcome: Outcome,
    /** False when a stopped worker left the batch half written: a resend writes the rest. */
    applied: v.boolean(),
  })),
})
export type ImportLog = v.InferOutput<typeof LogSchema>

/** A stored journal or log, or null when absent or not ours (derived data: a bad one is dropped). */
export const parseJournal = (raw: unknown): Journal | null => {
  const r = v.safeParse(JournalSchema, raw)
  return r.success ? r.output : null
}
export const parseLog = (raw: unknown): ImportLog => {
  const r = v.safeParse(LogSchema, raw)
  return r.success ? r.output : { schemaVersion: 1, batches: [] }
}
export const withBatch = (log: ImportLog, entry: ImportLog['batches'][number]): ImportLog =>
  ({ schemaVersion: 1, batches: [...log.batches.filter((b) => b.id !== entry.id), entry].slice(-IMPORT_LOG_LENGTH) })
