// The memory at the size issue 18 asks for: 50,000 stories through the real write path (the bulk
// one, recordMany, with its journal and index) into a store whose quota is the memory's own limit,
// counted as Chrome counts storage.local. A write past the limit would throw; none may.
import { describe, expect, it } from 'vitest'
import { createReadingMemory } from '../../../src/memory/reading-memory.ts'
import { MEMORY_BYTE_LIMIT } from '../../../src/memory/capacity.ts'
import { DEFAULT_SETTINGS } from '../../../src/memory/schema.ts'
import { syntheticReading } from '../../fixtures/memory/synthetic-reading.ts'
import { createQuotaKv } from '../support/quota-kv.ts'

const STORIES = 50_000

describe('memory that fits', () => {
  it('keeps 50,000 stories, with their index, within the memory byte limit', async () => {
    expect(DEFAULT_SETTINGS.maxStories).toBe(STORIES)
    const kv = createQuotaKv(MEMORY_BYTE_LIMIT)
    const memory = createReadingMemory(kv)
    const reading = syntheticReading()
    const read = Array.from({ length: STORIES }, () => reading.next())
    const results = await memory.recordMany(read)
    expect(results.filter((r) => r.ok)).toHaveLength(STORIES)
    expect(kv.peak()).toBeLessThanOrEqual(MEMORY_BYTE_LIMIT)
    // Every story is there, and the index answers for the most common entity and the newest story.
    expect([...kv.keys()].filter((k) => k.startsWith('gm/s/'))).toHaveLength(STORIES)
    const common = await memory.lookup(reading.vocab[0], { limit: 5 })
    expect(common.total).toBe(read.filter((r) => r.story.entities.some((e) => e.name === reading.vocab[0].name && e.type === reading.vocab[0].type)).length)
    expect(common.stories[0].key).toBe(read.filter((r) => r.story.entities.some((e) => e.name === reading.vocab[0].name && e.type === reading.vocab[0].type)).at(-1)!.story.key)
    // At the cap, pruning forgets nothing; one story more and the oldest goes.
    expect(await memory.prune()).toBe(0)
    await memory.record(reading.next().story)
    expect(await memory.prune()).toBe(1)
    expect(await memory.getStory(read[0].story.key)).toBeNull()
  }, 300_000)
})
