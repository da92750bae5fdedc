// The options page's search index over the reading memory (src/memory/story-search.ts): built
// once, then each keystroke matches every word as a substring of a story's title, site, address
// or entity names (case and accents ignored), newest first, and ranks the entities read about.
import { describe, expect, it } from 'vitest'
import { createStorySearch } from '../../../src/memory/story-search.ts'
import type { StoryView } from '../../../src/memory/migrate.ts'

const story = (key: string, readAt: number, title: string, entities: StoryView['entities']): StoryView =>
  ({ key, url: `https://${key}`, title, site: 'News Daily', published: null, readAt, entities })

// Newest first, as the catalog lists them.
const stories = [
  story('ex.com/c', 3, 'Talks in Baghdad', [{ name: 'Patrick Ryder', type: 'PER' }, { name: 'Baghdad', type: 'LOC' }]),
  story('ex.com/b', 2, 'Grain deal', [{ name: 'Société Générale', type: 'ORG' }]),
  story('ex.com/a', 1, 'Ryder speaks', [{ name: 'Patrick Ryder', type: 'PER' }]),
]

describe('story search', () => {
  const search = createStorySearch(stories)
  it('finds every word as part of a title, site, address or name, newest first, with the total', () => {
    expect(search.list('ryd', 50, 0)).toEqual({ total: 2, stories: [stories[0], stories[2]] })
    expect(search.list('BAGHD talks', 50, 0).stories.map((s) => s.key)).toEqual(['ex.com/c'])
    expect(search.list('societe', 50, 0).stories.map((s) => s.key)).toEqual(['ex.com/b'])
    expect(search.list('news daily', 50, 0).total).toBe(3)
    expect(search.list('ryder nowhere', 50, 0)).toEqual({ total: 0, stories: [] })
    // A page of the matches, the total still counting them all.
    expect(search.list('ryder', 1, 1)).toEqual({ total: 2, stories: [stories[2]] })
    // No words: the stories in order.
    expect(search.list('  ', 2, 0)).toEqual({ total: 3, stories: stories.slice(0, 2) })
  })

  it('ranks the entities by the stories that name them, then the latest read', () => {
    expect(search.top().map((e) => [e.name, e.count])).toEqual([['Patrick Ryder', 2], ['Baghdad', 1], ['Société Générale', 1]])
    expect(search.top({ query: 'gener' }).map((e) => e.name)).toEqual(['Société Générale'])
    expect(search.top({ type: 'LOC' }).map((e) => e.name)).toEqual(['Baghdad'])
    expect(search.top({ limit: 1 }).map((e) => e.name)).toEqual(['Patrick Ryder'])
    expect(search.top()[0].lastReadAt).toBe(3)
  })

  it('is not changed by a keystroke: the same query gives the same answer after others', () => {
    const first = search.list('grain', 50, 0)
    search.list('g', 50, 0)
    search.top({ query: 'x' })
    expect(search.list('grain', 50, 0)).toEqual(first)
  })
})
