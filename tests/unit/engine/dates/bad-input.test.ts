// Input that only looks like dates, impossible dates, odd and huge input: no exception, no
// false certainty.
import { describe, expect, it } from 'vitest'
import { findDates, resolveReference } from '../../../../src/engine/find-dates.ts'

const PUB = '2024-01-24'
const spans = (s: string, published: string | null = PUB) =>
  findDates(s, { published }).map((d) => [s.slice(d.start, d.end), d.value])

describe('numbers that only look like dates', () => {
  it.each([
    ['Shares closed at $2.50 a share.'],
    ['The Lakers won 3-2 on the road.'],
    ['The stock rose 3/8 to 21 1/2.'],
    ['The memorial honours the victims of 9/11.'],
    ['Some 2000 people marched.'],
    ['The company sold 1,990 cars.'],
    ['Flight 1549 landed safely.'],
    ['Sun Microsystems and March Networks merged.'],
    ['Turnout rose 20.5% in the vote.'],
    ['She told USA Today about the plan.'],
  ])('%s has no date', (s) => {
    expect(spans(s)).toEqual([])
  })
})

describe('impossible dates', () => {
  it('finds nothing in "Feb. 30" rather than a wrong day', () => {
    expect(spans('The deadline is Feb. 30.')).toEqual([])
  })
  it('rejects "Feb. 29" in a year without one but keeps it in a leap year', () => {
    expect(spans('It happened on Feb. 29, 2023.').filter(([, v]) => v.startsWith('2023-02'))).toEqual([])
    expect(spans('It happened on Feb. 29, 2024.')).toEqual([['Feb. 29, 2024', '2024-02-29']])
  })
  it('rejects "13/45/2020"', () => {
    expect(spans('Filed 13/45/2020.')).toEqual([])
  })
})

describe('no reference date', () => {
  it('keeps absolute dates and leaves relative ones unresolved', () => {
    expect(spans('On Aug. 8, 2023 he left; he came back on Tuesday and again last week.', null)).toEqual([
      ['Aug. 8, 2023', '2023-08-08'], ['Tuesday', 'XXXX-WXX-2'], ['last week', 'PAST_REF'],
    ])
  })
  it('falls back to today and says so', () => {
    expect(resolveReference(null, '2024-02-01')).toEqual({ date: '2024-02-01', source: 'today' })
    expect(resolveReference('not a date', null, ['2024-01-30T10:00:00Z'])).toEqual({ date: '2024-01-30', source: 'page' })
    expect(resolveReference(null, null)).toEqual({ date: null, source: 'none' })
    const s = 'He left yesterday.'
    expect(findDates(s, { published: null, today: '2024-02-01' })[0].value).toBe('2024-01-31')
  })
  it('uses the publish date as written, whatever its offset', () => {
    expect(resolveReference('2024-01-24T23:30:00-05:00', '2024-03-01')).toEqual({ date: '2024-01-24', source: 'published' })
  })
})

describe('odd and huge input', () => {
  it('takes empty and non-text input without throwing', () => {
    expect(findDates('', { published: PUB })).toEqual([])
    expect(findDates(undefined as unknown as string, { published: PUB })).toEqual([])
    expect(findDates('Tuesday', { published: 'garbage' })).toEqual([{ start: 0, end: 7, type: 'DATE', value: 'XXXX-WXX-2', grain: 'day' }])
  })
  it('handles a long text of digits, punctuation and dates, offsets in order and in range', () => {
    const chunk = 'On Jan. 10 the index rose 1,234.56 points (3-2, 9/11, $2.50) — 😀 “Tuesday” 1998-01-08; '
    const text = chunk.repeat(5_000)
    const found = findDates(text, { published: PUB })
    expect(found.length).toBe(5_000 * 3)
    let last = -1
    for (const d of found) {
      expect(d.start).toBeGreaterThan(last)
      expect(d.end).toBeLessThanOrEqual(text.length)
      last = d.start
    }
  })
})
