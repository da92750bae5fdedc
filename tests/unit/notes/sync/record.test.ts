import { describe, expect, it } from 'vitest'
import { covers, isLive, mergeRecords, type SyncRecord } from '../../../../src/notes/sync/record.ts'
import { formatStamp } from '../../../../src/notes/sync/hlc.ts'

const at = (wall: number, device = 'aaaaaaaa') => formatStamp({ wall, counter: 0 }, device)
const rec = (fields: Record<string, [number, unknown]>, del: number | null = null): SyncRecord =>
  ({ id: 'n', fields: new Map(Object.entries(fields).map(([k, [w, v]]) => [k, { s: at(w), v }])), del: del === null ? null : at(del) })
const values = (r: SyncRecord) => Object.fromEntries([...r.fields].map(([k, f]) => [k, f.v]))

describe('merging records', () => {
  it('keeps each field from its later write: text edited here, tags there, both survive', () => {
    const here = rec({ b: [1, 'base'], t: [5, 'new text'], g: [1, []] })
    const there = rec({ b: [1, 'base'], t: [1, 'old text'], g: [6, ['politics']] })
    const merged = mergeRecords(here, there)
    expect(values(merged)).toEqual({ b: 'base', t: 'new text', g: ['politics'] })
    expect(values(mergeRecords(there, here))).toEqual(values(merged))
  })

  it('deleted on one machine and edited later on another: the note comes back with that edit', () => {
    const deleted = rec({}, 5)
    const edited = rec({ b: [1, 'base'], t: [7, 'edited after'], g: [1, []] })
    const merged = mergeRecords(deleted, edited)
    expect(isLive(merged)).toBe(true)
    expect(values(merged)).toEqual({ b: 'base', t: 'edited after', g: [] })
  })

  it('deleted after the last edit: the delete wins, and the content is dropped', () => {
    const merged = mergeRecords(rec({ b: [1, 'base'], t: [3, 'x'], g: [1, []] }), rec({}, 5))
    expect(isLive(merged)).toBe(false)
    expect(merged.fields.size).toBe(0)
    expect(merged.del).toBe(at(5))
  })

  it('is commutative and idempotent on random records', () => {
    let seed = 1
    const r = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    const random = (): SyncRecord => rec(Object.fromEntries(['b', 't', 'g'].filter(() => r() < 0.8).map((k) => {
      const w = Math.floor(r() * 20)
      return [k, [w, `${k}@${w}`]]
    })), r() < 0.4 ? Math.floor(r() * 20) : null)
    const same = (a: SyncRecord, b: SyncRecord) => covers(a, b) && covers(b, a)
    for (let i = 0; i < 2_000; i++) {
      const [a, b] = [random(), random()]
      expect(same(mergeRecords(a, b), mergeRecords(b, a))).toBe(true)
      expect(same(mergeRecords(a, a), mergeRecords(a, rec({})))).toBe(true)
    }
  })
})
