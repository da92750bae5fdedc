import { describe, expect, it } from 'vitest'
import { EARLY_BONUS, TITLE_WEIGHT, isPromotion, salience } from '../../../src/ui/salience.ts'

describe('salience', () => {
  it('counts body mentions, headline mentions TITLE_WEIGHT times, and an early first mention', () => {
    expect(salience({ bodyMentions: 3, titleMentions: 0, firstAt: 0.9 })).toBe(3)
    expect(salience({ bodyMentions: 3, titleMentions: 1, firstAt: 0.9 })).toBe(3 + TITLE_WEIGHT)
    expect(salience({ bodyMentions: 1, titleMentions: 0, firstAt: 0 })).toBe(1 + EARLY_BONUS)
    expect(salience({ bodyMentions: 1, titleMentions: 0, firstAt: 0.1 })).toBeCloseTo(1 + EARLY_BONUS / 2)
    expect(salience({ bodyMentions: 0, titleMentions: 1, firstAt: null })).toBe(TITLE_WEIGHT)
  })

  it('ranks a name the headline and body both use above one named often late', () => {
    const iraq = salience({ bodyMentions: 11, titleMentions: 1, firstAt: 0.02 })
    const late = salience({ bodyMentions: 12, titleMentions: 0, firstAt: 0.8 })
    expect(iraq).toBeGreaterThan(late)
  })
})

describe('isPromotion', () => {
  it.each([
    ['CLICK HERE TO READ MORE FROM THE WASHINGTON EXAMINER', true],
    ['Read more from the Harbour Press', true],
    ['Advertisement', true],
    ['Sign up for our newsletter', true],
    ['Readers can read more from the council on its site, which published the full budget on Tuesday with notes.', false],
    ['The Pentagon said it would read more into the reports.', false],
  ])('%s → %s', (line, promo) => expect(isPromotion(line)).toBe(promo))
})
