import { describe, expect, it } from 'vitest'
import { foldMinorNames, isMinorName } from '../../../src/ui/minor-names.ts'
import type { EntityType } from '../../../src/engine/types.ts'

const card = (name: string, type: EntityType, aliases: string[] = []) => ({ name, type, aliases })

describe('minor names', () => {
  const story = new Set(['Iraq', 'ISIS', 'Gaza', 'Iran'])
  it.each([
    ['Iranian-supported', 'MISC', true],
    ['Iran-affiliated', 'MISC', true],
    ['Gaza-based', 'MISC', true],
    ['Iran-backed', 'ORG', true],
    ['Kurdish-led', 'LOC', true],
    ['D-ISIS', 'MISC', true],
    ['Iraqi', 'MISC', true],
    ['Chinese', 'MISC', true],
    ['Iraq', 'LOC', false],
    ['World Cup', 'MISC', false],
    ['Brexit', 'MISC', false],
    ['COVID-19', 'MISC', false],
    ['Patrick Ryder', 'PER', false],
    ['Al-Asad Air Base', 'LOC', false],
  ] as const)('%s (%s) folded: %s', (name, type, minor) => expect(isMinorName(card(name, type), story)).toBe(minor))

  it('takes them out in order, keeping the other cards in theirs', () => {
    const cards = [card('Iraq', 'LOC'), card('Iraqi', 'MISC'), card('ISIS', 'ORG'), card('D-ISIS', 'MISC'), card('Hamas', 'ORG')]
    const { cards: kept, minor } = foldMinorNames(cards)
    expect(kept.map((c) => c.name)).toEqual(['Iraq', 'ISIS', 'Hamas'])
    expect(minor.map((c) => c.name)).toEqual(['Iraqi', 'D-ISIS'])
  })
})
