import { describe, expect, it } from 'vitest'
import { withQuotedWorks } from '../../../src/engine/quoted-works.ts'
import { tokenize } from '../../../src/engine/tokenize.ts'
import type { LabelSpan } from '../../../src/engine/labels.ts'

const PER = 0, ORG = 1, MISC = 3

/** A sentence we wrote, tokenized as the engine does, with the spans a tagger might give (by first word). */
function works(text: string, spans: [number, string, number][] = []) {
  const words = tokenize(text).map((t) => t.text)
  const given: LabelSpan[] = spans.map(([type, w, len]) => ({ start: words.indexOf(w), end: words.indexOf(w) + len, type }))
  return withQuotedWorks(given, words.length, (i) => words[i]).map((s) => [s.type, words.slice(s.start, s.end).join(' ')])
}

describe('withQuotedWorks', () => {
  it('makes a quoted title after a word that names a work one MISC, in place of what the tagger found inside', () => {
    expect(works('Her 1971 paper titled “Slow Rivers of Mind.” was cited by Ana Ruiz.', [[PER, 'Rivers', 3], [PER, 'Ana', 2]]))
      .toEqual([[MISC, 'Slow Rivers of Mind'], [PER, 'Ana Ruiz']])
    expect(works('In his book "A Harbor Built in Fog: Notes from the Coast," Tom Lee wrote it.', [[ORG, 'Harbor', 2]]))
      .toEqual([[MISC, 'A Harbor Built in Fog : Notes from the Coast']])
  })

  it('takes a second title joined to the first, and nothing in quotes without a word that names a work', () => {
    expect(works('signs with titles in the film “Paper Moons” and “The Last Bell.”'))
      .toEqual([[MISC, 'Paper Moons'], [MISC, 'The Last Bell']])
    // a slogan or a quoted remark stays as tagged: no work word before it
    expect(works('a sign that read “Glory to Labour,” said Mira Voss.', [[MISC, 'Labour', 1]])).toEqual([[MISC, 'Labour']])
    // a lowercase quotation is no title
    expect(works('the show “was never meant to last,” she said.')).toEqual([])
  })
})
