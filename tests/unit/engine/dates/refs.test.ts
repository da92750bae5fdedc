// Expressions that point to the present, past or future without naming a date. Sentences we wrote.
import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/engine/find-dates.ts'

const PUB = '2024-01-24'
const spans = (s: string) => findDates(s, { published: PUB, lang: 'en' }).map((d) => [s.slice(d.start, d.end), d.value])

describe('references to the future', () => {
  it.each([
    ['We face hard choices in the near term.', 'the near term'],
    ['Prices may stay high in the short term.', 'the short term'],
    ['Bonds will be sold at a later date.', 'a later date'],
    ['She hopes she will one day fly to Mars.', 'one day'],
  ])('%s → "%s" = FUTURE_REF', (s, phrase) => {
    expect(spans(s)).toEqual([[phrase, 'FUTURE_REF']])
  })

  it('leaves adjectives and durations alone ("short-term debt", "for one day")', () => {
    expect(spans('The company cut its short-term debt.')).toEqual([])
    expect(spans('He had been in the job for one day.')).toEqual([['one day', 'P1D']])
  })
})

describe('references to the past', () => {
  it('reads a vague stretch of the past as PAST_REF, and its length after "for" as a duration', () => {
    expect(spans('Rates have fallen in the last few months.')).toEqual([['the last few months', 'PAST_REF']])
    expect(spans('Sales slowed over the past several quarters.')).toEqual([['the past several quarters', 'PAST_REF']])
    expect(spans('He has been ill for the past few weeks.')).toEqual([['the past few weeks', 'PXW']])
    expect(spans('Talks may resume in the next few days.')).toEqual([['the next few days', 'PXD']])
  })
})

describe('references to the present', () => {
  it('reads "now" in a clause as PRESENT_REF', () => {
    expect(spans('The fund now holds more cash.')).toEqual([['now', 'PRESENT_REF']])
  })

  it('skips the discourse marker "Now," that opens a sentence', () => {
    expect(spans('Now, he says, the plan has failed.')).toEqual([])
  })
})
