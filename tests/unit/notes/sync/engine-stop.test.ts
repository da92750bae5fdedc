// Sync turned off (or storage cleared under it): the engine writes nothing more, not even the
// write it had due, and what it had started is finished before stop() resolves.
import { describe, expect, it } from 'vitest'
import { createNoteStore, memoryKeyValue } from '../../../../src/notes/index.ts'
import { createSyncEngine } from '../../../../src/notes/sync/sync-engine.ts'
import { prng, typicalNote } from './typical-notes.ts'

describe('a stopped sync engine', () => {
  it('writes nothing after stop, though a write was due', async () => {
    const random = prng(9)
    let time = Date.UTC(2026, 11, 7)
    const store = createNoteStore(memoryKeyValue())
    const area = memoryKeyValue()
    const engine = createSyncEngine({ store, local: memoryKeyValue(), area, now: () => time, random })
    await engine.step() // the first read: an empty area
    await store.put(typicalNote(random, 0))
    await engine.localWrite(null)
    time += 60_000
    expect(engine.wakeAt()).toBeLessThanOrEqual(time) // the write is due
    await engine.stop()
    await engine.step()
    expect(area.data.size).toBe(0)
  })

  it('merges and writes as usual until then', async () => {
    const random = prng(10)
    let time = Date.UTC(2026, 11, 7)
    const store = createNoteStore(memoryKeyValue())
    const area = memoryKeyValue()
    const engine = createSyncEngine({ store, local: memoryKeyValue(), area, now: () => time, random })
    await store.put(typicalNote(random, 0))
    await engine.localWrite(null)
    time += 60_000
    await engine.step()
    expect(area.data.size).toBeGreaterThan(1)
  })
})
