// Writes to the sync area stay under Chrome's limits (120 set/remove calls a minute, 1,800 an
// hour) whatever the reader does: a burst of 100 edits, and two hours of an edit every second.
// A fake clock and a fake area that counts calls; no real time passes.
import { describe, expect, it } from 'vitest'
import { createNoteStore, editNote, memoryKeyValue, type KeyValueStore } from '../../../../src/notes/index.ts'
import { createSyncEngine } from '../../../../src/notes/sync/sync-engine.ts'
import { prng, prose, typicalNote } from './typical-notes.ts'

const PER_MINUTE = 120
const PER_HOUR = 1_800

function countingArea(now: () => number): KeyValueStore & { writes: number[] } {
  const kv = memoryKeyValue()
  const writes: number[] = []
  return {
    writes,
    get: (keys) => kv.get(keys),
    async set(items) { writes.push(now()); await kv.set(items) },
    async remove(keys) { writes.push(now()); await kv.remove(keys) },
  }
}

const maxInWindow = (times: number[], window: number) => {
  let max = 0
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= window) j++
    max = Math.max(max, i - j + 1)
  }
  return max
}

async function run(edits: number, gapMs: (random: () => number) => number) {
  const random = prng(11)
  let time = Date.UTC(2026, 11, 7)
  const store = createNoteStore(memoryKeyValue())
  const area = countingArea(() => time)
  const engine = createSyncEngine({ store, local: memoryKeyValue(), area, now: () => time, random })
  const notes = Array.from({ length: 20 }, (_, i) => typicalNote(random, i, { quote: 100, text: 100 }))
  for (const n of notes) await store.put(n)
  await engine.localWrite(null)
  // The browser's timer: step whenever the engine asks to be woken, between the reader's edits.
  const advanceTo = async (t: number) => {
    for (let wake = engine.wakeAt(); wake !== null && wake <= t; wake = engine.wakeAt()) {
      time = Math.max(time, wake)
      await engine.step()
    }
    time = t
  }
  for (let i = 0; i < edits; i++) {
    await advanceTo(time + gapMs(random))
    const current = await store.get(notes[i % notes.length].id)
    if (!current.ok) throw new Error(current.error.message)
    const next = editNote(current.value, { text: prose(random, 100) }, { now: () => new Date(time).toISOString() })
    if (!next.ok) throw new Error(next.error.message)
    await store.put(next.value)
    await engine.localWrite([next.value.id])
  }
  await advanceTo(time + 3_600_000)
  return area.writes
}

describe('write rate', () => {
  it('a burst of 100 edits in under a minute is written a few times, under both limits', async () => {
    const writes = await run(100, (r) => Math.floor(r() * 1_000))
    console.log(`sync write rate: 100 edits in a burst → ${writes.length} writes, at most ${maxInWindow(writes, 60_000)} in a minute`)
    expect(maxInWindow(writes, 60_000)).toBeLessThanOrEqual(PER_MINUTE)
    expect(maxInWindow(writes, 3_600_000)).toBeLessThanOrEqual(PER_HOUR)
    expect(writes.length).toBeLessThanOrEqual(30) // coalesced, not one write per edit
  }, 120_000)

  it('two hours of an edit every second stay under the hourly limit', async () => {
    const writes = await run(7_200, () => 1_000)
    console.log(`sync write rate: 7,200 edits over 2 hours → ${writes.length} writes, at most ${maxInWindow(writes, 60_000)} a minute, ` +
      `${maxInWindow(writes, 3_600_000)} an hour`)
    expect(maxInWindow(writes, 60_000)).toBeLessThanOrEqual(PER_MINUTE)
    expect(maxInWindow(writes, 3_600_000)).toBeLessThanOrEqual(PER_HOUR)
  }, 300_000)
})
