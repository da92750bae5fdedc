// How many typical notes the sync area holds, with the real encoding (compact rows, DEFLATE,
// base85, items of 8,000 characters), and what happens to the rest: the newest go in, the oldest
// stay on this machine only.
import { describe, expect, it } from 'vitest'
import { formatStamp } from '../../../../src/notes/sync/hlc.ts'
import { noteFieldValues } from '../../../../src/notes/sync/note-fields.ts'
import { BUDGET_BYTES, MAX_ITEMS, planSnapshot, QUOTA_BYTES, QUOTA_BYTES_PER_ITEM } from '../../../../src/notes/sync/plan.ts'
import type { SyncRecord } from '../../../../src/notes/sync/record.ts'
import { decodeSnapshot, itemBytes } from '../../../../src/notes/sync/snapshot.ts'
import { prng, typicalNote } from './typical-notes.ts'

const T0 = Date.UTC(2026, 11, 1)
const DEVICE = 'abcd1234'

function records(n: number, seed = 1): SyncRecord[] {
  const random = prng(seed)
  return Array.from({ length: n }, (_, i) => {
    const note = typicalNote(random, i)
    const s = formatStamp({ wall: T0 + i * 60_000, counter: 0 }, DEVICE) // note i written at minute i
    return { id: note.id, del: null, fields: new Map(Object.entries(noteFieldValues(note)).map(([k, v]) => [k, { s, v }])) }
  })
}

describe('what fits in the sync area', () => {
  it('holds about 280 typical notes (quote 200, note 300 characters); the oldest of 300 stay local', async () => {
    const notes = records(300)
    const plan = await planSnapshot({ gen: formatStamp({ wall: T0 + 1e9, counter: 0 }, DEVICE), now: T0 + 1e9, settings: null, notes, tombstones: [] })
    const rawBytes = notes.reduce((sum, r) => sum + JSON.stringify([...r.fields.values()].map((f) => f.v)).length, 0)
    console.log(`sync fit: ${plan.synced.length} of 300 typical notes in ${plan.bytes} bytes (quota ${QUOTA_BYTES}, budget ` +
      `${BUDGET_BYTES}), ${Object.keys(plan.items).length} items; ${plan.localOnly.length} on this machine only; notes ${rawBytes} bytes as JSON`)
    expect(plan.bytes).toBeLessThanOrEqual(BUDGET_BYTES)
    expect(Object.keys(plan.items).length).toBeLessThanOrEqual(MAX_ITEMS)
    for (const [k, v] of Object.entries(plan.items)) expect(itemBytes(k, v)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM)
    expect(plan.synced.length).toBeGreaterThanOrEqual(270)
    expect(plan.synced.length + plan.localOnly.length).toBe(300)
    // Newest first: the notes left out are exactly the oldest ones.
    const order = notes.map((r) => r.id)
    expect(new Set(plan.localOnly)).toEqual(new Set(order.slice(0, plan.localOnly.length)))
    // And the snapshot reads back as written.
    const decoded = await decodeSnapshot(plan.items)
    expect(decoded.status).toBe('ok')
    if (decoded.status === 'ok') expect(decoded.snapshot.records.length).toBe(plan.synced.length)
  }, 60_000)

  it('from a library of 3,000, takes the newest that fit', async () => {
    const notes = records(3_000, 3)
    const plan = await planSnapshot({ gen: formatStamp({ wall: T0 + 1e9, counter: 0 }, DEVICE), now: T0 + 1e9, settings: null, notes, tombstones: [] })
    expect(plan.bytes).toBeLessThanOrEqual(BUDGET_BYTES)
    expect(plan.synced.length).toBeGreaterThan(250)
    expect(new Set(plan.synced)).toEqual(new Set(notes.slice(-plan.synced.length).map((r) => r.id)))
  }, 60_000)

  it('holds all of 200 typical notes', async () => {
    const plan = await planSnapshot({ gen: formatStamp({ wall: T0 + 1e9, counter: 0 }, DEVICE), now: T0 + 1e9, settings: null, notes: records(200, 2), tombstones: [] })
    expect(plan.localOnly).toEqual([])
    expect(plan.synced.length).toBe(200)
  }, 60_000)

  it('forgets deletes after 60 days and keeps the newest 300', async () => {
    const tomb = (i: number, wall: number): SyncRecord => ({ id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, fields: new Map(), del: formatStamp({ wall, counter: 0 }, DEVICE) })
    const now = T0 + 100 * 86_400_000
    const tombstones = [...Array.from({ length: 400 }, (_, i) => tomb(i, now - i * 60_000)), tomb(999, now - 61 * 86_400_000)]
    const plan = await planSnapshot({ gen: formatStamp({ wall: now, counter: 0 }, DEVICE), now, settings: null, notes: [], tombstones })
    expect(plan.tombstones.length).toBe(300)
    expect(plan.tombstones.map((t) => t.id).sort()).toEqual(tombstones.slice(0, 300).map((t) => t.id).sort())
  })
})
