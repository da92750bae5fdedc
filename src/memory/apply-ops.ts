// The effects of each journalled operation on storage. Every function here is idempotent (running
// it twice, or again after being stopped halfway, leaves the same state), and writes in an order
// where everything a pointer names is written before the pointer and removed after it:
//   record: story record and newly sealed segments, then entity heads, catalog and meta;
//   forget: heads, segments, catalog and meta without the ids, then the story records.
// So a worker stopped mid-operation leaves at worst an unreferenced record (finished by the
// replay) or a reference to a missing record (skipped by readers, removed by the replay).
import type { Journal } from './schema.ts'
import { rebuildIndex } from './rebuild.ts'
import type { KeyValueStore } from '../store/key-value.ts'
import {
  catalogKey, headKey, META_KEY, dayOf, PREFIX, SEGMENT_SIZE, segmentKey, SETTINGS_KEY,
  JOURNAL_KEY, storyItemKey,
} from './layout.ts'
import { readHead, readIds, readMeta, salvageDays } from './stored-values.ts'
import type { EntityHead } from './schema.ts'

type RecordOp = Extract<Journal, { op: 'record' }>
type ForgetOp = Extract<Journal, { op: 'forget' }>
type RecordBatchOp = Extract<Journal, { op: 'record-batch' }>

export async function applyRecord(kv: KeyValueStore, op: RecordOp): Promise<void> {
  await applyRecords(kv, [op], false)
}

/** Stories never stored before, many in one pass (recordMany): each head, catalog day and the meta
 *  read and written once for the batch, in the order applyRecord writes one story. */
export async function applyNewRecords(kv: KeyValueStore, op: RecordBatchOp): Promise<void> {
  await applyRecords(kv, op.items, true)
}

/** `fresh`: every story is new, so an id already catalogued was indexed by an earlier run of this
 *  very batch. A single record may be a story read again, whose new entities are still to index. */
async function applyRecords(kv: KeyValueStore, items: readonly Omit<RecordOp, 'op'>[], fresh: boolean): Promise<void> {
  const days = [...new Set(items.map((i) => dayOf(i.story.r)))]
  const entityKeys = [...new Set(items.flatMap((i) => i.add.map((e) => headKey(e.m))))]
  const got = await kv.get([META_KEY, ...days.map(catalogKey), ...entityKeys])
  const first: Record<string, unknown> = {}
  const heads = new Map<string, EntityHead>()
  const catalogs = new Map(days.map((d) => [d, readIds(got[catalogKey(d)])]))
  // Heads and catalogs are written in one set, so in a fresh batch a catalogued id is indexed
  // already: a replay adds it to no head again, even where a head sealed it into a segment since
  // (the tail check below sees only the tail).
  const catalogued = new Set([...catalogs.values()].flat())
  for (const op of items) {
    first[storyItemKey(op.id)] = op.story
    if (!catalogued.has(op.id)) {
      catalogued.add(op.id)
      catalogs.get(dayOf(op.story.r))!.push(op.id)
    } else if (fresh) continue
    for (const e of op.add) {
      const key = headKey(e.m)
      const head: EntityHead = heads.get(key) ?? readHead(got[key], e.n, e.t) ?? { v: 1, n: e.n, t: e.t, c: 0, g: 0, r: [] }
      heads.set(key, head)
      head.n = e.n
      // A new id stays in the tail even when the tail is sealed below, so checking the tail is
      // enough to make a replay add nothing twice.
      if (!head.r.includes(op.id)) {
        head.r.push(op.id)
        head.c += 1
      }
      if (head.r.length > SEGMENT_SIZE) {
        first[segmentKey(e.m, head.g)] = head.r.slice(0, SEGMENT_SIZE)
        head.r = head.r.slice(SEGMENT_SIZE)
        head.g += 1
      }
    }
  }
  const second: Record<string, unknown> = Object.fromEntries(heads)
  for (const [day, ids] of catalogs) second[catalogKey(day)] = ids
  // Meta is rewritten only when a day is added; a damaged one keeps the days it still names.
  const meta = readMeta(got[META_KEY])
  if (meta === null || days.some((d) => !meta.days.includes(d))) {
    const known = meta?.days ?? salvageDays(got[META_KEY])
    second[META_KEY] = { v: 1, days: [...new Set([...known, ...days])].sort() }
  }
  await kv.set(first)
  await kv.set(second)
}

export async function applyForget(kv: KeyValueStore, op: ForgetOp): Promise<void> {
  const idsByEntity = new Map<string, Set<string>>()
  const idsByDay = new Map<string, Set<string>>()
  for (const item of op.items) {
    for (const m of item.m) {
      if (!idsByEntity.has(m)) idsByEntity.set(m, new Set())
      idsByEntity.get(m)!.add(item.id)
    }
    if (item.day !== null) {
      if (!idsByDay.has(item.day)) idsByDay.set(item.day, new Set())
      idsByDay.get(item.day)!.add(item.id)
    }
  }
  const entities = [...idsByEntity.keys()]
  const days = [...idsByDay.keys()]
  const got = await kv.get([META_KEY, ...entities.map(headKey), ...days.map(catalogKey)])
  const heads = new Map<string, EntityHead>()
  const segKeys: string[] = []
  for (const m of entities) {
    const head = readHead(got[headKey(m)], '', 'MISC')
    if (head === null) continue
    heads.set(m, head)
    for (let i = 0; i < head.g; i++) segKeys.push(segmentKey(m, i))
  }
  const segs = segKeys.length > 0 ? await kv.get(segKeys) : {}

  const set: Record<string, unknown> = {}
  const remove: string[] = []
  for (const [m, head] of heads) {
    const gone = idsByEntity.get(m)!
    let removed = 0
    const keep = (ids: string[]) => ids.filter((id) => (gone.has(id) ? (removed++, false) : true))
    for (let i = 0; i < head.g; i++) {
      const before = readIds(segs[segmentKey(m, i)])
      const after = keep(before)
      if (after.length !== before.length) set[segmentKey(m, i)] = after
    }
    head.r = keep(head.r)
    head.c = Math.max(0, head.c - removed)
    if (head.c === 0 && head.r.length === 0) {
      // Nothing left: drop the head and its segments (set entries above are superseded).
      for (let i = 0; i < head.g; i++) {
        delete set[segmentKey(m, i)]
        remove.push(segmentKey(m, i))
      }
      remove.push(headKey(m))
    } else {
      set[headKey(m)] = head
    }
  }
  const meta = readMeta(got[META_KEY])
  for (const [day, gone] of idsByDay) {
    const before = readIds(got[catalogKey(day)])
    const after = before.filter((id) => !gone.has(id))
    if (after.length > 0) {
      if (after.length !== before.length) set[catalogKey(day)] = after
    } else {
      remove.push(catalogKey(day))
      if (meta) meta.days = meta.days.filter((x) => x !== day)
    }
  }
  if (meta) set[META_KEY] = meta
  if (Object.keys(set).length > 0) await kv.set(set)
  await kv.remove([...remove, ...op.items.map((i) => storyItemKey(i.id))])
}

/** Removes every memory key but the settings (a preference, not memory) and the journal. */
export async function applyClear(kv: KeyValueStore): Promise<void> {
  const all = await kv.get(null)
  const keys = Object.keys(all).filter((k) => k.startsWith(PREFIX) && k !== SETTINGS_KEY && k !== JOURNAL_KEY)
  if (keys.length > 0) await kv.remove(keys)
}

/** Does a journalled operation (again, after a stop: each is idempotent). */
export async function applyJournal(kv: KeyValueStore, op: Journal): Promise<void> {
  if (op.op === 'record') await applyRecord(kv, op)
  else if (op.op === 'record-batch') await applyNewRecords(kv, op)
  else if (op.op === 'forget') await applyForget(kv, op)
  else if (op.op === 'clear') await applyClear(kv)
  else await rebuildIndex(kv)
}
