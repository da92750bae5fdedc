// The tokenizer is linear on every input a page can hold: work is counted (code units examined,
// tokens made, look-aheads past a token), never timed.
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../src/engine/tokenize.ts'
import { expectLinear, repeatTo } from '../support/linear.ts'

function work(text: string): number {
  const w = { steps: 0 }
  const tokens = tokenize(text, w)
  if (text.trim().length > 0) expect(tokens.at(-1)!.end).toBeLessThanOrEqual(text.length)
  return w.steps
}

describe('tokenize does linear work', () => {
  it('on a 5 MB word, whatever it is made of', () => {
    // letters, letters and digits, hyphen compounds, abbreviations, and an abbreviation that opens
    // a hyphen compound ("U.S.-led"), which reads past the token limit once
    for (const unit of ['a', 'ab1', 'x-y', 'A.B', 'a.b-c']) {
      expectLinear((n) => work(repeatTo(unit, n)), 1_250_000)
    }
    expectLinear((n) => work('U.S.-' + repeatTo('a-b', n)), 1_250_000)
  })

  it('on a long run of one punctuation mark', () => {
    for (const mark of ['.', '!', '-', ',', '"', '’', '…', '(', '$', '\'', '\u00ad']) {
      expectLinear((n) => work(mark.repeat(n)), 50_000)
    }
  })

  it('after a terminator or an abbreviation followed by a long run of closers or spaces', () => {
    // followedByLowercase and opensSentence look past a token: each run is read once
    expectLinear((n) => work('Yes!' + '"'.repeat(n) + 'x'), 100_000)
    expectLinear((n) => work(repeatTo('!"""""""""', n)), 100_000)
    expectLinear((n) => work('Gen.' + ' '.repeat(n) + 'The'), 100_000)
    expectLinear((n) => work(repeatTo('U.S. ', n)), 100_000)
  })

  it('on 100,000 one-character paragraphs and 50,000 lines of link text', () => {
    expectLinear((n) => work('a\n\n'.repeat(n)), 25_000)
    expectLinear((n) => work('Read more\n'.repeat(n)), 12_500)
  })
})
