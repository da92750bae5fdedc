import { describe, expect, it } from 'vitest'
import { compareByStart, formatTimeMLValue, startOf } from '../../../src/ui/format-date.ts'

describe('formatTimeMLValue: dates as people write them', () => {
  it.each([
    ['2024-01-23', '23 Jan 2024'],
    ['2024-01-22T14:30', '22 Jan 2024, 14:30'],
    ['2024-01-24TMO', 'the morning of 24 Jan 2024'],
    ['2024-01-24TNI', 'the night of 24 Jan 2024'],
    ['2024-01', 'January 2024'],
    ['2023', '2023'],
    ['2019-Q4', 'Q4 2019'],
    ['2024-H1', 'the first half of 2024'],
    ['2024-W04', 'the week of 22 Jan 2024'],
    ['2024-W4', 'the week of 22 Jan 2024'],
    ['2020-W53', 'the week of 28 Dec 2020'],
    ['2024-W04-WE', 'the weekend of 27 Jan 2024'],
    ['2024-SP', 'spring 2024'],
    ['2024-FA', 'autumn 2024'],
    ['202', 'the 2020s'],
    ['199', 'the 1990s'],
    ['19', 'the 20th century'],
    ['20', 'the 21st century'],
    ['2023-02-30', '2023-02-30'],
    ['<script>', '<script>'],
  ])('%s → %s', (value, shown) => expect(formatTimeMLValue(value)).toBe(shown))

  it('names the weekday when asked (the notes library’s publish dates)', () => {
    expect(formatTimeMLValue('2024-01-23', { weekday: true })).toBe('Tue 23 Jan 2024')
    expect(formatTimeMLValue('2024-01-24T09:00', { weekday: true })).toBe('Wed 24 Jan 2024, 09:00')
  })

  it('no longer reads a vague reference as a date', () => {
    for (const v of ['PAST_REF', 'FUTURE_REF', 'PRESENT_REF']) expect(formatTimeMLValue(v)).not.toMatch(/the past|the future|now/)
  })
})

describe('startOf and timeline order', () => {
  it.each([
    ['2024-01-23', '2024-01-23T00:00'],
    ['2024-01-23T14:30', '2024-01-23T14:30'],
    ['2024-W04', '2024-01-22T00:00'],
    ['2019-Q4', '2019-10-01T00:00'],
    ['2024-SU', '2024-06-01T00:00'],
    ['202', '2020-01-01T00:00'],
    ['2024', '2024-01-01T00:00'],
    ['FUTURE_REF', null],
  ])('%s starts %s', (value, start) => expect(startOf(value)).toBe(start))

  it('orders by start, the wider first, then by place in the story (not as strings sort)', () => {
    const items = ['2024-W04', '2024-01-23', '2024-01', '2023-10-07', '2019-Q4', '2024-01-22', '202', '2024-01-23T09:00']
      .map((value, start) => ({ value, start }))
    expect(items.sort(compareByStart).map((i) => i.value))
      .toEqual(['2019-Q4', '202', '2023-10-07', '2024-01', '2024-W04', '2024-01-22', '2024-01-23', '2024-01-23T09:00'])
  })
})
