// News conventions, table driven: each row is a sentence we wrote, the phrase we expect found
// (exact extent) and its TimeML value, resolved against the publish date.
import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/engine/find-dates.ts'

function valueOf(sentence: string, phrase: string, published: string): string | undefined {
  const at = sentence.indexOf(phrase)
  const found = findDates(sentence, { published, lang: 'en' })
  return found.find((d) => d.start === at && d.end === at + phrase.length)?.value
}

// Wednesday 2024-01-24
const PUB = '2024-01-24'

describe('relative to the publish date (Wed 2024-01-24)', () => {
  it.each([
    ['The minister resigned on Monday.', 'Monday', '2024-01-22'],
    ['The minister will resign on Friday.', 'Friday', '2024-01-26'],
    ['The vote is expected to take place Thursday.', 'Thursday', '2024-01-25'],
    ['Officials said Wednesday that talks had failed.', 'Wednesday', '2024-01-24'],
    ['He arrived last Friday.', 'last Friday', '2024-01-19'],
    ['Prices fell last week.', 'last week', '2024-W03'],
    ['Prices fell this week.', 'this week', '2024-W04'],
    ['Prices may fall next week.', 'next week', '2024-W05'],
    ['Sales rose last month.', 'last month', '2023-12'],
    ['Sales rose this month.', 'this month', '2024-01'],
    ['Sales should rise next month.', 'next month', '2024-02'],
    ['Profit fell last year.', 'last year', '2023'],
    ['Profit should rise next year.', 'next year', '2025'],
    ['The law passed yesterday.', 'yesterday', '2024-01-23'],
    ['The court rules tomorrow.', 'tomorrow', '2024-01-25'],
    ['Results came in the third quarter.', 'the third quarter', '2023-Q3'],
    ['Third-quarter profit rose.', 'Third-quarter', '2023-Q3'],
    ['The plant closed in 1998.', '1998', '1998'],
    ['Music of the 1980s is back.', 'the 1980s', '198'],
    ['It happened a year ago.', 'a year ago', '2023'],
    ['It happened two weeks ago.', 'two weeks ago', '2024-W02'],
    ['Shares are now cheaper.', 'now', 'PRESENT_REF'],
    ['Prices rose recently.', 'recently', 'PAST_REF'],
    ['The storm hit this morning.', 'this morning', '2024-01-24TMO'],
    ['The offer expires at 5 p.m. EST, Jan. 26.', '5 p.m. EST, Jan. 26', '2024-01-26T17:00'],
    ['The summit ends Monday, Jan. 29.', 'Monday, Jan. 29', '2024-01-29'],
    ['The team won the title last spring.', 'last spring', '2023-SP'],
    ['The deal should close by year-end.', 'year-end', '2024'],
    ['Shares are up 5% since year-end.', 'year-end', '2023'],
    ['Christmas sales were weak.', 'Christmas', '2023-12-25'],
    ['The market crashed in late November.', 'late November', '2023-11'],
    ['Elections are planned for early March.', 'early March', '2024-03'],
    ['The plan was drafted in June.', 'June', '2023-06'],
    ['The treaty was signed Dec. 15, 1997.', 'Dec. 15, 1997', '1997-12-15'],
    ['The treaty was signed on 15 December 1997.', '15 December 1997', '1997-12-15'],
    ['Shares traded on 2024-01-19.', '2024-01-19', '2024-01-19'],
    ['Filed 11/02/89.', '11/02/89', '1989-11-02'],
  ])('%s → "%s" = %s', (sentence, phrase, value) => {
    expect(valueOf(sentence, phrase, PUB)).toBe(value)
  })
})

describe('ranges and datelines', () => {
  it('splits "Jan. 3-5" into its two ends', () => {
    const s = 'The fair runs Jan. 3-5 in Paris.'
    const found = findDates(s, { published: PUB })
    expect(found.map((d) => [s.slice(d.start, d.end), d.value])).toEqual([['Jan. 3', '2024-01-03'], ['5', '2024-01-05']])
  })

  it('finds both ends of "from March to May"', () => {
    const s = 'The works will run from March to May.'
    const found = findDates(s, { published: PUB })
    expect(found.map((d) => [s.slice(d.start, d.end), d.value])).toEqual([['March', '2024-03'], ['May', '2024-05']])
  })

  it('reads a dateline', () => {
    const s = 'BAGHDAD, Jan. 23 (Reuters) — Officials met.'
    expect(valueOf(s, 'Jan. 23', PUB)).toBe('2024-01-23')
  })

  it('reads an ambiguous month used before a noun as the month ("the March summit")', () => {
    expect(valueOf('The March summit will seal the deal.', 'March', PUB)).toBe('2024-03')
    expect(findDates('The May Department Stores chain grew.', { published: PUB })).toEqual([])
  })

  it('keeps "May" the verb out', () => {
    const s = 'May I ask? The company may sell it. It may rain in May.'
    const found = findDates(s, { published: PUB })
    expect(found.map((d) => s.slice(d.start, d.end))).toEqual(['May'])
    expect(found[0].start).toBe(s.lastIndexOf('May'))
  })
})

describe('earnings stories', () => {
  it('gives "a year earlier" the grain of the quarter being reported', () => {
    const s = 'Net income rose 10% in the third quarter from $5 million a year earlier.'
    expect(valueOf(s, 'a year earlier', '1989-10-26')).toBe('1988-Q3')
  })
  it('reads "the quarter" as the one last named', () => {
    const s = 'In the second quarter, sales fell. Margins shrank during the quarter.'
    expect(valueOf(s, 'the quarter', '1989-10-26')).toBe('1989-Q2')
  })
})
