// The options page's search over the reading memory, as an index built once from every story and
// kept until the memory changes (reading-memory.ts): each story's searchable text normalised once
// (title, site, address, entity names), and the entities counted and ranked once. A keystroke then
// only scans the prepared strings (substring match of every word, as before: "baghd" finds
// Baghdad) and walks the ranked entities until it has enough: no normalising, no counting, no
// sorting per keystroke. Linear in the stories, and in the entities.
import type { EntityType } from '../engine/types.ts'
import { entityMatchKey, normaliseEntityName } from './entity-key.ts'
import type { StoryView } from './migrate.ts'

export interface EntityCount {
  name: string
  type: EntityType
  matchKey: string
  /** Stories read that mention it. */
  count: number
  lastReadAt: number
}

export interface StorySearch {
  /** Stories whose text holds every word of the query, newest first; `total` counts them all. */
  list(query: string, limit: number, offset: number): { total: number; stories: StoryView[] }
  /** The entities most read about whose key holds every word, most stories first. */
  top(options?: { limit?: number; type?: EntityType; query?: string }): EntityCount[]
}

/** The words of a query, normalised as names are. */
export const queryWords = (query: string): string[] => normaliseEntityName(query).split(' ').filter((w) => w !== '')

/** Builds the index over `stories` (newest first, as the catalog lists them). */
export function createStorySearch(stories: readonly StoryView[]): StorySearch {
  const texts = stories.map((s) =>
    [s.title ?? '', s.site ?? '', s.key, ...s.entities.map((e) => e.name)].map(normaliseEntityName).join(' | '))
  const counts = new Map<string, EntityCount>()
  for (const s of stories) {
    for (const e of s.entities) {
      const m = entityMatchKey(e.name, e.type)
      const c = counts.get(m)
      if (c) {
        c.count++
        if (s.readAt > c.lastReadAt) c.lastReadAt = s.readAt
      } else {
        counts.set(m, { name: e.name, type: e.type, matchKey: m, count: 1, lastReadAt: s.readAt })
      }
    }
  }
  // Ranked once, here; a keystroke walks this list.
  const ranked = [...counts.values()]
    .sort((a, b) => b.count - a.count || b.lastReadAt - a.lastReadAt || (a.matchKey < b.matchKey ? -1 : 1))
  return {
    list(query, limit, offset) {
      const words = queryWords(query)
      if (words.length === 0) return { total: stories.length, stories: stories.slice(offset, offset + limit) }
      let total = 0
      const page: StoryView[] = []
      for (let i = 0; i < stories.length; i++) {
        if (!words.every((w) => texts[i].includes(w))) continue
        if (total >= offset && page.length < limit) page.push(stories[i])
        total++
      }
      return { total, stories: page }
    },
    top(options = {}) {
      const words = queryWords(options.query ?? '')
      const limit = options.limit ?? 50
      const out: EntityCount[] = []
      for (const c of ranked) {
        if (out.length >= limit) break
        if (options.type && c.type !== options.type) continue
        if (words.every((w) => c.matchKey.includes(w))) out.push(c)
      }
      return out
    },
  }
}
