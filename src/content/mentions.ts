// Flattens an analysis into the list of marks the content script paints and walks through:
// one per entity mention and date, in reading order (headline first, then body), each told
// whether it is the first mention of its thing (marked in full) or a later one (marked quietly).
import type { HighlightKind, StoryAnalysis } from '../protocol/messages.ts'

export interface Mark {
  part: 'title' | 'body'
  start: number
  end: number
  kind: HighlightKind
  /** Entity id for entity marks; the TimeML value for dates. */
  ref: string
  /** Index into analysis.<part>.entities or .dates. */
  index: number
  /** The thing the mark names: every mark of one entity, or of one date value, shares it. */
  key: string
  /** The first mark of its thing in reading order: the one marked in full. */
  first: boolean
}

export const PART_ORDER = { title: 0, body: 1 } as const

export function marksOf(analysis: StoryAnalysis): Mark[] {
  const marks: Mark[] = []
  for (const part of ['title', 'body'] as const) {
    const a = analysis[part]
    a.entities.forEach((e, index) => {
      const kind = e.type.toLowerCase() as HighlightKind
      for (const m of e.mentions) marks.push({ part, start: m.start, end: m.end, kind, ref: e.id, index, key: e.id, first: false })
    })
    a.dates.forEach((d, index) => {
      if (d.type === 'DATE' || d.type === 'TIME') {
        marks.push({ part, start: d.start, end: d.end, kind: 'date', ref: d.value, index, key: `date:${d.value}`, first: false })
      }
    })
  }
  marks.sort((a, b) => PART_ORDER[a.part] - PART_ORDER[b.part] || a.start - b.start || b.end - a.end)
  // "First" is in reading order, and the headline is read before the body: a name in the headline
  // is marked in full there and quietly in the body. A date is its value, as an entity is its id:
  // a second "Tuesday" names the day already marked, so it is quiet too (and lights up with it).
  const seen = new Set<string>()
  for (const m of marks) {
    m.first = !seen.has(m.key)
    seen.add(m.key)
  }
  return marks
}
