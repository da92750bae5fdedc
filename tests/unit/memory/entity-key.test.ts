import { describe, expect, it } from 'vitest'
import { entityMatchKey } from '../../../src/memory/entity-key.ts'

describe('entityMatchKey', () => {
  it.each([
    ['case', ['Patrick Ryder', 'PER'], ['PATRICK RYDER', 'PER']],
    ['diacritics', ['Volodymyr Zelenskyy', 'PER'], ['Volodýmyr Zelénskyy', 'PER']],
    ['diacritics (French)', ['Société Générale', 'ORG'], ['Societe Generale', 'ORG']],
    ['leading "the"', ['The Pentagon', 'ORG'], ['Pentagon', 'ORG']],
    ['abbreviation dots', ['U.S.', 'LOC'], ['US', 'LOC']],
    ['spelled-out United States', ['United States', 'LOC'], ['U.S.', 'LOC']],
    ['possessive', ["Biden's", 'PER'], ['Biden', 'PER']],
    ['curly apostrophe', ['O’Brien', 'PER'], ["O'Brien", 'PER']],
    ['hyphen and space', ['Jean-Luc Mélenchon', 'PER'], ['Jean Luc Melenchon', 'PER']],
    ['ampersand', ['Procter & Gamble', 'ORG'], ['Procter and Gamble', 'ORG']],
    ['whitespace', ['  Kyiv \n', 'LOC'], ['Kyiv', 'LOC']],
    ['German sharp s', ['Großbritannien', 'LOC'], ['Grossbritannien', 'LOC']],
  ] as const)('matches across %s', (_, a, b) => {
    expect(entityMatchKey(a[0], a[1])).toBe(entityMatchKey(b[0], b[1]))
  })

  it.each([
    ['different types', ['Jordan', 'PER'], ['Jordan', 'LOC']],
    ['different names', ['Patrick Ryder', 'PER'], ['Ryder', 'PER']],
    ['different people', ['John Smith', 'PER'], ['Jon Smith', 'PER']],
  ] as const)('keeps apart %s', (_, a, b) => {
    expect(entityMatchKey(a[0], a[1])).not.toBe(entityMatchKey(b[0], b[1]))
  })

  it('reads as type and normalised name', () => {
    expect(entityMatchKey('The U.N.', 'ORG')).toBe('ORG:united nations')
    expect(entityMatchKey('Patrick Ryder', 'PER')).toBe('PER:patrick ryder')
  })
})
