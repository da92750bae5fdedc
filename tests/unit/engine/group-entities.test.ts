import { describe, expect, it } from 'vitest'
import type { Mention } from '../../../src/engine/find-mentions.ts'
import { entityId, groupMentions } from '../../../src/engine/group-entities.ts'
import { tokenize } from '../../../src/engine/tokenize.ts'
import type { EntityType } from '../../../src/engine/types.ts'

const ALIASES = { 'u.s.': 'United States', us: 'United States', 'united states': 'United States', america: 'United States' }

/** Mentions for the given surface strings, found in order in the text. */
function mentionsOf(text: string, marks: [string, EntityType][]): Mention[] {
  const tokens = tokenize(text)
  let from = 0
  return marks.map(([s, type]) => {
    const start = text.indexOf(s, from)
    if (start < 0) throw new Error(`no ${s}`)
    const end = start + s.length
    from = end
    const tokenStart = tokens.findIndex((t) => t.start === start)
    const tokenEnd = tokens.findIndex((t) => t.end === end) + 1
    return { start, end, type, tokenStart, tokenEnd, confidence: 0.9 }
  })
}

describe('groupMentions', () => {
  it('keeps an organisation named by a country\'s other name apart from the country', () => {
    const aliases = { ...ALIASES, emirates: 'United Arab Emirates' }
    const text = 'Emirates flew to the U.S. and the Emirates welcomed it.'
    const out = groupMentions(text, mentionsOf(text, [['Emirates', 'ORG'], ['U.S.', 'ORG'], ['Emirates', 'LOC']]), aliases)
    expect(out.map((e) => `${e.type} ${e.name}`)).toEqual(['ORG Emirates', 'LOC United States', 'LOC United Arab Emirates'])
  })

  it('joins country aliases under one canonical place', () => {
    const text = 'The U.S. said the United States and the US would act. America agreed.'
    const m = mentionsOf(text, [['U.S.', 'LOC'], ['United States', 'LOC'], ['US', 'ORG'], ['America', 'LOC']])
    const out = groupMentions(text, m, ALIASES)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ id: 'loc:united-states', name: 'United States', type: 'LOC' })
    expect(out[0].aliases).toEqual(['America', 'U.S.', 'US'])
    expect(out[0].mentions.map((x) => text.slice(x.start, x.end))).toEqual(['U.S.', 'United States', 'US', 'America'])
  })

  it('joins a surname to the full name, whichever comes first, and fixes its type', () => {
    const text = 'Ryder spoke. Later Ellen Ryder said more, and Ryder left.'
    const m = mentionsOf(text, [['Ryder', 'ORG'], ['Ellen Ryder', 'PER'], ['Ryder', 'PER']])
    const out = groupMentions(text, m, ALIASES)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ name: 'Ellen Ryder', type: 'PER', id: 'per:ellen-ryder', aliases: ['Ryder'] })
    expect(out[0].mentions).toHaveLength(3)
  })

  it('names an entity by its mentions in normal case over a capitalised lead-in', () => {
    // a Herald Sun editorial opens "MALCOLM Fraser — an effective prime minister" twice
    const text = 'MALCOLM Fraser won. MALCOLM Fraser left. Malcolm Fraser died.'
    const m = mentionsOf(text, [['MALCOLM Fraser', 'PER'], ['MALCOLM Fraser', 'PER'], ['Malcolm Fraser', 'PER']])
    const out = groupMentions(text, m, ALIASES)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ name: 'Malcolm Fraser', id: 'per:malcolm-fraser', aliases: ['MALCOLM Fraser'] })
  })

  it('joins a company named with and without its legal suffix or a leading "the"', () => {
    const text = 'Harbor Freight Co. fell. The Harbor Freight board met, and the Harbor Freight staff left.'
    const m = mentionsOf(text, [['Harbor Freight Co.', 'ORG'], ['The Harbor Freight', 'ORG'], ['Harbor Freight', 'ORG']])
    const out = groupMentions(text, m, ALIASES)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ name: 'Harbor Freight Co.', aliases: ['Harbor Freight', 'The Harbor Freight'] })
    // the suffix alone names no company, and other types keep their words
    const t2 = 'Acme Co. and Co. met at Acme Inc'
    expect(groupMentions(t2, mentionsOf(t2, [['Acme Co.', 'ORG'], ['Co.', 'ORG'], ['Acme Inc', 'LOC']]), ALIASES)).toHaveLength(3)
  })

  it('joins an acronym the text spells out to its organisation', () => {
    const text = 'The Joint Harbour Authority (JHA) met. JHA staff left.'
    const m = mentionsOf(text, [['Joint Harbour Authority', 'ORG'], ['JHA', 'ORG'], ['JHA', 'ORG']])
    const out = groupMentions(text, m, ALIASES)
    expect(out).toHaveLength(1)
    expect(out[0].name).toBe('Joint Harbour Authority')
  })

  it('keeps different names apart and gives ids from type and name only', () => {
    const text = 'Oslo and Bergen.'
    const out = groupMentions(text, mentionsOf(text, [['Oslo', 'LOC'], ['Bergen', 'LOC']]), ALIASES)
    expect(out.map((e) => e.id)).toEqual(['loc:oslo', 'loc:bergen'])
    expect(entityId('ORG', 'Société Générale')).toBe('org:societe-generale')
  })

  it('prefers a mixed-case name to an all-capitals one, and title-cases an all-capitals name', () => {
    const text = 'READ THE DAILY COURIER. The Daily Courier said. MORE AT NORTH BAY HERALD'
    const m = mentionsOf(text, [['DAILY COURIER', 'ORG'], ['Daily Courier', 'ORG'], ['NORTH BAY HERALD', 'ORG']])
    const out = groupMentions(text, m, ALIASES)
    expect(out.map((e) => e.name)).toEqual(['Daily Courier', 'North Bay Herald'])
  })
})
