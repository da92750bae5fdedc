import { describe, expect, it } from 'vitest'
import { chunkKey, decodeSnapshot, encodeSnapshot, HEADER_KEY, staleChunkKeys } from '../../../../src/notes/sync/snapshot.ts'
import { formatStamp } from '../../../../src/notes/sync/hlc.ts'
import type { SyncRecord } from '../../../../src/notes/sync/record.ts'
import { prng, prose } from './typical-notes.ts'

const stamp = (wall: number, device = 'aaaaaaaa') => formatStamp({ wall, counter: 0 }, device)
const big = (n: number): SyncRecord[] => {
  const random = prng(n)
  return Array.from({ length: n }, (_, i) => ({ id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, del: null,
    fields: new Map([['t', { s: stamp(1_000 + i), v: [prose(random, 400), '~x'] }], ['g', { s: stamp(1_000 + i), v: [[], '~x'] }]]) }))
}

describe('the snapshot in the sync area', () => {
  it('reads back what it wrote, across several items', async () => {
    const records = [...big(120), { id: 'urn:uuid:00000000-0000-4000-8000-ffffffffffff', fields: new Map(), del: stamp(9) }]
    const items = await encodeSnapshot({ gen: stamp(5_000), cut: '', records })
    expect(Object.keys(items).length).toBeGreaterThan(3)
    const decoded = await decodeSnapshot(items)
    expect(decoded.status).toBe('ok')
    if (decoded.status !== 'ok') return
    expect(decoded.snapshot.records.map((r) => [r.id, r.del, [...r.fields]])).toEqual(records.map((r) => [r.id, r.del, [...r.fields]]))
  })

  it('is incomplete, not a mix, while items of two writes are in the area at once', async () => {
    const a = await encodeSnapshot({ gen: stamp(1, 'aaaaaaaa'), cut: '', records: big(120) })
    const b = await encodeSnapshot({ gen: stamp(2, 'bbbbbbbb'), cut: '', records: big(121) })
    // Machine b's header and first item have arrived, the rest are still machine a's.
    const mixed = { ...a, [HEADER_KEY]: b[HEADER_KEY], [chunkKey(0)]: b[chunkKey(0)] }
    expect((await decodeSnapshot(mixed)).status).toBe('incomplete')
    expect((await decodeSnapshot({})).status).toBe('empty')
  })

  it('takes nothing from an area that is not its own: garbage, a newer version, a bad row', async () => {
    expect((await decodeSnapshot({ [HEADER_KEY]: 'x' })).status).toBe('invalid')
    expect((await decodeSnapshot({ [HEADER_KEY]: { v: 2, g: stamp(1), n: 1, c: '' } })).status).toBe('invalid')
    const gen = stamp(1)
    expect((await decodeSnapshot({ [HEADER_KEY]: { v: 1, g: gen, n: 1, c: '' }, [chunkKey(0)]: `${gen}|not base85 "` })).status).toBe('invalid')
    const items = await encodeSnapshot({ gen, cut: '', records: [{ id: 'urn:uuid:x', fields: new Map([['t', { s: 'not a stamp', v: 1 }]]), del: null }, ...big(1)] })
    const decoded = await decodeSnapshot(items)
    expect(decoded.status === 'ok' && [decoded.skipped, decoded.snapshot.records.length]).toEqual([1, 1])
  })

  it('names the items a shorter snapshot leaves behind', () => {
    expect(staleChunkKeys({ [HEADER_KEY]: 1, 'sync/0': 1, 'sync/1': 1, 'sync/2': 1, 'other': 1 }, 1)).toEqual(['sync/1', 'sync/2'])
  })
})
