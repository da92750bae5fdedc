// Tense cues that pick the side of the publish date for year-less days and months. Each row is
// a sentence we wrote, the phrase, the publish date and the value it must resolve to.
import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/engine/find-dates.ts'

function valueOf(sentence: string, phrase: string, published: string): string | undefined {
  const at = sentence.indexOf(phrase)
  const found = findDates(sentence, { published, lang: 'en' })
  return found.find((d) => d.start === at && d.end === at + phrase.length)?.value
}

describe('tense from the verbs around the expression', () => {
  it.each([
    // a participle after "be" leaves the tense to the modal before it
    ['The dividend would be paid in January to holders of record.', 'January', '2024-10-25', '2025-01'],
    // "un-" adjectives are not past verbs
    ['The dividend will be paid on a still unspecified date in January.', 'January', '2024-10-25', '2025-01'],
    // a plan in the past perfect is over
    ['The offer had been due to expire Friday.', 'Friday', '2024-01-24', '2024-01-19'],
    ['The offer previously had been scheduled to expire Friday.', 'Friday', '2024-01-24', '2024-01-19'],
    ['The offer is due to expire Friday.', 'Friday', '2024-01-24', '2024-01-26'],
    // "until" opening a clause takes the tense of the verb after it
    ['Until Thursday, the police had not named him.', 'Thursday', '2024-01-24', '2024-01-18'],
    ['The board has until Thursday to answer.', 'Thursday', '2024-01-24', '2024-01-25'],
    // "as soon as" a few words back
    ['Funds were likely to buy as soon as trading opened Monday.', 'Monday', '2024-01-24', '2024-01-29'],
    // the word before a month far from the publish date: a deadline points forward, "since" back
    ['Lenders have extended loans through January.', 'January', '2024-10-30', '2025-01'],
    ['Prices have climbed since April.', 'April', '2024-10-30', '2024-04'],
    ['Shares had risen 5% by March, the fund said.', 'March', '2024-10-30', '2024-03'],
    // present-tense verbs of a scheduled event point forward; their infinitives do not
    ['Voters go to the polls on Sunday.', 'Sunday', '2024-01-24', '2024-01-28'],
    ['The two leaders meet separately Monday with the envoy.', 'Monday', '2024-01-24', '2024-01-29'],
    ['Factories struggled to meet demand on Monday.', 'Monday', '2024-01-24', '2024-01-22'],
    // a schedule points forward, unless the past perfect closes it
    ['The vote is set for Thursday.', 'Thursday', '2024-01-24', '2024-01-25'],
    ['The vote had been scheduled for Thursday.', 'Thursday', '2024-01-24', '2024-01-18'],
    // "ahead of" points to what comes after
    ['Traders had chosen to sell ahead of the weekend.', 'the weekend', '2024-01-24', '2024-W04-WE'],
    ['Traders had chosen to sell before the weekend.', 'the weekend', '2024-01-24', '2024-W03-WE'],
    // irregular participles are past
    ['He was last seen Nov. 3, his lawyer said.', 'Nov. 3', '2024-05-07', '2023-11-03'],
    // an abbreviation's period does not end the sentence the tense comes from
    ['In January, a week after the ruling in Roe vs. Wade was marked, a bomb killed a guard.', 'January', '2024-10-25', '2024-01'],
  ])('%s → "%s" (published %s) = %s', (sentence, phrase, published, value) => {
    expect(valueOf(sentence, phrase, published)).toBe(value)
  })

  it('keeps a month-day near the publish date the nearest one, whatever the tense', () => {
    expect(valueOf('Shareholders of record Nov. 10 were paid.', 'Nov. 10', '2024-10-25')).toBe('2024-11-10')
    expect(valueOf('The transaction will be completed by Jan. 14.', 'Jan. 14', '2024-01-24')).toBe('2024-01-14')
  })

  it('moves a month-day weeks back to the coming year when the clause points forward', () => {
    expect(valueOf('The election will be held on Nov. 5.', 'Nov. 5', '2024-01-24')).toBe('2024-11-05')
    expect(valueOf('The election was held on Nov. 5.', 'Nov. 5', '2024-01-24')).toBe('2023-11-05')
  })
})
