import { describe, expect, it } from 'vitest'
import { createReadingMemory } from '../../../src/memory/reading-memory.ts'
import { SEGMENT_SIZE } from '../../../src/memory/layout.ts'
import { memoryKeyValue, DAY, indexProblems, story, T0 } from './helpers.ts'

function setup(start = T0) {
  const kv = memoryKeyValue()
  let clock = start
  const memory = createReadingMemory(kv, { now: () => clock })
  return { kv, memory, tick: (ms: number) => (clock += ms) }
}

describe('reading memory: cards', () => {
  it('shows the other stories an entity appeared in, most recent first, without the current one', async () => {
    const { kv, memory, tick } = setup()
    await memory.record(story('ex.com/a', [['Patrick Ryder', 'PER'], ['Pentagon', 'ORG']]))
    tick(DAY)
    await memory.record(story('ex.com/b', [['Patrick Ryder', 'PER']]))
    tick(DAY)
    await memory.record(story('ex.com/c', [['PATRICK RYDER', 'PER'], ['Kyiv', 'LOC']]))
    const r = await memory.lookup({ name: 'Patrick Ryder', type: 'PER' }, { excludeKey: 'ex.com/c' })
    expect(r.total).toBe(2)
    expect(r.stories.map((s) => s.key)).toEqual(['ex.com/b', 'ex.com/a'])
    expect(r.stories[0]).toMatchObject({ title: 'Title of ex.com/b', site: 'Example News', url: 'https://www.ex.com/b', readAt: T0 + DAY })
    expect(indexProblems(kv.data)).toEqual([])
  })

  it('matches entities across stories with the alias rules', async () => {
    const { memory } = setup()
    await memory.record(story('ex.com/a', [['U.S.', 'LOC']]))
    await memory.record(story('ex.com/b', [['The United States', 'LOC']]))
    const r = await memory.lookup({ name: 'US', type: 'LOC' })
    expect(r.stories.map((s) => s.key).sort()).toEqual(['ex.com/a', 'ex.com/b'])
    expect((await memory.lookup({ name: 'US', type: 'PER' })).total).toBe(0)
  })

  it('answers many cards at once and unknown entities with nothing', async () => {
    const { memory } = setup()
    await memory.record(story('ex.com/a', [['Kyiv', 'LOC'], ['NATO', 'ORG']]))
    const [a, b, c] = await memory.lookupMany([{ name: 'Kyiv', type: 'LOC' }, { name: 'Nobody', type: 'PER' }, { name: 'Nato', type: 'ORG' }])
    expect([a.total, b.total, c.total]).toEqual([1, 0, 1])
  })

  it('limits a card and still counts all, across sealed segments', async () => {
    const { kv, memory, tick } = setup()
    const n = SEGMENT_SIZE * 2 + 10
    for (let i = 0; i < n; i++) {
      tick(60_000)
      await memory.record(story(`ex.com/${i}`, [['Kyiv', 'LOC']]))
    }
    expect(kv.data.has('gm/e/LOC:kyiv#1')).toBe(true)
    const r = await memory.lookup({ name: 'Kyiv', type: 'LOC' }, { limit: 3, excludeKey: `ex.com/${n - 1}` })
    expect(r.total).toBe(n - 1)
    expect(r.stories.map((s) => s.key)).toEqual([`ex.com/${n - 2}`, `ex.com/${n - 3}`, `ex.com/${n - 4}`])
    const all = await memory.lookup({ name: 'Kyiv', type: 'LOC' }, { limit: n })
    expect(all.stories).toHaveLength(n)
    expect(indexProblems(kv.data)).toEqual([])
  })

  it('keeps the first read time when a story is read again, and adds new entities', async () => {
    const { kv, memory, tick } = setup()
    const first = await memory.record(story('ex.com/a', [['Kyiv', 'LOC']]))
    tick(DAY)
    const again = await memory.record(story('ex.com/a', [['Kyiv', 'LOC'], ['Odesa', 'LOC']], { title: 'Updated' }))
    expect(first).toMatchObject({ ok: true, created: true })
    expect(again).toMatchObject({ ok: true, created: false, entities: 2 })
    const s = await memory.getStory('ex.com/a')
    expect(s).toMatchObject({ title: 'Updated', readAt: T0 })
    expect((await memory.lookup({ name: 'Kyiv', type: 'LOC' })).total).toBe(1)
    expect((await memory.lookup({ name: 'Odesa', type: 'LOC' })).total).toBe(1)
    expect(indexProblems(kv.data)).toEqual([])
  })
})

describe('reading memory: the reader in control', () => {
  it('records nothing while paused, and again after', async () => {
    const { memory } = setup()
    await memory.updateSettings({ paused: true })
    expect(await memory.record(story('ex.com/a', [['Kyiv', 'LOC']]))).toEqual({ ok: false, reason: 'paused' })
    await memory.updateSettings({ paused: false })
    expect(await memory.record(story('ex.com/a', [['Kyiv', 'LOC']]))).toMatchObject({ ok: true })
  })

  it('excludes a site and its subdomains, and forgets what it had of it', async () => {
    const { kv, memory } = setup()
    await memory.record(story('nytimes.com/2024/01/a.html', [['Kyiv', 'LOC']]))
    await memory.record(story('cooking.nytimes.com/recipes/1', [['Kyiv', 'LOC']]))
    await memory.record(story('bbc.com/news/x-1234567', [['Kyiv', 'LOC']]))
    const s = await memory.updateSettings({ excludedSites: ['https://www.NYTimes.com/section'] })
    expect(s.excludedSites).toEqual(['nytimes.com'])
    expect((await memory.updateSettings({ excludedSites: ['nytimes.com', 'https://m.bbc.co.uk/news'] })).excludedSites).toEqual(['nytimes.com', 'bbc.com'])
    expect(await memory.record(story('nytimes.com/2024/01/b.html', [['Kyiv', 'LOC']]))).toEqual({ ok: false, reason: 'excluded site' })
    expect(await memory.record(story('bbc.com/news/y-7654321', [['Kyiv', 'LOC']]))).toEqual({ ok: false, reason: 'excluded site' })
    expect(await memory.forgetSite('nytimes.com')).toBe(2)
    expect((await memory.lookup({ name: 'Kyiv', type: 'LOC' })).stories.map((x) => x.key)).toEqual(['bbc.com/news/x-1234567'])
    expect(indexProblems(kv.data)).toEqual([])
  })

  it('forgets one story everywhere', async () => {
    const { kv, memory } = setup()
    await memory.record(story('ex.com/a', [['Kyiv', 'LOC'], ['Odesa', 'LOC']]))
    await memory.record(story('ex.com/b', [['Kyiv', 'LOC']]))
    expect(await memory.forget('ex.com/a')).toBe(true)
    expect(await memory.forget('ex.com/a')).toBe(false)
    expect((await memory.lookup({ name: 'Kyiv', type: 'LOC' })).stories.map((s) => s.key)).toEqual(['ex.com/b'])
    expect(kv.data.has('gm/e/LOC:odesa')).toBe(false)
    expect(await memory.getStory('ex.com/a')).toBeNull()
    expect(indexProblems(kv.data)).toEqual([])
  })

  it('clears all memory but keeps the settings', async () => {
    const { kv, memory } = setup()
    await kv.set({ 'notes/1': { other: 'owner' } })
    await memory.updateSettings({ retentionDays: 30 })
    await memory.record(story('ex.com/a', [['Kyiv', 'LOC']]))
    await memory.clear()
    expect([...kv.data.keys()].sort()).toEqual(['gm/settings', 'notes/1'])
    expect((await memory.getSettings()).retentionDays).toBe(30)
    expect((await memory.listStories()).total).toBe(0)
    expect((await memory.lookup({ name: 'Kyiv', type: 'LOC' })).total).toBe(0)
  })

  it('prunes stories older than the retention setting, and beyond the maximum count', async () => {
    const { kv, memory, tick } = setup()
    for (let i = 0; i < 10; i++) {
      await memory.record(story(`ex.com/${i}`, [['Kyiv', 'LOC']]))
      tick(10 * DAY)
    }
    // now = T0 + 100 days; stories at T0, T0+10d … T0+90d; the cutoff is T0+55d.
    await memory.updateSettings({ retentionDays: 45 })
    expect(await memory.prune()).toBe(6)
    expect((await memory.listStories()).stories.map((s) => s.key)).toEqual(['ex.com/9', 'ex.com/8', 'ex.com/7', 'ex.com/6'])
    await memory.updateSettings({ maxStories: 2 })
    expect(await memory.prune()).toBe(2)
    expect((await memory.lookup({ name: 'Kyiv', type: 'LOC' })).stories.map((s) => s.key)).toEqual(['ex.com/9', 'ex.com/8'])
    expect(indexProblems(kv.data)).toEqual([])
  })

  it('rejects invalid settings', async () => {
    const { memory } = setup()
    await expect(memory.updateSettings({ retentionDays: 0 })).rejects.toThrow(/invalid settings/)
    expect((await memory.getSettings()).retentionDays).toBeNull()
  })
})

describe('reading memory: listing, search and export', () => {
  it('lists stories newest first with search over title, site and entities', async () => {
    const { memory, tick } = setup()
    await memory.record(story('ex.com/a', [['Patrick Ryder', 'PER']], { title: 'Pentagon briefing' }))
    tick(40 * DAY)
    await memory.record(story('ex.com/b', [['Kyiv', 'LOC']], { title: 'Grain corridor talks' }))
    expect((await memory.listStories()).stories.map((s) => s.key)).toEqual(['ex.com/b', 'ex.com/a'])
    expect((await memory.listStories({ query: 'ryder' })).stories.map((s) => s.key)).toEqual(['ex.com/a'])
    expect((await memory.listStories({ query: 'GRAIN talks' })).total).toBe(1)
    expect((await memory.listStories({ limit: 1, offset: 1 })).stories.map((s) => s.key)).toEqual(['ex.com/a'])
    // The listing kept for the next keystroke is dropped by a write.
    await memory.record(story('ex.com/c', [['Patrick Ryder', 'PER']], { title: 'Ryder again' }))
    expect((await memory.listStories({ query: 'ryder' })).stories.map((s) => s.key)).toEqual(['ex.com/c', 'ex.com/a'])
    expect((await memory.topEntities())[0]).toMatchObject({ name: 'Patrick Ryder', count: 2 })
  })

  it('ranks the entities most read about', async () => {
    const { memory } = setup()
    await memory.record(story('ex.com/a', [['Kyiv', 'LOC'], ['Patrick Ryder', 'PER']]))
    await memory.record(story('ex.com/b', [['Kyiv', 'LOC']]))
    const top = await memory.topEntities()
    expect(top.map((e) => [e.name, e.count])).toEqual([['Kyiv', 2], ['Patrick Ryder', 1]])
    expect((await memory.topEntities({ type: 'PER' })).map((e) => e.name)).toEqual(['Patrick Ryder'])
  })

  it('exports documented JSON', async () => {
    const { memory } = setup()
    await memory.record(story('ex.com/a', [['Kyiv', 'LOC']]))
    const out = await memory.export()
    expect(out).toEqual({
      format: 'gloss-reading-memory',
      schemaVersion: 1,
      exportedAt: new Date(T0).toISOString(),
      settings: { paused: false, excludedSites: [], retentionDays: null, maxStories: 50_000 },
      stories: [{
        key: 'ex.com/a', url: 'https://www.ex.com/a', title: 'Title of ex.com/a', site: 'Example News',
        published: '2024-01-15T08:00:00Z', readAt: new Date(T0).toISOString(), entities: [{ name: 'Kyiv', type: 'LOC' }],
      }],
    })
    expect(JSON.parse(JSON.stringify(out))).toEqual(out)
  })
})
