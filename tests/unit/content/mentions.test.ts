// Which marks are painted in full: the first of each thing in reading order (headline first), the
// rest quietly; dates are things by their value.
import { describe, expect, it } from 'vitest'
import { marksOf } from '../../../src/content/mentions.ts'
import { inFull } from '../../../src/content/paint-highlights.ts'
import type { PageSettingsValue, StoryAnalysis } from '../../../src/protocol/messages.ts'
import { DEFAULT_COLOURS } from '../../../src/settings.ts'

const analysis: StoryAnalysis = {
  title: { entities: [{ id: 'loc:iraq', name: 'Iraq', type: 'LOC', aliases: [], mentions: [{ start: 8, end: 12 }] }], dates: [] },
  body: {
    entities: [
      { id: 'loc:iraq', name: 'Iraq', type: 'LOC', aliases: [], mentions: [{ start: 50, end: 54 }, { start: 5, end: 9 }] },
      { id: 'per:ryder', name: 'Patrick Ryder', type: 'PER', aliases: ['Ryder'], mentions: [{ start: 20, end: 33 }, { start: 80, end: 85 }] },
    ],
    dates: [
      { start: 40, end: 47, type: 'DATE', value: '2024-01-23', grain: 'day' },
      { start: 90, end: 97, type: 'DATE', value: '2024-01-23', grain: 'day' },
      { start: 100, end: 107, type: 'DATE', value: '2024-01-10', grain: 'day' },
      { start: 110, end: 118, type: 'DURATION', value: 'P3W', grain: 'duration' },
    ],
  },
  sentences: [],
  reference: { date: '2024-01-24', source: 'published' },
}
const settings = (everyMention: boolean): PageSettingsValue =>
  ({ enabled: true, kinds: { per: true, org: true, loc: true, misc: true, date: true }, colours: DEFAULT_COLOURS, everyMention })

describe('marksOf', () => {
  const marks = marksOf(analysis)
  const show = (m: (typeof marks)[number]) => `${m.part}:${m.start}:${m.first ? 'full' : 'again'}`

  it('marks the headline first, then the body in order; only a thing’s first mark in full', () => {
    expect(marks.map(show)).toEqual([
      'title:8:full', // Iraq, in the headline, read first
      'body:5:again', 'body:20:full', 'body:40:full', 'body:50:again', 'body:80:again',
      'body:90:again', // the same day again
      'body:100:full',
    ])
  })

  it('gives every mark of one thing one key: an entity by id, a date by value', () => {
    expect(new Set(marks.filter((m) => m.ref === 'loc:iraq').map((m) => m.key))).toEqual(new Set(['loc:iraq']))
    expect(marks.filter((m) => m.key === 'date:2024-01-23').map((m) => m.start)).toEqual([40, 90])
  })

  it('paints every mark in full when the reader asks for it', () => {
    expect(marks.filter((m) => inFull(m, settings(false)))).toHaveLength(4)
    expect(marks.every((m) => inFull(m, settings(true)))).toBe(true)
  })
})
