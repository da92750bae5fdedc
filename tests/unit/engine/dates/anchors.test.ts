// What relative expressions count from: a dateline's day, the week a day or holiday falls in,
// the nearest holiday. Sentences we wrote.
import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/engine/find-dates.ts'

function valueOf(text: string, phrase: string, published: string): string | undefined {
  const at = text.indexOf(phrase)
  const found = findDates(text, { published, lang: 'en' })
  return found.find((d) => d.start === at && d.end === at + phrase.length)?.value
}

describe('a dateline at the head of the story', () => {
  const story = 'GENEVA, March 12 (Wire) -- Talks resumed today, a day after they broke down on Monday.'

  it('anchors "today" to the day it names when the story was published the day after', () => {
    expect(valueOf(story, 'today', '2024-03-13')).toBe('2024-03-12')
  })

  it('is ignored when it lies more than a few days before the publish date', () => {
    expect(valueOf(story, 'today', '2024-03-20')).toBe('2024-03-20')
  })

  it('is ignored when it lies after the publish date', () => {
    expect(valueOf(story, 'today', '2024-03-11')).toBe('2024-03-11')
  })

  it('needs to be at the head of the text', () => {
    const late = 'Talks resumed today. '.repeat(10) + 'GENEVA, March 12 (Wire) -- More talks.'
    expect(valueOf(late, 'today', '2024-03-13')).toBe('2024-03-13')
  })
})

describe('weeks named by a day in them', () => {
  it('reads "the week of March 6" as that ISO week', () => {
    const s = 'The case may be heard the week of March 6, a lawyer said.'
    expect(valueOf(s, 'the week of March 6', '2024-02-24')).toBe('2024-W10')
  })

  it('reads "Easter week" as the week Easter Sunday falls in', () => {
    // Easter 2024 is March 31, the Sunday of ISO week 13
    expect(valueOf('Crowds gathered as Easter week began.', 'Easter week', '2024-03-25')).toBe('2024-W13')
  })
})

describe('a holiday without a year', () => {
  it('is the nearest one when it is weeks away, whatever the tense', () => {
    expect(valueOf('Pilgrims arrived before Easter.', 'Easter', '2024-03-25')).toBe('2024-03-31')
  })

  it('follows the tense when it is months away', () => {
    expect(valueOf('The boy was found on Thanksgiving Day.', 'Thanksgiving Day', '2024-04-03')).toBe('2023-11-23')
  })
})

describe('a part of day without its day', () => {
  it('belongs to the day last mentioned ("in the morning")', () => {
    const s = 'Shares fell on Friday. Dealers placed buy orders in the morning.'
    expect(valueOf(s, 'the morning', '2024-01-24')).toBe('2024-01-19TMO')
  })

  it('else to the publish day, with a modifier instead of "the" ("by mid afternoon")', () => {
    expect(valueOf('By mid afternoon, the shelling had stopped.', 'mid afternoon', '2024-01-24')).toBe('2024-01-24TAF')
  })

  it('takes a deictic day after it ("mid-afternoon yesterday")', () => {
    expect(valueOf('At mid-afternoon yesterday, shares were up.', 'mid-afternoon yesterday', '2024-01-24')).toBe('2024-01-23TAF')
  })

  it('is no date alone without "the" or a modifier, nor as a kind of thing ("the evening news")', () => {
    expect(findDates('Morning light fell on afternoon tea.', { published: '2024-01-24' })).toEqual([])
    expect(findDates('She read it in the morning papers.', { published: '2024-01-24' })).toEqual([])
  })
})

describe('"until then"', () => {
  it('is the date last mentioned', () => {
    const s = 'The law takes effect on March 1. Until then, the old rules apply.'
    expect(valueOf(s, 'then', '2024-01-24')).toBe('2024-03-01')
  })

  it('is nothing when no date came before, and "then" alone is never a date', () => {
    expect(findDates('Until then, the old rules apply. Then it rained.', { published: '2024-01-24' })).toEqual([])
  })
})

describe('"the previous year" and its kin', () => {
  it('count back from the date last mentioned', () => {
    const s = 'The war began in 2020. The previous year had been calm, and the prior month quiet.'
    expect(valueOf(s, 'The previous year', '2024-01-24')).toBe('2019')
  })

  it('count back from the publish date when nothing was mentioned', () => {
    expect(valueOf('Sales were flat in the prior year.', 'the prior year', '2024-01-24')).toBe('2023')
  })
})
