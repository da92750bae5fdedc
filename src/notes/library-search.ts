// The notes library's search: full text over note text, quote, tags and story title (minisearch),
// with filters by site, tag and entity. Pure: the options page builds it from the store's notes.
import MiniSearch from 'minisearch'
import type { Note } from './schema.ts'

export interface LibraryFilters {
  site?: string
  tag?: string
  entityId?: string
}

export interface LibraryFacets {
  sites: Array<{ value: string; count: number }>
  tags: Array<{ value: string; count: number }>
  entities: Array<{ value: string; count: number }>
}

export interface LibraryIndex {
  /** Notes matching the query (all when it is blank) and the filters: best first, else newest. */
  search(query: string, filters?: LibraryFilters): Note[]
  /** Adds or replaces a note. */
  upsert(note: Note): void
  remove(id: string): void
  /** How many notes it holds. */
  size(): number
  facets(): LibraryFacets
}

// Field boosts: the reader's own words first, then the passage, then where it was read.
const BOOST = { text: 3, tags: 2, quote: 1.5, title: 1, site: 0.5 }
/** Share of a term's length that may be mistyped (minisearch's fuzzy option). */
const FUZZY = 0.2
/**
 * Single terms' hits kept between keystrokes. Typing changes the last term only, so the words
 * before it are looked up once, not on every key (a common word matches every note, and scoring
 * 5,000 notes for it cost 15–25 ms a time). Dropped whenever a note changes.
 */
const TERM_CACHE = 64
const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]

const docOf = (n: Note) => ({
  id: n.id,
  text: n.body.text,
  quote: n.target.selector[0].exact,
  tags: n.body.tags.join(' '),
  title: n.story.title ?? '',
  site: n.story.site ?? '',
})

const matches = (n: Note, f: LibraryFilters) =>
  (f.site === undefined || n.story.site === f.site) &&
  (f.tag === undefined || n.body.tags.includes(f.tag)) &&
  (f.entityId === undefined || n.entityId === f.entityId)

const newestFirst = (a: Note, b: Note) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0)

function count(values: Array<string | null | undefined>) {
  const counts = new Map<string, number>()
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].map(([value, n]) => ({ value, count: n }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

export function createLibraryIndex(notes: readonly Note[]): LibraryIndex {
  const byId = new Map(notes.map((n) => [n.id, n]))
  const mini = new MiniSearch({ fields: Object.keys(BOOST), idField: 'id' })
  mini.addAll([...byId.values()].map(docOf))
  const terms = new Map<string, Map<string, number>>()
  /** A term's hits (note id → score), as minisearch scores it within an AND query. */
  const hitsOf = (term: string): Map<string, number> => {
    let hits = terms.get(term)
    if (hits) return hits
    hits = new Map(mini.search(term, { boost: BOOST, prefix: true, fuzzy: FUZZY }).map((r) => [r.id as string, r.score]))
    if (terms.size >= TERM_CACHE) terms.delete(terms.keys().next().value!)
    terms.set(term, hits)
    return hits
  }
  return {
    search(query, filters = {}) {
      const words = [...new Set(tokenize(query).map((t) => t.toLowerCase()).filter((t) => t !== ''))]
      if (words.length === 0) return [...byId.values()].filter((n) => matches(n, filters)).sort(newestFirst)
      // AND: the notes every word finds, scored as minisearch's AND combines them (the sum).
      const lists = words.map(hitsOf).sort((a, b) => a.size - b.size)
      const found: { note: Note; score: number }[] = []
      for (const [id, first] of lists[0]) {
        let score = first
        let all = true
        for (let k = 1; k < lists.length && all; k++) {
          const s = lists[k].get(id)
          if (s === undefined) all = false
          else score += s
        }
        const note = byId.get(id)
        if (all && note && matches(note, filters)) found.push({ note, score })
      }
      return found.sort((a, b) => b.score - a.score).map((f) => f.note)
    },
    upsert(note) {
      if (byId.has(note.id)) mini.discard(note.id)
      byId.set(note.id, note)
      mini.add(docOf(note))
      terms.clear()
    },
    remove(id) {
      if (!byId.delete(id)) return
      mini.discard(id)
      terms.clear()
    },
    size: () => byId.size,
    facets() {
      const all = [...byId.values()]
      return {
        sites: count(all.map((n) => n.story.site)),
        tags: count(all.flatMap((n) => n.body.tags)),
        entities: count(all.map((n) => n.entityId)),
      }
    },
  }
}
