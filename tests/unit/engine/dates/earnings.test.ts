// Earnings-story conventions: which quarter "the latest period" and "a year ago" compare, on
// stories we wrote. Published Saturday 2024-10-26 unless a row says otherwise.
import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/engine/find-dates.ts'

const PUB = '2024-10-26'

function valueOf(text: string, phrase: string, published = PUB): string | undefined {
  const at = text.indexOf(phrase)
  const found = findDates(text, { published, lang: 'en' })
  return found.find((d) => d.start === at && d.end === at + phrase.length)?.value
}

describe('the quarter being reported', () => {
  it('is not displaced by an outlook for the current or a coming quarter', () => {
    const s = 'Acme posted a drop in third-quarter profit. Analysts expect weakness to last into the fourth quarter and through the first quarter of 2025. In the year-ago period, Acme earned $5 million.'
    expect(valueOf(s, 'the year-ago period')).toBe('2023-Q3')
  })

  it('is what "the latest period" means, fiscal quarters included', () => {
    const s = 'Acme reported a 40% decline in fourth-quarter earnings. Sales in the latest period were $2 billion.'
    expect(valueOf(s, 'the latest period', '2024-11-02')).toBe('2024-Q4')
  })

  it('reads "the quarter a year ago" as one expression, a year back', () => {
    const s = 'Acme lost $3 million in the third quarter. For the quarter a year ago, it earned $1 million.'
    expect(valueOf(s, 'the quarter a year ago')).toBe('2023-Q3')
  })

  it('reads "the corresponding period last year" as one expression, a year back', () => {
    const s = 'Acme lost $3 million in the third quarter, against a profit for the corresponding period last year.'
    expect(valueOf(s, 'the corresponding period last year')).toBe('2023-Q3')
  })

  it('finds no date in "quarter-to-quarter"', () => {
    const s = 'Acme had a weak third quarter. The quarter-to-quarter comparison was hurt by charges.'
    const found = findDates(s, { published: PUB, lang: 'en' })
    expect(found.map((d) => s.slice(d.start, d.end))).toEqual(['third quarter'])
  })

  it('names a fiscal quarter by the calendar quarter of its middle month', () => {
    expect(valueOf('In the quarter ended July 31, Acme earned $2 million.', 'the quarter')).toBe('2024-Q2')
    expect(valueOf('In the quarter ended Sept. 30, Acme earned $2 million.', 'the quarter')).toBe('2024-Q3')
  })

  it('keeps a fiscal quarter\'s number for "the quarter ended ..." once it is named', () => {
    const s = 'Acme earned $5 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose. In the 2023 period, it lost money.'
    expect(valueOf(s, 'the quarter')).toBe('2024-Q1')
    expect(valueOf(s, 'the 2023 period')).toBe('2023-Q1')
  })

  it('reads halves: "the first half of the year", and leaves "the last half of the \'80s" to the decade', () => {
    expect(valueOf('In the first half of the year, exports rose.', 'the first half of the year')).toBe('2024-H1')
    const s = "Sales were flat in the last half of the '80s."
    expect(findDates(s, { published: PUB, lang: 'en' }).map((d) => [s.slice(d.start, d.end), d.value])).toEqual([["the '80s", '198']])
  })

  it('reads "Q3 2023", "H1 2024" and "the third quarter 2023" whole', () => {
    const s = 'Sales in Q3 2023 beat forecasts, H1 2024 looks weak and the third quarter 2022 was worse.'
    expect(findDates(s, { published: PUB, lang: 'en' }).map((d) => [s.slice(d.start, d.end), d.value])).toEqual([
      ['Q3 2023', '2023-Q3'], ['H1 2024', '2024-H1'], ['the third quarter 2022', '2022-Q3'],
    ])
  })

  it('reads "the first two quarters of 2025" as a half-year', () => {
    expect(valueOf('Prices should stay low through the first two quarters of 2025.', 'the first two quarters of 2025')).toBe('2025-H1')
  })
})

describe('"a year earlier" takes the grain of the period just named', () => {
  it('a quarter: the same quarter a year back', () => {
    const s = 'Acme earned $5 million in the third quarter, up from $4 million a year earlier.'
    expect(valueOf(s, 'a year earlier')).toBe('2023-Q3')
  })

  it('"the 2023 period" after the nine months: the year; "last year\'s quarter": still a quarter', () => {
    const s = 'Acme earned $5 million in the third quarter. For the nine months, it earned $9 million, against $8 million in the 2023 period. Sales for last year\'s quarter were $3 million.'
    expect(valueOf(s, 'the 2023 period')).toBe('2023')
    expect(valueOf(s, "last year's quarter")).toBe('2023-Q3')
  })

  it('a quarter named paragraphs back, with no other date since: still that quarter', () => {
    const filler = ' The company cited higher costs for fuel, labour and insurance across all of its divisions.'.repeat(8)
    const s = `Acme expects a third-quarter loss.${filler} A year earlier, it earned $2 million.`
    expect(valueOf(s, 'A year earlier')).toBe('2023-Q3')
    const dated = `Acme expects a third-quarter loss.${filler} In 2022 it lost money; a year ago, it earned $2 million.`
    expect(valueOf(dated, 'a year ago')).toBe('2023')
  })

  it('nine months or a year after the quarter: the year', () => {
    const s = 'Acme earned $5 million in the third quarter. For the nine months, it earned $9 million, compared with $8 million a year earlier.'
    expect(valueOf(s, 'a year earlier')).toBe('2023')
  })
})
