import { describe, expect, it } from 'vitest'
import { compactStory, MAX_ENTITIES, STORY_BYTE_BUDGET, storyFootprint } from '../../../src/memory/compact.ts'
import { createReadingMemory } from '../../../src/memory/reading-memory.ts'
import { memoryKeyValue, indexProblems, T0 } from './helpers.ts'

const ID = 'abcdefghijk'

describe('compactStory', () => {
  it('keeps a typical story whole and leaves out a URL that the key implies', () => {
    const c = compactStory({
      key: 'ex.com/2024/01/a', url: 'https://ex.com/2024/01/a', title: '  A  title\n', site: 'Ex', published: '2024-01-15',
      entities: [{ name: 'Kyiv', type: 'LOC' }, { name: 'Patrick Ryder', type: 'PER' }],
    }, T0, ID)
    expect(c).toMatchObject({ ok: true, story: { v: 2, k: 'ex.com/2024/01/a', t: 'A title', e: ['LOC:Kyiv', 'PER:Patrick Ryder'], r: T0 } })
    if (c.ok) expect(c.story.u).toBeUndefined()
  })

  it('fits an oversized story into the budget, keeping the most mentioned entities', () => {
    const entities = Array.from({ length: 120 }, (_, i) => ({
      name: `Entity number ${i} with a rather long canonical name`, type: 'ORG' as const, mentions: i,
    }))
    const c = compactStory({ key: 'ex.com/a', url: 'https://www.ex.com/a?' + 'q'.repeat(1500), title: 'T'.repeat(1000), site: 'S', entities }, T0, ID)
    expect(c.ok).toBe(true)
    if (!c.ok) return
    expect(storyFootprint(c.story, ID)).toBeLessThanOrEqual(STORY_BYTE_BUDGET)
    expect(c.story.e.length).toBeGreaterThan(0)
    expect(c.story.e.length).toBeLessThanOrEqual(MAX_ENTITIES)
    expect(c.story.e[0]).toBe('ORG:Entity number 119 with a rather long canonical name')
    expect(c.entities.map((e) => `${e.t}:${e.n}`)).toEqual(c.story.e)
  })

  it('drops invalid and duplicate entities', () => {
    const c = compactStory({
      key: 'ex.com/a',
      entities: [
        { name: 'U.S.', type: 'LOC' }, { name: 'US', type: 'LOC' }, { name: '', type: 'PER' }, { name: '...', type: 'PER' },
        { name: 'Kyiv', type: 'CITY' as 'LOC' }, null as unknown as { name: string; type: 'PER' },
      ],
    }, T0, ID)
    expect(c.ok && c.story.e).toEqual(['LOC:U.S.'])
  })

  it('refuses a story without a usable key', () => {
    expect(compactStory({ key: '', entities: [] }, T0, ID)).toEqual({ ok: false, reason: 'no story key' })
    expect(compactStory({ key: 'x'.repeat(2000), entities: [] }, T0, ID)).toEqual({ ok: false, reason: 'story key too long' })
  })

  it('is what the store records, within budget, for a hostile input', async () => {
    const kv = memoryKeyValue()
    const memory = createReadingMemory(kv, { now: () => T0 })
    const entities = Array.from({ length: 500 }, (_, i) => ({ name: `名前${i}`.repeat(30), type: 'PER' as const }))
    const r = await memory.record({ key: 'ex.com/big', title: 'é'.repeat(5000), entities })
    expect(r.ok && r.bytes).toBeLessThanOrEqual(STORY_BYTE_BUDGET)
    expect(await memory.record({ key: 7 as unknown as string, entities: [] })).toMatchObject({ ok: false })
    expect(indexProblems(kv.data)).toEqual([])
  })
})
