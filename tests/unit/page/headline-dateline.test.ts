// crossCheckedDay: the metadata's publish day against the day shown by the headline. A shown day
// two days or more before the metadata's wins (metadata dating a rebuild or a republication); a day
// apart is a time zone and a later shown day is no better than the metadata, so those keep it.
import { describe, expect, it } from 'vitest'
import { crossCheckedDay } from '../../../src/page/headline-dateline.ts'

describe('crossCheckedDay', () => {
  it.each([
    ['2031-11-20T10:00:00+00:00', '2031-05-14', '2031-05-14'],
    ['2031-11-20T10:00:00+00:00', '2031-11-18', '2031-11-18'],
    ['2031-11-20T01:00:00+09:00', '2031-11-19', '2031-11-20T01:00:00+09:00'],
    ['2031-11-20', '2031-11-20', '2031-11-20'],
    ['2031-11-20', '2032-01-01', '2031-11-20'],
    ['2031-11-20', null, '2031-11-20'],
    ['2031-11', '2031-05-14', '2031-11'],
  ])('%s with %s shown → %s', (stated, shown, day) => expect(crossCheckedDay(stated, shown)).toBe(day))
})
