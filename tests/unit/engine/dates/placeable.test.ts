// Dates a reader can place: the calendar periods and times are shown; vague references, durations,
// sets and values with unknown parts are not. On the demo story, the reading view keeps the
// calendar phrases and drops "the future", "soon" and "recent".
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isPlaceable, placeableDates } from '../../../../src/engine/dates/placeable.ts'
import { findDates } from '../../../../src/engine/find-dates.ts'

describe('isPlaceable', () => {
  it.each([
    '2024-01-23', '2024-01-24T14:30', '2024-01-24T14:30:05', '2024-01-24TMO', '2024-01-24TNI',
    '2024-W04', '2024-W4', '2024-W04-WE', '2024-01', '2019-Q4', '2024-H1', '2024-SP', '2024-WI',
    '2024', '202', '20',
  ])('%s is on the calendar', (v) => expect(isPlaceable(v)).toBe(true))

  it.each([
    'PAST_REF', 'PRESENT_REF', 'FUTURE_REF', 'P3W', 'PXY', 'XXXX-WXX-2', 'XXXX-01', 'XXXX-Q1', '2024-QX',
    '2024-WXX', 'T09:00', '2024-01-XX', '', '<b>',
  ])('%s is not', (v) => expect(isPlaceable(v)).toBe(false))
})

describe('placeableDates', () => {
  it('keeps dates and times only, in their order', () => {
    const d = (value: string, type: 'DATE' | 'TIME' | 'DURATION' | 'SET' = 'DATE') => ({ start: 0, end: 1, type, value, grain: 'day' as const })
    expect(placeableDates([d('2024-01-23'), d('FUTURE_REF'), d('P3W', 'DURATION'), d('2024-01-24T09:00', 'TIME'), d('2024', 'SET')]).map((x) => x.value))
      .toEqual(['2024-01-23', '2024-01-24T09:00'])
  })

  it('on the demo story: the calendar phrases stay, the vague ones go', () => {
    // The fixture in our own words, with the vague phrases of the publisher's text added.
    const text = readFileSync(new URL('../../../fixtures/dates/demo-story.txt', import.meta.url), 'utf8') +
      '\nThe talks begin soon. The timing is not related to recent attacks. Troops are currently there, and now more will come. ' +
      'That was earlier this week, and much is still in the past.'
    const all = findDates(text, { published: '2024-01-24T06:00:00-05:00', lang: 'en' })
    const phrases = (ds: typeof all) => ds.map((x) => text.slice(x.start, x.end))
    expect(phrases(all)).toEqual(expect.arrayContaining(['the future', 'soon', 'recent']))
    const shown = phrases(placeableDates(all))
    expect(shown).toEqual(expect.arrayContaining(['last August', 'Aug. 8, 2023', 'mid-October', 'early Wednesday morning',
      'Tuesday', 'earlier this month', 'Jan. 10', 'Oct. 7', 'earlier this week']))
    expect(shown.filter((p) => /future|soon|recent|now|current|past/i.test(p))).toEqual([])
  })
})
