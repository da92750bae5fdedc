// The sync area's content: one snapshot of every record that syncs, as compact JSON rows,
// DEFLATE-compressed, in base85, cut into items under the per-item limit. Every item carries the
// snapshot's generation, so a reader that sees items of two generations at once (another machine
// wrote while this one's copy of the area was half updated) knows the snapshot is incomplete and
// waits for the rest, instead of reading a mix. Decoding treats the area as input: anything
// malformed is skipped and counted, never trusted.
import { deflate, inflate } from './compress.ts'
import { decodeBase85, encodeBase85 } from './base85.ts'
import { isStamp, type Stamp } from './hlc.ts'
import type { Field, SyncRecord } from './record.ts'

/** Keys in storage.sync: the header, then `sync/0`, `sync/1`, … */
export const HEADER_KEY = 'sync/h'
export const chunkKey = (i: number): string => `sync/${i}`
const CHUNK_KEY = /^sync\/(\d{1,3})$/
export const SNAPSHOT_VERSION = 1
/** Characters of data per item: the item limit (8,192 bytes of key and JSON) less key, generation and quotes. */
export const CHUNK_CHARS = 8_000
/** Id of the settings record; notes are keyed by their UUID. */
export const SETTINGS_ID = '*'
const URN = 'urn:uuid:'
const MAX_FIELD_NAME = 80

export interface Snapshot {
  /** Stamp of the flush that wrote it. */
  gen: Stamp
  /** The newest stamp among the notes left out for lack of room ('' when none was). */
  cut: Stamp
  records: SyncRecord[]
}

type Row = [key: string, del: Stamp | 0, ...rest: unknown[]]

const rowOf = (r: SyncRecord): Row => {
  const row: Row = [r.id.startsWith(URN) ? r.id.slice(URN.length) : r.id, r.del ?? 0]
  // A field written by the same write as the one before it (a new note's three) says 0.
  let last: Stamp | null = null
  for (const [name, f] of r.fields) { row.push(name, f.s === last ? 0 : f.s, f.v); last = f.s }
  return row
}

function recordOf(row: unknown): SyncRecord | null {
  if (!Array.isArray(row) || row.length < 2 || (row.length - 2) % 3 !== 0) return null
  const [key, del] = row
  if (typeof key !== 'string' || key.length === 0 || key.length > 64) return null
  if (del !== 0 && !isStamp(del)) return null
  const fields = new Map<string, Field>()
  let last: Stamp | null = null
  for (let i = 2; i < row.length; i += 3) {
    const name: unknown = row[i], s: unknown = row[i + 1] === 0 ? last : row[i + 1]
    if (typeof name !== 'string' || name.length > MAX_FIELD_NAME || !isStamp(s) || fields.has(name)) return null
    fields.set(name, { s, v: row[i + 2] })
    last = s
  }
  return { id: key === SETTINGS_ID ? key : URN + key, fields, del: del === 0 ? null : del }
}

/** The bytes an item counts for against the area's quotas: its key and its value's JSON, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length
}

export const areaBytes = (items: Record<string, unknown>): number =>
  Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0)

/** The items that hold `s`: the header and its chunks. */
export async function encodeSnapshot(s: Snapshot): Promise<Record<string, unknown>> {
  const json = JSON.stringify([SNAPSHOT_VERSION, s.records.map(rowOf)])
  const data = encodeBase85(await deflate(new TextEncoder().encode(json)))
  const n = Math.max(1, Math.ceil(data.length / CHUNK_CHARS))
  const items: Record<string, unknown> = { [HEADER_KEY]: { v: SNAPSHOT_VERSION, g: s.gen, n, c: s.cut } }
  for (let i = 0; i < n; i++) items[chunkKey(i)] = `${s.gen}|${data.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS)}`
  return items
}

export type Decoded =
  | { status: 'empty' }
  | { status: 'incomplete' }
  | { status: 'invalid'; reason: string }
  | { status: 'ok'; snapshot: Snapshot; skipped: number; chunks: number }

/** The snapshot in the area's items (every item of the area, or at least the header and chunks). */
export async function decodeSnapshot(items: Record<string, unknown>): Promise<Decoded> {
  const header = items[HEADER_KEY] as { v?: unknown; g?: unknown; n?: unknown; c?: unknown } | undefined
  if (header === undefined) return { status: 'empty' }
  if (typeof header !== 'object' || header === null || header.v !== SNAPSHOT_VERSION || !isStamp(header.g) ||
    typeof header.n !== 'number' || !Number.isInteger(header.n) || header.n < 1 || header.n > 512 ||
    (header.c !== '' && !isStamp(header.c))) {
    return { status: 'invalid', reason: 'the header is not ours or of a newer version' }
  }
  const parts: string[] = []
  for (let i = 0; i < header.n; i++) {
    const chunk = items[chunkKey(i)]
    if (typeof chunk !== 'string' || !chunk.startsWith(`${header.g}|`)) return { status: 'incomplete' }
    parts.push(chunk.slice(header.g.length + 1))
  }
  const bytes = decodeBase85(parts.join(''))
  const inflated = bytes && (await inflate(bytes))
  if (!inflated) return { status: 'invalid', reason: 'the data is not a snapshot' }
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder().decode(inflated))
  } catch {
    return { status: 'invalid', reason: 'the data is not JSON' }
  }
  if (!Array.isArray(parsed) || parsed[0] !== SNAPSHOT_VERSION || !Array.isArray(parsed[1])) {
    return { status: 'invalid', reason: 'the data is not a snapshot' }
  }
  const records: SyncRecord[] = []
  let skipped = 0
  for (const row of parsed[1]) {
    const r = recordOf(row)
    if (r) records.push(r)
    else skipped += 1
  }
  return { status: 'ok', snapshot: { gen: header.g, cut: header.c as Stamp, records }, skipped, chunks: header.n }
}

/** Keys of chunks in the area beyond the snapshot's own (left by a longer snapshot before). */
export function staleChunkKeys(items: Record<string, unknown>, keep: number): string[] {
  return Object.keys(items).filter((k) => { const m = CHUNK_KEY.exec(k); return !!m && Number(m[1]) >= keep })
}
