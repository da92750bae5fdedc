// What the hover card says for a name and for a date, from the card model's data.
import { describe, expect, it } from 'vitest'
import { buildCards, mentionCount } from '../../../src/ui/card-model.ts'
import { dateHoverCard, entityHoverCard, HOVER_QUOTE_CHARS } from '../../../src/ui/hover-card-model.ts'
import type { StoryAnalysis } from '../../../src/protocol/messages.ts'
import { placeFactsById } from '../../../src/ui/place-facts.ts'

const text = 'Navy spokesman Jane Okafor said the ships left Baghdad and Iraq. ' +
  'Okafor added that the talks in Iraq, which began in the spring and have gone on through a long and difficult summer of ' +
  'meetings, statements, visits and counter-visits by officials of both governments, would go on.'
const at = (s: string, from = 0) => { const i = text.indexOf(s, from); return { start: i, end: i + s.length } }
const cut = text.indexOf('Okafor added')
const analysis: StoryAnalysis = {
  title: { entities: [{ id: 'loc:iraq', name: 'Iraq', type: 'LOC', aliases: [], mentions: [{ start: 0, end: 4 }] }], dates: [] },
  body: {
    entities: [
      { id: 'per:jane-okafor', name: 'Jane Okafor', type: 'PER', aliases: ['Okafor'], role: 'Navy spokesman',
        mentions: [at('Jane Okafor'), at('Okafor', cut)] },
      { id: 'loc:baghdad', name: 'Baghdad', type: 'LOC', aliases: [], mentions: [at('Baghdad')] },
      { id: 'loc:iraq', name: 'Iraq', type: 'LOC', aliases: [], mentions: [at('Iraq'), at('Iraq', cut)] },
    ],
    dates: [],
  },
  sentences: [{ start: 0, end: cut - 1 }, { start: cut, end: text.length }],
  reference: { date: '2024-01-24', source: 'published' },
}
const cards = new Map(buildCards(analysis, text, 'Iraq talks', analysis.sentences, HOVER_QUOTE_CHARS).map((c) => [c.id, c]))

describe('hover card model', () => {
  it('says who someone is, where the story first names them, with whom, and how often', () => {
    const m = entityHoverCard(cards.get('per:jane-okafor')!)
    expect(m).toEqual({
      title: 'Jane Okafor', meta: 'Person · 2 mentions in this story', role: 'Navy spokesman',
      quote: 'Navy spokesman Jane Okafor said the ships left Baghdad and Iraq.',
      facts: null, seenWith: 'Seen with Iraq, Baghdad', memory: null,
    })
  })

  it('leaves demonyms and "-based" compounds out of "Seen with", and names a MISC thing as the popup does', () => {
    const card = cards.get('per:jane-okafor')!
    const noisy = { ...card, seenWith: [
      { id: 'misc:iraqi', name: 'Iraqi', type: 'MISC' as const, count: 3 },
      { id: 'misc:gaza-based', name: 'Gaza-based', type: 'MISC' as const, count: 2 },
      ...card.seenWith,
    ] }
    expect(entityHoverCard(noisy).seenWith).toBe('Seen with Iraq, Baghdad')
    expect(entityHoverCard({ ...card, type: 'MISC' }).meta).toBe('Other name · 2 mentions in this story')
  })

  it('counts headline and body mentions as the popup does, and gives place facts', () => {
    const iraq = cards.get('loc:iraq')!
    expect(iraq.mentionCount).toBe(mentionCount(analysis, iraq.id))
    const places = placeFactsById([...analysis.title.entities, ...analysis.body.entities])
    expect(Object.keys(places).sort()).toEqual(['loc:baghdad', 'loc:iraq'])
    expect(places['loc:baghdad']).toBe('Capital of Iraq · Asia')
    const m = entityHoverCard(iraq, { total: 2, stories: [{ key: 'k', url: 'https://x.test/a', title: 'Earlier', site: null, published: null, readAt: 0 }] },
      places['loc:iraq'])
    expect(m.meta).toBe('Place · 3 mentions in this story')
    expect(m.facts).toMatch(/^Iraq · capital Baghdad · Asia/)
    expect(m.memory).toBe('In 2 other stories you read, most recently “Earlier”')
  })

  it('cuts a long first sentence with an ellipsis', () => {
    const long = { ...analysis, body: { ...analysis.body, entities: [{ ...analysis.body.entities[0], mentions: [at('Okafor', cut)] }] } }
    const card = buildCards(long, text, 'Iraq talks', analysis.sentences, HOVER_QUOTE_CHARS).find((c) => c.id === 'per:jane-okafor')!
    expect(card.firstSentence.length).toBeLessThanOrEqual(HOVER_QUOTE_CHARS + 2)
    expect(card.firstSentence).toMatch(/^Okafor added/)
    expect(card.firstSentence.endsWith('…')).toBe(true)
  })

  it('gives a date its calendar value and the phrase', () => {
    expect(dateHoverCard('2024-01-23', 'Tuesday')).toMatchObject({ meta: 'Date · “Tuesday”', role: null })
  })
})
