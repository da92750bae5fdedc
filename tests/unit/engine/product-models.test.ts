import { describe, expect, it } from 'vitest'
import { GAZ_LISTS } from '../../../src/engine/gazetteer.ts'
import { withProductModels } from '../../../src/engine/product-models.ts'
import type { LabelSpan } from '../../../src/engine/labels.ts'

const PER = 0, ORG = 1, MISC = 3
const code = (list: string, c: number) => c << (GAZ_LISTS.indexOf(list as never) * 2)

/** Sentences we wrote, with the spans a tagger might give and the product list's codes. */
function models(text: string, spans: [number, number, number][], gaz: Record<number, number> = {}) {
  const words = text.split(' ')
  const given: LabelSpan[] = spans.map(([start, end, type]) => ({ start, end, type }))
  const g = Uint32Array.from(words.map((_, i) => gaz[i] ?? 0))
  return withProductModels(given, words.length, (i) => words[i], g).map((s) => [s.type, words.slice(s.start, s.end).join(' ')])
}

describe('withProductModels', () => {
  it('takes a version and a model word into the name, a model word tagged alone too', () => {
    expect(models('games for the Zentro 5 Pro run fast', [[3, 4, ORG], [5, 6, MISC]])).toEqual([[MISC, 'Zentro 5 Pro']])
    expect(models('the Lumo S24 Ultra costs more', [[1, 2, ORG]])).toEqual([[MISC, 'Lumo S24 Ultra']])
    expect(models('a demo of the Orb Vision Pro headset', [[4, 6, ORG]])).toEqual([[MISC, 'Orb Vision Pro']])
  })

  it('takes a bare version only where the product list holds the name with it and the sentence goes on', () => {
    const listed = { 2: code('misc-product', 1), 3: code('misc-product', 2) }
    expect(models('using the Fonix 4 for years', [[2, 3, ORG]], listed)).toEqual([[MISC, 'Fonix 4']])
    // a number after a name the list does not hold with it is a score or a count
    expect(models('Arbroath 0 Stranraer 1', [[0, 1, ORG], [2, 3, ORG]], { 0: code('misc-product', 3) }))
      .toEqual([[ORG, 'Arbroath'], [ORG, 'Stranraer']])
    expect(models('Benetton 1 minute behind', [[0, 1, ORG]])).toEqual([[ORG, 'Benetton']])
  })

  it('leaves a person, and a name a longer span runs on from', () => {
    expect(models('Henry VIII Pro', [[0, 1, PER]])).toEqual([[PER, 'Henry']])
    expect(models('the Zentro 5 Pro Gaming League', [[1, 2, ORG], [3, 6, ORG]])).toEqual([[ORG, 'Zentro'], [ORG, 'Pro Gaming League']])
  })
})
