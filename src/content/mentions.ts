// Flattens an analysis into the list of marks the content script paints and walks through:
// one per entity mention and date, in reading order (headline first, then body).
import type { HighlightKind, StoryAnalysis } from '../messages.ts'

export interface Mark {
  part: 'title' | 'body'
  start: number
  end: number
  kind: HighlightKind
  /** Entity id for entity marks; the TimeML value for dates. */
  ref: string
  /** Index into analysis.<part>.entities or .dates. */
  index: number
}

export const PART_ORDER = { title: 0, body: 1 } as const

export function marksOf(analysis: StoryAnalysis): Mark[] {
  const marks: Mark[] = []
  for (const part of ['title', 'body'] as const) {
    const a = analysis[part]
    a.entities.forEach((e, index) => {
      const kind = e.type.toLowerCase() as HighlightKind
      for (const m of e.mentions) marks.push({ part, start: m.start, end: m.end, kind, ref: e.id, index })
    })
    a.dates.forEach((d, index) => {
      if (d.type === 'DATE' || d.type === 'TIME') marks.push({ part, start: d.start, end: d.end, kind: 'date', ref: d.value, index })
    })
  }
  return marks.sort((a, b) => PART_ORDER[a.part] - PART_ORDER[b.part] || a.start - b.start || b.end - a.end)
}
