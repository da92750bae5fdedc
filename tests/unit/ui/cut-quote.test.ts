// The editor's quote: whole when it fits, else cut at a word boundary with an ellipsis, which is
// there exactly when something was cut.
import { describe, expect, it } from 'vitest'
import { cutQuote, EDITOR_QUOTE_CHARS } from '../../../src/ui/cut-quote.ts'

describe('cutQuote', () => {
  it('leaves a short quote whole, with no ellipsis', () => {
    expect(cutQuote('The injured troops suffered head injuries.')).toBe('The injured troops suffered head injuries.')
    expect(cutQuote('x'.repeat(EDITOR_QUOTE_CHARS))).toBe('x'.repeat(EDITOR_QUOTE_CHARS))
    // Whitespace as the page laid it out (new lines, no-break spaces) reads as single spaces.
    expect(cutQuote('  two\n\u00a0words ')).toBe('two words')
  })

  it('cuts a long quote between words and ends it with an ellipsis', () => {
    const long = 'The U.S. military’s most senior officer will meet his Iraqi counterpart on Thursday, and the two will discuss the future of the coalition in the country, officials said.'
    const cut = cutQuote(long, 60)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(61)
    const kept = cut.slice(0, -1)
    expect(long.startsWith(kept)).toBe(true)
    // At a word boundary: what follows the kept part in the quote is a space.
    expect(long[kept.length]).toBe(' ')
    expect(cut).toBe('The U.S. military’s most senior officer will meet his Iraqi…')
  })

  it('keeps a last word that ends right at the limit', () => {
    expect(cutQuote('abcd efgh ijkl', 9)).toBe('abcd efgh…')
  })

  it('drops a comma or dash left before the cut', () => {
    expect(cutQuote('one two, three four five', 9)).toBe('one two…')
    expect(cutQuote('one two — three four five', 10)).toBe('one two…')
  })

  it('cuts inside a word only when the word is far longer than a line', () => {
    const cut = cutQuote('a ' + 'x'.repeat(200), 60)
    expect(cut).toBe('a ' + 'x'.repeat(58) + '…')
  })

  it('never splits a surrogate pair', () => {
    const cut = cutQuote('😀'.repeat(50), 61)
    expect(cut).toBe('😀'.repeat(30) + '…')
  })
})
