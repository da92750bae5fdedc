import { describe, expect, it } from 'vitest'
import { buildCards, buildTimeline, filterCards, filterTimeline, groupCards, mentionCount, quoteWithOffset, TYPE_NAME } from '../../../src/ui/card-model.ts'
import type { StoryAnalysis } from '../../../src/protocol/messages.ts'

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
    expect(ryder.firstAt).toBe(0)
    expect(ryder.firstLength).toBe('Ryder'.length)
    expect(cards.find((c) => c.id === 'loc:baghdad')!.firstAt).toBe('Ryder spoke in '.length)
    expect(ryder.seenWith.map((s) => s.name)).toEqual(['Baghdad', 'Iraq'])
    expect(ryder.dates.map((d) => d.value)).toEqual(['2024-01-10', '2024-01-23'])
    expect(ryder.aliases).toEqual(['Ryder'])
  })

  it('groups by type, filters by name, alias and type', () => {
    expect(groupCards(cards).map((g) => g.type)).toEqual(['PER', 'ORG', 'LOC'])
    expect(filterCards(cards, 'ryd', new Set(['PER'])).map((c) => c.id)).toEqual(['per:ryder'])
    expect(filterCards(cards, 'ryd', new Set(['LOC']))).toEqual([])
  })

  it('puts the dates on a timeline in calendar order with their sentences and the phrase’s place in it', () => {
    expect(buildTimeline(analysis, text, sentences).map((d) => [d.value, d.sentence, d.sentence.slice(d.at, d.at! + d.text.length)])).toEqual([
      ['2024-01-10', 'Ryder said Iraq was calm on Jan. 10.', 'Jan. 10'],
      ['2024-01-23', 'Ryder spoke in Baghdad on Tuesday.', 'Tuesday'],
    ])
  })

  it('orders the timeline by when dates start, not as their values sort as strings', () => {
    const t = 'It ran in the third week. It began in January. It ended on Jan. 25.'
    const a: StoryAnalysis = { ...analysis, body: { entities: [], dates: [
      { start: t.indexOf('the third week'), end: t.indexOf('the third week') + 14, type: 'DATE', value: '2024-W04', grain: 'week' },
      { start: t.indexOf('January'), end: t.indexOf('January') + 7, type: 'DATE', value: '2024-01', grain: 'month' },
      { start: t.indexOf('Jan. 25'), end: t.indexOf('Jan. 25') + 7, type: 'DATE', value: '2024-01-25', grain: 'day' },
    ] } }
    const s = [{ start: 0, end: 25 }, { start: 26, end: 46 }, { start: 47, end: t.length }]
    expect(buildTimeline(a, t, s).map((d) => d.value)).toEqual(['2024-01', '2024-W04', '2024-01-25'])
  })

  it('finds timeline rows by label, phrase or sentence', () => {
    const items = buildTimeline(analysis, text, sentences)
    expect(filterTimeline(items, '23 jan').map((d) => d.value)).toEqual(['2024-01-23'])
    expect(filterTimeline(items, 'tuesday').map((d) => d.value)).toEqual(['2024-01-23'])
    expect(filterTimeline(items, 'calm').map((d) => d.value)).toEqual(['2024-01-10'])
    expect(filterTimeline(items, ' ')).toHaveLength(2)
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

  it('counts every mention of a card, headline and body: one count for page, hover card and popup', () => {
    expect(buildCards(analysis, text, 'Iraq talks', sentences).find((c) => c.id === 'per:ryder')!.mentionCount).toBe(2)
    expect(mentionCount(analysis, 'loc:iraq')).toBe(2)
    expect(buildCards(analysis, text, 'Iraq talks', sentences).find((c) => c.id === 'loc:iraq')!.mentionCount).toBe(2)
    expect(mentionCount(analysis, 'per:nobody')).toBe(0)
  })

  it('says "Person", not "People", on one card', () => {
    expect(TYPE_NAME.PER).toBe('Person')
  })

  it('knows where the focus falls in a quote, cut or whole', () => {
    const long = `${'filler words '.repeat(100)}Baghdad ${'more words '.repeat(100)}`
    const q = quoteWithOffset(long, { start: 0, end: long.length }, long.indexOf('Baghdad'))
    expect(q.quote.slice(q.at, q.at + 7)).toBe('Baghdad')
    const w = quoteWithOffset('  On Tuesday. ', { start: 0, end: 14 }, 5)
    expect(w).toEqual({ quote: 'On Tuesday.', at: 3 })
  })

  it('does not let a read-more line make a name matter', () => {
    const t = 'Talks began. Hamas spoke. Smith spoke.\nCLICK HERE TO READ MORE FROM THE SMITH HERALD\nSmith left.'
    const a: StoryAnalysis = { ...analysis, title: { entities: [], dates: [] }, body: { dates: [], entities: [
      { id: 'org:hamas', name: 'Hamas', type: 'ORG', aliases: [], mentions: [{ start: t.indexOf('Hamas'), end: t.indexOf('Hamas') + 5 }] },
      { id: 'org:herald', name: 'Smith Herald', type: 'ORG', aliases: [], mentions: [{ start: t.indexOf('SMITH HERALD'), end: t.indexOf('SMITH HERALD') + 12 }] },
    ] } }
    const s = [{ start: 0, end: 12 }, { start: 13, end: 25 }, { start: 26, end: 38 }, { start: 39, end: t.indexOf('\nSmith left') }, { start: t.indexOf('Smith left'), end: t.length }]
    const cards = buildCards(a, t, '', s)
    expect(cards.find((c) => c.id === 'org:herald')!.score).toBe(0)
    expect(cards.map((c) => c.id)).toEqual(['org:hamas', 'org:herald'])
  })
})
