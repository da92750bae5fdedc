// What this machine knows about sync, kept in storage.local under one key: its device id, its
// clock, and for each note the stamp and content digest of each field (the content itself is the
// note in the store), the deletes it carries, and which notes did not fit in the area. Storage is
// input: a value that does not read as ours starts afresh (every note is then stamped anew, which
// loses nothing: they are simply written again).
import { isDeviceId, isStamp, newDeviceId, ZERO_CLOCK, type ClockState, type Stamp } from './hlc.ts'
import type { KeyValueStore } from '../../store/key-value.ts'

export const META_KEY = 'sync.v1/meta'
const META_VERSION = 1

/** Per note: [stamp, digest] for b, t and g, in that order. */
export type NoteStamps = [bS: Stamp, bD: string, tS: Stamp, tD: string, gS: Stamp, gD: string]

export interface SyncMeta {
  device: string
  clock: ClockState
  notes: Map<string, NoteStamps>
  /** Deleted note id → stamp of the delete. */
  dead: Map<string, Stamp>
  /** Settings field → [stamp, digest]. */
  settings: Map<string, [Stamp, string]>
  localOnly: string[]
  /** When this machine last wrote the area (ms), for the write-rate rule across worker restarts. */
  lastFlush: number
}

const isNoteStamps = (x: unknown): x is NoteStamps => Array.isArray(x) && x.length === 6 &&
  x.every((s, i) => (i % 2 === 0 ? isStamp(s) : typeof s === 'string'))

export async function loadMeta(kv: KeyValueStore, random: () => number): Promise<SyncMeta> {
  const raw = (await kv.get([META_KEY]))[META_KEY] as Record<string, unknown> | undefined
  const fresh: SyncMeta = { device: newDeviceId(random), clock: ZERO_CLOCK, notes: new Map(), dead: new Map(),
    settings: new Map(), localOnly: [], lastFlush: 0 }
  if (!raw || typeof raw !== 'object' || raw.v !== META_VERSION || !isDeviceId(raw.device)) return fresh
  const clock = raw.clock
  if (Array.isArray(clock) && Number.isInteger(clock[0]) && Number.isInteger(clock[1])) fresh.clock = { wall: clock[0], counter: clock[1] }
  fresh.device = raw.device
  for (const [id, st] of Object.entries((raw.notes as Record<string, unknown>) ?? {})) if (isNoteStamps(st)) fresh.notes.set(id, st)
  for (const [id, s] of Object.entries((raw.dead as Record<string, unknown>) ?? {})) if (isStamp(s)) fresh.dead.set(id, s)
  for (const [k, st] of Object.entries((raw.settings as Record<string, unknown>) ?? {})) {
    if (Array.isArray(st) && isStamp(st[0]) && typeof st[1] === 'string') fresh.settings.set(k, [st[0], st[1]])
  }
  if (Array.isArray(raw.localOnly)) fresh.localOnly = raw.localOnly.filter((x): x is string => typeof x === 'string')
  if (typeof raw.lastFlush === 'number') fresh.lastFlush = raw.lastFlush
  return fresh
}

export function saveMeta(kv: KeyValueStore, m: SyncMeta): Promise<void> {
  return kv.set({ [META_KEY]: {
    v: META_VERSION, device: m.device, clock: [m.clock.wall, m.clock.counter],
    notes: Object.fromEntries(m.notes), dead: Object.fromEntries(m.dead), settings: Object.fromEntries(m.settings),
    localOnly: m.localOnly, lastFlush: m.lastFlush,
  } })
}
