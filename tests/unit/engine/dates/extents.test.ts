// Extents as TimeML draws them: adjectives leave their "the" and "its" to the noun after them,
// possessives stay out. Sentences we wrote.
import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/engine/find-dates.ts'

const extents = (s: string) => findDates(s, { published: '2024-10-26', lang: 'en' }).map((d) => s.slice(d.start, d.end))

describe('extents', () => {
  it.each([
    ['Acme said its third-quarter profit rose.', 'third-quarter'],
    ['The third-quarter results were weak.', 'third-quarter'],
    ['Acme said its third quarter was weak.', 'third quarter'],
    ['The year-ago results were restated.', 'year-ago'],
    ["Friday's meeting was cancelled.", 'Friday'],
  ])('%s → "%s"', (s, extent) => {
    expect(extents(s)).toEqual([extent])
  })

  it('keeps "the" of a quarter used as a noun', () => {
    expect(extents('Sales rose in the third quarter.')).toEqual(['the third quarter'])
    expect(extents('In the year-ago quarter, sales fell.')).toEqual(['the year-ago quarter'])
  })
})
