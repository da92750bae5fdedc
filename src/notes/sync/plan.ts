// What goes into the sync area when it is written: the settings, the recent deletes, and as many
// notes as fit, newest first (by their last write). Notes that do not fit stay on this machine
// only and are named so (`localOnly`); when room comes back they go in again. Linear: each try
// picks the newest k by selection, not by sorting, and there is a fixed number of tries.
import type { Stamp } from './hlc.ts'
import { stampWall } from './hlc.ts'
import { newestStamp, type SyncRecord } from './record.ts'
import { areaBytes, encodeSnapshot } from './snapshot.ts'

/** storage.sync's limits, the same in Chrome and Firefox (MDN, developer.chrome.com). */
export const QUOTA_BYTES = 102_400
export const QUOTA_BYTES_PER_ITEM = 8_192
export const MAX_ITEMS = 512
/** The snapshot's share: the quota less room for rounding and a later key of our own. */
export const BUDGET_BYTES = QUOTA_BYTES - 1_024
/** A delete is carried this long, so a machine that was away for less learns of it. */
export const TOMBSTONE_DAYS = 60
/** At most this many deletes are carried (the newest), about 30 bytes each once compressed. */
export const TOMBSTONE_MAX = 300
/** Tries at a smaller count when the snapshot is over budget (each scales by the overshoot). */
const MAX_TRIES = 8
/** Aim a little under the budget, as compression does not scale exactly with the count. */
const AIM = 0.98
/**
 * Snapshot bytes per byte of a note's JSON, a little above what DEFLATE and base85 give on prose
 * (0.40 measured): a library far over the budget starts from about the right count instead of
 * compressing every note first.
 */
const FIRST_GUESS_RATIO = 0.42
const DAY_MS = 86_400_000

export interface PlanInput {
  gen: Stamp
  now: number
  settings: SyncRecord | null
  notes: readonly SyncRecord[]
  tombstones: readonly SyncRecord[]
  budget?: number
}

export interface Plan {
  items: Record<string, unknown>
  bytes: number
  /** Ids of the notes the snapshot holds. */
  synced: string[]
  /** Ids of the live notes left out for lack of room: "on this machine only". */
  localOnly: string[]
  /** Tombstones carried; the others are old enough to forget. */
  tombstones: SyncRecord[]
  cut: Stamp
}

/** The k records with the newest stamps (any order): quickselect, expected linear. */
export function newestK<T extends SyncRecord>(records: readonly T[], k: number): T[] {
  if (k >= records.length) return [...records]
  if (k <= 0) return []
  const a = records.map((r) => ({ r, s: newestStamp(r) }))
  let lo = 0, hi = a.length - 1
  while (lo < hi) {
    // Median of three for the pivot: stamps come from our clocks, so no adversary shapes them.
    const mid = (lo + hi) >> 1
    const trio = [a[lo].s, a[mid].s, a[hi].s].sort()
    const pivot = trio[1]
    let i = lo, j = hi
    while (i <= j) {
      while (a[i].s > pivot) i++
      while (a[j].s < pivot) j--
      if (i <= j) { const t = a[i]; a[i] = a[j]; a[j] = t; i++; j-- }
    }
    if (k - 1 <= j) hi = j
    else if (k - 1 >= i) lo = i
    else break
  }
  return a.slice(0, k).map((x) => x.r)
}

/** Records of one story side by side, so DEFLATE finds their shared URL and title close together. */
function storyOrder(records: readonly SyncRecord[]): SyncRecord[] {
  const groups = new Map<unknown, SyncRecord[]>()
  for (const r of records) {
    const b = r.fields.get('b')?.v
    const key = Array.isArray(b) ? b[1] : null
    const g = groups.get(key)
    if (g) g.push(r)
    else groups.set(key, [r])
  }
  return [...groups.values()].flat()
}

/** The tombstones still worth carrying at `now`. */
export function liveTombstones(tombstones: readonly SyncRecord[], now: number): SyncRecord[] {
  const fresh = tombstones.filter((t) => t.del !== null && stampWall(t.del) >= now - TOMBSTONE_DAYS * DAY_MS)
  return newestK(fresh, TOMBSTONE_MAX)
}

export async function planSnapshot(input: PlanInput): Promise<Plan> {
  const budget = input.budget ?? BUDGET_BYTES
  const tombstones = liveTombstones(input.tombstones, input.now)
  const fixed = [...(input.settings ? [input.settings] : []), ...tombstones]
  let k = input.notes.length
  const rawBytes = input.notes.reduce((sum, r) => sum + rowBytes(r), 0)
  if (rawBytes * FIRST_GUESS_RATIO > 2 * budget) k = Math.floor(k * budget / (rawBytes * FIRST_GUESS_RATIO))
  let chosen: SyncRecord[] = [...input.notes]
  let items: Record<string, unknown> = {}
  let bytes = 0
  for (let tries = 0; ; tries++) {
    chosen = newestK(input.notes, k)
    const cut = newestOf(leftOut(input.notes, chosen))
    items = await encodeSnapshot({ gen: input.gen, cut, records: [...fixed, ...storyOrder(chosen)] })
    bytes = areaBytes(items)
    if (bytes <= budget || k === 0) break
    // Over: scale the count by the overshoot; after the last try, give up on notes altogether.
    k = tries + 1 >= MAX_TRIES ? 0 : Math.min(k - 1, Math.floor(k * (budget / bytes) * AIM))
  }
  const rest = leftOut(input.notes, chosen)
  return { items, bytes, synced: chosen.map((r) => r.id), localOnly: rest.map((r) => r.id), tombstones, cut: newestOf(rest) }
}

function rowBytes(r: SyncRecord): number {
  let n = 0
  for (const f of r.fields.values()) n += JSON.stringify(f.v)?.length ?? 0
  return n
}

function leftOut(all: readonly SyncRecord[], chosen: readonly SyncRecord[]): SyncRecord[] {
  if (chosen.length === all.length) return []
  const ids = new Set(chosen.map((r) => r.id))
  return all.filter((r) => !ids.has(r.id))
}

const newestOf = (records: readonly SyncRecord[]): Stamp =>
  records.reduce<Stamp>((max, r) => { const s = newestStamp(r); return s > max ? s : max }, '')
