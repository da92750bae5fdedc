import { describe, expect, it } from 'vitest'
import { formatTimeMLValue } from '../../../src/ui/format-date.ts'

describe('formatTimeMLValue', () => {
  it.each([
    ['2024-01-23', 'Tue 23 Jan 2024'],
    ['2024-01-24T09:00', 'Wed 24 Jan 2024, 09:00'],
    ['2023-10', 'October 2023'],
    ['2023', '2023'],
    ['2024-Q1', 'Q1 2024'],
    ['2024-W04', 'week 4, 2024'],
    ['2024-SU', 'Summer 2024'],
    ['199', 'the 1990s'],
    ['PAST_REF', 'the past'],
    ['2023-02-30', '2023-02-30'],
    ['<script>', '<script>'],
  ])('%s → %s', (value, shown) => expect(formatTimeMLValue(value)).toBe(shown))
})
