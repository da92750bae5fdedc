import { describe, expect, it } from 'vitest'
import { buildCards, buildTimeline, filterCards, groupCards } from '../../../src/ui/card-model.ts'
import type { StoryAnalysis } from '../../../src/messages.ts'

const text = 'Ryder spoke in Baghdad on Tuesday. The Pentagon agreed. Ryder said Iraq was calm on Jan. 10.'
const at = (s: string, from = 0) => { const i = text.indexOf(s, from); return { start: i, end: i + s.length } }
const sentences = [{ start: 0, end: 34 }, { start: 35, end: 55 }, { start: 56, end: text.length }]
const analysis: StoryAnalysis = {
  title: { entities: [{ id: 'loc:iraq', name: 'Iraq', type: 'LOC', aliases: [], mentions: [{ start: 0, end: 4 }] }], dates: [] },
  body: {
    entities: [
      { id: 'per:ryder', name: 'Patrick Ryder', type: 'PER', aliases: ['Ryder'], mentions: [at('Ryder'), at('Ryder', 40)] },
      { id: 'loc:baghdad', name: 'Baghdad', type: 'LOC', aliases: [], mentions: [at('Baghdad')] },
      { id: 'org:pentagon', name: 'Pentagon', type: 'ORG', aliases: [], mentions: [at('Pentagon')] },
      { id: 'loc:iraq', name: 'Iraq', type: 'LOC', aliases: [], mentions: [at('Iraq')] },
    ],
    dates: [
      { ...at('Jan. 10'), type: 'DATE', value: '2024-01-10', grain: 'day' },
      { ...at('Tuesday'), type: 'DATE', value: '2024-01-23', grain: 'day' },
    ],
  },
  sentences,
  reference: { date: '2024-01-24', source: 'published' },
}

describe('card model', () => {
  const cards = buildCards(analysis, text, 'Iraq talks', sentences)

  it('merges headline and body mentions and orders by importance', () => {
    expect(cards.map((c) => c.name)).toEqual(['Iraq', 'Patrick Ryder', 'Baghdad', 'Pentagon'])
    expect(cards[0].mentions.map((m) => m.part)).toEqual(['title', 'body'])
  })

  it('gives the first sentence, the entities seen with it and the dates near it', () => {
    const ryder = cards.find((c) => c.id === 'per:ryder')!
    expect(ryder.firstSentence).toBe('Ryder spoke in Baghdad on Tuesday.')
    expect(ryder.seenWith.map((s) => s.name)).toEqual(['Baghdad', 'Iraq'])
    expect(ryder.dates.map((d) => d.value)).toEqual(['2024-01-10', '2024-01-23'])
    expect(ryder.aliases).toEqual(['Ryder'])
  })

  it('groups by type, filters by name, alias and type', () => {
    expect(groupCards(cards).map((g) => g.type)).toEqual(['PER', 'ORG', 'LOC'])
    expect(filterCards(cards, 'ryd', new Set(['PER'])).map((c) => c.id)).toEqual(['per:ryder'])
    expect(filterCards(cards, 'ryd', new Set(['LOC']))).toEqual([])
  })

  it('puts the dates on a timeline in calendar order with their sentences', () => {
    expect(buildTimeline(analysis, text, sentences).map((d) => [d.value, d.sentence])).toEqual([
      ['2024-01-10', 'Ryder said Iraq was calm on Jan. 10.'],
      ['2024-01-23', 'Ryder spoke in Baghdad on Tuesday.'],
    ])
  })
})

describe('quotes on cards', () => {
  it('cuts a long sentence around the mention, between words, with ellipses', async () => {
    const { quoteSentence, MAX_QUOTE_CHARS } = await import('../../../src/ui/card-model.ts')
    const long = `${'filler words '.repeat(100)}Baghdad ${'more words '.repeat(100)}`
    const at = long.indexOf('Baghdad')
    const q = quoteSentence(long, { start: 0, end: long.length }, at)
    expect(q.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS + 2)
    expect(q).toContain('Baghdad')
    expect(q.startsWith('…filler')).toBe(true)
    expect(q).toMatch(/ (more|words)…$/)
    expect(quoteSentence('A short one. ', { start: 0, end: 13 }, 2)).toBe('A short one.')
  })

  it('counts every mention of a card', () => {
    expect(buildCards(analysis, text, 'Iraq talks', sentences).find((c) => c.id === 'per:ryder')!.mentionCount).toBe(2)
  })
})
