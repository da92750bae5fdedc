// The date finder is linear on every input a page can hold: work is counted (trigger words,
// code units tokenized in the windows around them, grammar attempts, code units the tense cues
// read), never timed. The trigger scan itself is one regular expression of bounded alternatives,
// linear in the text by construction.
import { describe, expect, it } from 'vitest'
import { findDates } from '../../../src/engine/find-dates.ts'
import { expectLinear, repeatTo } from '../support/linear.ts'

function work(text: string): number {
  const w = { steps: 0 }
  findDates(text, { published: '2024-01-22', work: w })
  return w.steps
}

describe('findDates does linear work', () => {
  it('on a 5 MB word, whatever it is made of', () => {
    for (const unit of ['a', 'May', '1', 'a1', 'x-2024']) {
      expectLinear((n) => work(repeatTo(unit, n)), unit === 'a' || unit === 'May' || unit === '1' ? 1_250_000 : 50_000)
    }
  })

  it('on a long run of one punctuation mark', () => {
    for (const mark of ['.', '!', '-', ',', '"', '’', '/', ':', '\'']) {
      expectLinear((n) => work(mark.repeat(n) + ' on Monday'), 50_000)
    }
  })

  it('on 100,000 one-character paragraphs, 50,000 link lines and a date in every sentence', () => {
    expectLinear((n) => work('a\n\n'.repeat(n)), 25_000)
    expectLinear((n) => work('Read more\n'.repeat(n)), 12_500)
    expectLinear((n) => work('He left on Monday, March 4, 2024. '.repeat(n)), 2_500)
    expectLinear((n) => work('1 2 3 '.repeat(n)), 2_500)
  })

  it('reads a long word before a sentence end once, not once for every date near it', () => {
    // The tense cue looks back from each period in its 160-character window for an abbreviation
    // ("Gen.", "U.S."): without a bound it read the whole word before the period again for every
    // date within reach of it: ten times a 1 MB word here.
    const dates = ' He left in June.'.repeat(20)
    const n = 1_000_000
    const w = work('a'.repeat(n) + '.' + dates)
    expect(w / n).toBeLessThan(2)
  })
})
