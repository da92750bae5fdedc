// describe() and anchor() on small hand-made texts: each step of the strategy and each refusal.
import { describe as group, expect, it } from 'vitest'
import { anchor, describe } from '../../../../src/page/anchoring/index.ts'
import { CONTEXT_LENGTH } from '../../../../src/page/anchoring/describe.ts'

const STORY = 'The council met on Tuesday to discuss the budget. Mayor Ines Calder said the city ' +
  'would repair the ferry terminal roof before winter.\n\nCouncil member Rafael Osei said the ' +
  'library would stay open on Sundays. The vote on the budget was delayed until Thursday.'

const noteOn = (text: string, passage: string, nth = 0) => {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1)
  return describe(text, at, at + passage.length)!
}

group('describe', () => {
  it('returns the quote with its context and the position in UTF-16 code units', () => {
    const [quote, position] = noteOn(STORY, 'Mayor Ines Calder')
    expect(quote.exact).toBe('Mayor Ines Calder')
    expect(quote.prefix).toBe(STORY.slice(position.start - CONTEXT_LENGTH, position.start))
    expect(quote.suffix).toBe(' said the city would repair the ')
    expect(STORY.slice(position.start, position.end)).toBe('Mayor Ines Calder')
  })
  it('keeps shorter context at the edges of the text', () => {
    const [quote] = noteOn(STORY, 'The council')
    expect(quote.prefix).toBe('')
  })
  it('never cuts a surrogate pair in the context', () => {
    const text = 'x'.repeat(10) + '🙂' + 'y'.repeat(31) + 'QUOTE' + 'z'.repeat(31) + '🙂' + 'w'
    const [quote] = describe(text, 43, 48)!
    expect(quote.exact).toBe('QUOTE')
    expect(quote.prefix).toBe('y'.repeat(31))
    expect(quote.suffix).toBe('z'.repeat(31))
    expect(quote.prefix.length + quote.suffix.length).toBe(62)
  })
  it('refuses empty and out-of-range passages', () => {
    expect(describe(STORY, 5, 5)).toBeNull()
    expect(describe(STORY, -1, 4)).toBeNull()
    expect(describe(STORY, 0, STORY.length + 1)).toBeNull()
    expect(describe(STORY, 1.5, 4)).toBeNull()
  })
})

group('anchor', () => {
  it('uses the stored position when the text is unchanged', () => {
    const sel = noteOn(STORY, 'repair the ferry terminal roof')
    expect(anchor(STORY, sel)).toEqual({ start: sel[1].start, end: sel[1].end, confidence: 1,
      method: 'position', changed: false })
  })
  it('finds the exact quote after text was inserted before it', () => {
    const sel = noteOn(STORY, 'repair the ferry terminal roof')
    const edited = 'Updated on Friday. ' + STORY
    const found = anchor(edited, sel)!
    expect(found.method).toBe('quote')
    expect(edited.slice(found.start, found.end)).toBe('repair the ferry terminal roof')
    expect(found.changed).toBe(false)
  })
  it('finds an edited passage fuzzily and says it changed', () => {
    const sel = noteOn(STORY, 'Council member Rafael Osei said the library would stay open on Sundays.')
    const edited = STORY.replace('would stay open on Sundays', 'will stay open on Sundays')
    const found = anchor(edited, sel)!
    expect(found.method).toBe('fuzzy')
    expect(found.changed).toBe(true)
    expect(edited.slice(found.start, found.end)).toBe(
      'Council member Rafael Osei said the library will stay open on Sundays.')
  })
  it('does not report whitespace-only changes as changed', () => {
    const sel = noteOn(STORY, 'Mayor Ines Calder said the city would repair')
    const edited = STORY.replace('Calder said', 'Calder  said')
    const found = anchor(edited, sel)!
    expect(found.method).toBe('fuzzy')
    expect(found.changed).toBe(false)
  })
  it('tells a repeated quote apart by its context', () => {
    const first = noteOn(STORY, 'the budget', 0)
    const second = noteOn(STORY, 'the budget', 1)
    const edited = 'A new first sentence. ' + STORY
    expect(edited.slice(anchor(edited, first)!.start - 12, anchor(edited, first)!.start)).toBe(' to discuss ')
    expect(edited.slice(anchor(edited, second)!.start - 12, anchor(edited, second)!.start)).toBe('The vote on ')
  })
  it('orphans a passage that was removed, even when its words appear elsewhere', () => {
    const sel = noteOn(STORY, 'the budget', 1)
    const edited = STORY.replace(' The vote on the budget was delayed until Thursday.', '')
    expect(anchor(edited, sel)).toBeNull()
  })
  it('orphans a short passage deleted from between its neighbours', () => {
    const sel = noteOn(STORY, 'said', 1)
    expect(anchor(STORY.replace('Osei said the', 'Osei the'), sel)).toBeNull()
  })
  it('orphans when only a selector without a quote is given', () => {
    const [, position] = noteOn(STORY, 'Mayor')
    expect(anchor(STORY, [position])).toBeNull()
  })
  it('re-anchors a whole paragraph moved elsewhere', () => {
    const paragraph = 'Council member Rafael Osei said the library would stay open on Sundays. ' +
      'The vote on the budget was delayed until Thursday.'
    const text = STORY + '\n\nThe meeting ended at midnight after a long debate about parking.'
    const sel = noteOn(text, paragraph)
    const [a, b, c] = text.split('\n\n')
    const moved = [b, c, a].join('\n\n')
    const found = anchor(moved, sel)!
    expect(found.start).toBe(0)
    expect(moved.slice(found.start, found.end)).toBe(paragraph)
  })
  it('prefers the edited passage at its place over an unedited twin far away', () => {
    const para = 'Council member Rafael Osei said the library would stay open on Sundays after the vote.'
    const filler = ' The meeting also covered parking, bus routes and the harbour wall.'.repeat(12)
    const text = `${para}\n\n${filler.trim()}\n\n${para}`
    const sel = describe(text, 15, 60)! // in the first copy
    const edited = text.replace('Council member Rafael Osei said the library would', 'Council member Rafael Osei said the library will')
    const found = anchor(edited, sel)!
    expect(found.start).toBe(15)
    expect(found.method).toBe('fuzzy')
  })
})
