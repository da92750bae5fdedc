// Links that open the story at a note (#:~:text=), percent-encoded per the text fragments spec.
import { describe, expect, it } from 'vitest'
import { encodeFragmentPart, textFragmentUrl, type NoteSelectors } from '../../../src/notes/index.ts'

const target = (exact: string, prefix: string, suffix: string, source = 'https://example.org/story') => {
  const selector: NoteSelectors = [{ type: 'TextQuoteSelector', exact, prefix, suffix },
    { type: 'TextPositionSelector', start: 0, end: exact.length }]
  return { target: { source, selector } }
}

describe('text fragment links', () => {
  it('encodes the directive syntax characters - , & and spaces', () => {
    expect(encodeFragmentPart('U.S.-Iraq talks, rates & fees')).toBe('U%2ES%2E%2DIraq%20talks%2C%20rates%20%26%20fees')
  })
  it('builds prefix-,text,-suffix from whole words of the context', () => {
    const url = textFragmentUrl(target('The vote was 7 to 4.', 'ter midnight.\n\n', ' Mayor Ines Calder, who'))
    expect(url).toBe('https://example.org/story#:~:text=midnight%2E-,The%20vote%20was%207%20to%204%2E,-Mayor%20Ines%20Calder%2C')
  })
  it('drops context words cut in half and replaces an existing fragment', () => {
    const url = textFragmentUrl(target('library', 'ntral ', ' open', 'https://example.org/s#top'))
    expect(url).toBe('https://example.org/s#:~:text=library')
  })
  it('widens a quote that starts or ends inside a word to the whole word', () => {
    const url = textFragmentUrl(target('ouncil approv', 'rly on, the c', 'ed it on Monday'))
    expect(url).toBe('https://example.org/story#:~:text=on%2C%20the-,council%20approved,-it%20on')
  })
  it('links a long quote by its first and last words', () => {
    const exact = 'Property taxes will rise by 2.1 percent, slightly less than the 2.5 percent the mayor had proposed.'
    const url = textFragmentUrl(target(exact, '', ''))
    expect(url).toBe('https://example.org/story#:~:text=Property%20taxes%20will%20rise,the%20mayor%20had%20proposed%2E')
  })
})
