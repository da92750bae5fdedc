// Storage is input: damaged entries, data of an older version, a worker stopped mid-write.
import { describe, expect, it } from 'vitest'
import { createReadingMemory } from '../../../src/memory/reading-memory.ts'
import { storyIdProbes } from '../../../src/memory/layout.ts'
import { memoryKeyValue, DAY, dyingKv, indexProblems, Stopped, story, T0 } from './helpers.ts'

const idOf = (key: string) => storyIdProbes(key)[0]

async function threeStories() {
  const kv = memoryKeyValue()
  let clock = T0
  const memory = createReadingMemory(kv, { now: () => clock })
  for (const k of ['ex.com/a', 'ex.com/b', 'ex.com/c']) {
    await memory.record(story(k, [['Kyiv', 'LOC'], ['Patrick Ryder', 'PER']]))
    clock += DAY
  }
  return { kv, now: () => clock }
}

describe('damaged entries', () => {
  it('skips a damaged story record in a lookup and keeps the rest', async () => {
    const { kv, now } = await threeStories()
    kv.data.set('gm/s/' + idOf('ex.com/b'), { v: 2, k: 42, junk: true })
    const memory = createReadingMemory(kv, { now })
    const r = await memory.lookup({ name: 'Kyiv', type: 'LOC' })
    expect(r.stories.map((s) => s.key)).toEqual(['ex.com/c', 'ex.com/a'])
    expect((await memory.listStories()).stories.map((s) => s.key)).toEqual(['ex.com/c', 'ex.com/a'])
  })

  it('salvages the ids of a damaged entity head, and writes on top of it', async () => {
    const { kv, now } = await threeStories()
    const head = kv.data.get('gm/e/LOC:kyiv') as Record<string, unknown>
    kv.data.set('gm/e/LOC:kyiv', { ...head, c: 'three', t: 'PLACE' })
    const memory = createReadingMemory(kv, { now })
    expect((await memory.lookup({ name: 'Kyiv', type: 'LOC' })).stories).toHaveLength(3)
    await memory.record(story('ex.com/d', [['Kyiv', 'LOC']]))
    expect((await memory.lookup({ name: 'Kyiv', type: 'LOC' }, { limit: 10 })).stories).toHaveLength(4)
    expect(indexProblems(kv.data)).toEqual([])
  })

  it('treats a head that is not even an object as empty, without throwing', async () => {
    const { kv, now } = await threeStories()
    kv.data.set('gm/e/LOC:kyiv', 'garbage')
    const memory = createReadingMemory(kv, { now })
    expect(await memory.lookup({ name: 'Kyiv', type: 'LOC' })).toMatchObject({ total: 0, stories: [] })
    expect((await memory.lookup({ name: 'Patrick Ryder', type: 'PER' })).total).toBe(3)
  })

  it('rebuilds the index when meta is damaged, keeping unreadable records untouched', async () => {
    const { kv, now } = await threeStories()
    kv.data.set('gm/meta', { v: 1, days: 'all of them' })
    kv.data.set('gm/s/zzz', { v: 9, future: 'shape' })
    kv.data.delete('gm/e/LOC:kyiv')
    const memory = createReadingMemory(kv, { now })
    const rec = await memory.ready()
    expect(rec.rebuilt).toMatchObject({ stories: 3, unreadable: 1 })
    expect(kv.data.get('gm/s/zzz')).toEqual({ v: 9, future: 'shape' })
    expect((await memory.lookup({ name: 'Kyiv', type: 'LOC' })).total).toBe(3)
    expect(indexProblems(kv.data)).toEqual([])
  })

  it('rebuilds from the records when the journal itself is unreadable', async () => {
    const { kv, now } = await threeStories()
    kv.data.set('gm/journal', { op: 'teleport' })
    kv.data.delete('gm/c/' + new Date(T0).toISOString().slice(0, 10))
    const memory = createReadingMemory(kv, { now })
    expect((await memory.ready()).rebuilt).toMatchObject({ stories: 3 })
    expect(kv.data.has('gm/journal')).toBe(false)
    expect(indexProblems(kv.data)).toEqual([])
  })

  it('tries recovery again after storage failed once', async () => {
    const { kv, now } = await threeStories()
    let fail = true
    const flaky = { ...kv, get: async (keys: string[] | null) => { if (fail) { fail = false; throw new Error('storage busy') } return kv.get(keys) } }
    const memory = createReadingMemory(flaky, { now })
    await expect(memory.lookup({ name: 'Kyiv', type: 'LOC' })).rejects.toThrow('storage busy')
    expect((await memory.lookup({ name: 'Kyiv', type: 'LOC' })).total).toBe(3)
  })

  it('keeps valid settings fields when one is damaged', async () => {
    const kv = memoryKeyValue({ 'gm/settings': { v: 1, paused: true, excludedSites: ['bbc.com', 7], retentionDays: 'soon', maxStories: 50 } })
    const s = await createReadingMemory(kv).getSettings()
    expect(s).toEqual({ v: 1, paused: true, excludedSites: ['bbc.com'], retentionDays: null, maxStories: 50 })
  })
})

// Version 1 of the story record: readable names, ISO read time, entity objects.
const V1_STORE = {
  'gm/meta': { v: 1, days: ['2023-12-02', '2023-12-20'] },
  ['gm/c/2023-12-02']: [idOf('ex.com/old-1')],
  ['gm/c/2023-12-20']: [idOf('ex.com/old-2')],
  ['gm/s/' + idOf('ex.com/old-1')]: {
    v: 1, key: 'ex.com/old-1', url: 'https://www.ex.com/old-1', title: 'An older story', site: 'Example',
    published: '2023-12-01T09:00:00Z', readAt: '2023-12-02T10:00:00.000Z',
    entities: [{ name: 'Kyiv', type: 'LOC' }, { name: 'Patrick Ryder', type: 'PER' }],
  },
  ['gm/s/' + idOf('ex.com/old-2')]: {
    v: 1, key: 'ex.com/old-2', url: 'https://ex.com/old-2', title: null, site: null, published: null,
    readAt: '2023-12-20T10:00:00.000Z', entities: [{ name: 'Kyiv', type: 'LOC' }],
  },
  'gm/e/LOC:kyiv': { v: 1, n: 'Kyiv', t: 'LOC', c: 2, g: 0, r: [idOf('ex.com/old-1'), idOf('ex.com/old-2')] },
  'gm/e/PER:patrick ryder': { v: 1, n: 'Patrick Ryder', t: 'PER', c: 1, g: 0, r: [idOf('ex.com/old-1')] },
}

describe('data of an older version', () => {
  it('reads version 1 records, answers cards, and adds new stories beside them', async () => {
    const kv = memoryKeyValue(V1_STORE)
    const memory = createReadingMemory(kv, { now: () => T0 })
    const r = await memory.lookup({ name: 'Kyiv', type: 'LOC' })
    expect(r.stories.map((s) => [s.key, s.url, s.readAt])).toEqual([
      ['ex.com/old-2', 'https://ex.com/old-2', Date.UTC(2023, 11, 20, 10)],
      ['ex.com/old-1', 'https://www.ex.com/old-1', Date.UTC(2023, 11, 2, 10)],
    ])
    await memory.record(story('ex.com/new', [['Kyiv', 'LOC']]))
    expect((await memory.lookup({ name: 'Kyiv', type: 'LOC' }, { excludeKey: 'ex.com/new' })).total).toBe(2)
    const exported = await memory.export()
    expect(exported.stories.map((s) => s.key)).toEqual(['ex.com/new', 'ex.com/old-2', 'ex.com/old-1'])
    expect(exported.stories[2].entities).toEqual([{ name: 'Kyiv', type: 'LOC' }, { name: 'Patrick Ryder', type: 'PER' }])
    expect(indexProblems(kv.data)).toEqual([])
  })

  it('forgets a version 1 story and rewrites version 1 records on rebuild', async () => {
    const kv = memoryKeyValue(V1_STORE)
    const memory = createReadingMemory(kv, { now: () => T0 })
    expect(await memory.forget('ex.com/old-1')).toBe(true)
    expect(kv.data.has('gm/e/PER:patrick ryder')).toBe(false)
    expect(await memory.rebuild()).toMatchObject({ stories: 1, migrated: 1 })
    expect(kv.data.get('gm/s/' + idOf('ex.com/old-2'))).toMatchObject({ v: 2, k: 'ex.com/old-2' })
    expect(indexProblems(kv.data)).toEqual([])
  })
})

describe('a worker stopped mid-write', () => {
  // Each operation is stopped after every possible number of writes; a new worker on the same
  // storage must finish it (or find it never started) and leave a sound index.
  const ops: [string, (m: ReturnType<typeof createReadingMemory>) => Promise<unknown>, (m: ReturnType<typeof createReadingMemory>) => Promise<void>][] = [
    ['record', (m) => m.record(story('ex.com/d', [['Kyiv', 'LOC'], ['Odesa', 'LOC']])), async (m) => {
      const total = (await m.lookup({ name: 'Odesa', type: 'LOC' })).total
      expect([0, 1]).toContain(total)
      expect((await m.lookup({ name: 'Kyiv', type: 'LOC' })).total).toBe(3 + total)
    }],
    ['forget', (m) => m.forget('ex.com/b'), async (m) => {
      const keys = (await m.lookup({ name: 'Kyiv', type: 'LOC' })).stories.map((s) => s.key)
      expect(keys.length === 3 || !keys.includes('ex.com/b')).toBe(true)
    }],
    ['clear', (m) => m.clear(), async (m) => {
      expect([0, 3]).toContain((await m.listStories()).total)
    }],
    ['prune', async (m) => { await m.updateSettings({ maxStories: 1 }); await m.prune() }, async (m) => {
      expect([1, 3]).toContain((await m.listStories()).total)
    }],
    // 70 new stories in one batch: Kyiv's head seals a segment of this very batch, which a replay
    // must not index twice. ex.com/b again: the one-story path after the batch.
    ['recordMany', (m) => m.recordMany([
      ...Array.from({ length: 70 }, (_, i) => ({ story: story(`ex.com/many-${i}`, [['Kyiv', 'LOC']]), readAt: T0 + 4 * DAY + i })),
      { story: story('ex.com/b', [['Odesa', 'LOC']]), readAt: T0 + 5 * DAY },
    ]), async (m) => {
      expect([3, 73]).toContain((await m.lookup({ name: 'Kyiv', type: 'LOC' })).total)
      expect([0, 1]).toContain((await m.lookup({ name: 'Odesa', type: 'LOC' })).total)
    }],
    ['forgetOldest', (m) => m.forgetOldest(2), async (m) => {
      const keys = (await m.listStories()).stories.map((s) => s.key)
      expect([['ex.com/c', 'ex.com/b', 'ex.com/a'], ['ex.com/c']]).toContainEqual(keys)
    }],
  ]
  for (const [name, op, check] of ops) {
    it(`${name}: recovers from a stop after any write`, async () => {
      let completed = false
      for (let budget = 0; !completed; budget++) {
        expect(budget).toBeLessThan(20)
        const { kv, now } = await threeStories()
        try {
          await op(createReadingMemory(dyingKv(kv, budget), { now }))
          completed = true
        } catch (err) {
          expect(err).toBeInstanceOf(Stopped)
        }
        const next = createReadingMemory(kv, { now })
        await next.ready()
        expect(kv.data.has('gm/journal')).toBe(false)
        expect(indexProblems(kv.data)).toEqual([])
        await check(next)
      }
    })
  }
})

describe('one write at a time', () => {
  it('applies concurrent writes in order, none lost', async () => {
    const kv = memoryKeyValue()
    let clock = T0
    const memory = createReadingMemory(kv, { now: () => (clock += 1000) })
    await Promise.all(Array.from({ length: 30 }, (_, i) => memory.record(story(`ex.com/${i}`, [['Kyiv', 'LOC']]))))
    const r = await memory.lookup({ name: 'Kyiv', type: 'LOC' }, { limit: 30 })
    expect(r.total).toBe(30)
    expect(r.stories[0].key).toBe('ex.com/29')
    expect(indexProblems(kv.data)).toEqual([])
  })

  it('goes on after a failed write', async () => {
    const kv = memoryKeyValue()
    const memory = createReadingMemory(kv, { now: () => T0 })
    const results = await Promise.allSettled([
      memory.updateSettings({ retentionDays: -1 }),
      memory.record(story('ex.com/a', [['Kyiv', 'LOC']])),
    ])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled'])
  })
})
