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
  return {
    search(query, filters = {}) {
      if (!query.trim()) return [...byId.values()].filter((n) => matches(n, filters)).sort(newestFirst)
      return mini.search(query, {
        boost: BOOST, prefix: true, fuzzy: FUZZY, combineWith: 'AND',
        filter: (r) => matches(byId.get(r.id as string)!, filters),
      }).map((r) => byId.get(r.id as string)!)
    },
    upsert(note) {
      if (byId.has(note.id)) mini.discard(note.id)
      byId.set(note.id, note)
      mini.add(docOf(note))
    },
    remove(id) {
      if (!byId.delete(id)) return
      mini.discard(id)
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
