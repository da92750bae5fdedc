// The demo story, in our own words: each phrase resolves against the publish date.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/engine/find-dates.ts'

const text = readFileSync(new URL('../../../fixtures/dates/demo-story.txt', import.meta.url), 'utf8')
const found = findDates(text, { published: '2024-01-24T06:00:00-05:00', lang: 'en' })
const valueOf = (phrase: string) => {
  const at = text.indexOf(phrase)
  const m = found.find((d) => d.start === at && d.end === at + phrase.length)
  return m?.value
}

describe('demo story published 2024-01-24', () => {
  it.each([
    ['Aug. 8, 2023', '2023-08-08'],
    ['last August', '2023-08'],
    ['Jan. 10', '2024-01-10'],
    ['Oct. 7', '2023-10-07'],
    ['mid-October', '2023-10'],
    ['Tuesday', '2024-01-23'],
    ['early Wednesday morning', '2024-01-24'],
    ['earlier this month', '2024-01'],
  ])('%s is %s, with the extent TimeML gives it', (phrase, value) => {
    expect(valueOf(phrase)).toBe(value)
  })

  it('leaves prepositions out of the extents', () => {
    for (const d of found) expect(text.slice(d.start, d.end)).not.toMatch(/^(on|in|since|at)\b/i)
  })

  it('reads "the future" in the headline as FUTURE_REF, the only date there', () => {
    expect(found.filter((d) => d.start < text.indexOf('\n'))).toEqual([
      expect.objectContaining({ value: 'FUTURE_REF' }),
    ])
  })
})
