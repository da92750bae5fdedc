// The role a story states for a name: titles before people, appositions, kind nouns beside
// organisations; and nothing where the story says nothing. Texts we wrote, not the demo story.
import { describe, expect, it } from 'vitest'
import { STATED_CONFIDENCE, statedRole, withRoles } from '../../../src/engine/entity-role.ts'
import type { Entity, EntityType } from '../../../src/engine/types.ts'

const at = (text: string, name: string, from = 0) => { const i = text.indexOf(name, from); return { start: i, end: i + name.length } }
const role = (text: string, name: string, type: EntityType = 'PER') => statedRole(text, type, [at(text, name)])?.role ?? null

describe('statedRole', () => {
  it('takes the title before a person, ranks left out', () => {
    expect(role('The troops are back, Navy spokesman Rear Adm. Jane Okafor said on Monday.', 'Jane Okafor')).toBe('Navy spokesman')
    expect(role('A statement from French Prime Minister Luc Marchand followed.', 'Luc Marchand')).toBe('French Prime Minister')
    expect(role('White House press secretary Dana Holt declined.', 'Dana Holt')).toBe('White House press secretary')
    expect(role('Mr. Holt was there.', 'Holt')).toBe(null)
  })

  it('stops at the sentence, a day or a small word before the title', () => {
    expect(role('They met on Tuesday. Finance Minister Ana Ruiz spoke.', 'Ana Ruiz')).toBe('Finance Minister')
    expect(role('On Tuesday Defense Secretary Lee Park spoke.', 'Lee Park')).toBe('Defense Secretary')
    expect(role('The office of Iraqi Prime Minister Ali Hassan said so.', 'Ali Hassan')).toBe('Iraqi Prime Minister')
  })

  it('reads an apposition after a person, with or without an age', () => {
    expect(role('Jane Roe, the chief executive of Acme, said the plant would close.', 'Jane Roe')).toBe('chief executive of Acme')
    expect(role('Tom Reed, 61, a former ambassador to Chile, died.', 'Tom Reed')).toBe('former ambassador to Chile')
    expect(role('The deal was signed by Ann Lowe, its founder.', 'Ann Lowe')).toBe('founder')
  })

  it('reads no role into a clause or an aside', () => {
    expect(role('Reed, however, said the talks would go on.', 'Reed')).toBe(null)
    expect(role('Jane Roe, the woman who said it was over, left.', 'Jane Roe')).toBe(null)
    expect(role('Jane Roe said it.', 'Jane Roe')).toBe(null)
  })

  it('takes an organisation’s kind noun beside its name', () => {
    expect(role('Strikes hit sites used by Ansar Brigade militia group and others.', 'Ansar Brigade', 'ORG')).toBe('militia group')
    expect(role('They blamed the militant group Harakat al-Nur for it.', 'Harakat al-Nur', 'ORG')).toBe('militant group')
    expect(role('Acme Corp, the steel company, grew.', 'Acme Corp', 'ORG')).toBe('steel company')
    expect(role('Shares of Acme Corp rose.', 'Acme Corp', 'ORG')).toBe(null)
  })

  it('states no role for places and other names', () => {
    expect(role('Paris, the capital, was calm.', 'Paris', 'LOC')).toBe(null)
  })

  it('looks past a first mention that says nothing', () => {
    const text = 'Okafor left early. Later, Navy spokesman Rear Adm. Jane Okafor said it.'
    expect(statedRole(text, 'PER', [at(text, 'Okafor'), at(text, 'Jane Okafor')])).toEqual({ role: 'Navy spokesman', from: 'beside' })
  })

  it('reads only a bounded window, whatever the text’s length', () => {
    const text = 'word '.repeat(200_000) + 'Finance Minister Ana Ruiz spoke.'
    expect(role(text, 'Ana Ruiz')).toBe('Finance Minister')
  })
})

describe('withRoles', () => {
  it('adds the role, and makes a name stated beside its title sure', () => {
    const text = 'Iraqi Prime Minister Ali Hassan spoke. Jane Roe, the chief executive of Acme, left. Bob Lin came.'
    const e = (name: string, confidence: number): Entity =>
      ({ id: `per:${name}`, name, type: 'PER', aliases: [], mentions: [{ ...at(text, name), confidence }], confidence })
    const [hassan, roe, lin] = withRoles(text, [e('Ali Hassan', 0.52), e('Jane Roe', 0.55), e('Bob Lin', 0.5)])
    expect(hassan).toMatchObject({ role: 'Iraqi Prime Minister', confidence: STATED_CONFIDENCE })
    // An apposition tells who someone is, but it does not stand beside the name: no surer.
    expect(roe).toMatchObject({ role: 'chief executive of Acme', confidence: 0.55 })
    expect(lin.role).toBeUndefined()
    expect(lin.confidence).toBe(0.5)
  })
})

describe('keepSure', () => {
  it('shows an entity sure in any part of the story in every part, and drops the unsure', async () => {
    const { keepSure, isSure, PAINT_CONFIDENCE } = await import('../../../src/engine/mention-confidence.ts')
    const e = (id: string, confidence?: number): Entity => ({ id, name: id, type: 'LOC', aliases: [], mentions: [{ start: 0, end: 1 }], confidence })
    const [title, body] = keepSure([{ entities: [e('a', 0.3), e('b', 0.3)] }, { entities: [e('a', 0.9), e('c', 0.59), e('d')] }])
    expect(title.entities.map((x) => x.id)).toEqual(['a'])
    expect(body.entities.map((x) => x.id)).toEqual(['a', 'd'])
    expect(isSure({ confidence: PAINT_CONFIDENCE })).toBe(true)
  })
})

describe('statedRole after an organisation', () => {
  it('reads a part of a body after its name as no kind of it', () => {
    expect(role('The Khmer Nation Party steering committee met.', 'Khmer Nation Party', 'ORG')).toBe(null)
    expect(role('Analysts at Petrona oil company said so.', 'Petrona', 'ORG')).toBe('oil company')
  })
})
