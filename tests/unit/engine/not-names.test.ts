import { describe, expect, it } from 'vitest'
import { lowercaseAcronyms, withoutNonNames } from '../../../src/engine/not-names.ts'
import { tokenize } from '../../../src/engine/tokenize.ts'
import type { LabelSpan } from '../../../src/engine/labels.ts'

const PER = 0, ORG = 1, MISC = 3

/** Sentences we wrote, tokenized as the engine does, with the spans a tagger might give. */
function kept(text: string, spans: [number, string][]) {
  const words = tokenize(text).map((t) => t.text)
  const at = (w: string) => words.indexOf(w)
  const given: LabelSpan[] = spans.map(([type, w]) => ({ start: at(w), end: at(w) + 1, type }))
  return withoutNonNames(given, words.length, (i) => words[i]).map((s) => words[s.start])
}

describe('withoutNonNames', () => {
  it('drops a camelCase identifier or hashtag of any type, never a product prefix or a surname', () => {
    expect(kept('Call validateRange before the loop, said Dana.', [[PER, 'validateRange'], [PER, 'Dana']])).toEqual(['Dana'])
    expect(kept('Readers tweeted #deleteFacebook all week.', [[MISC, 'deleteFacebook']])).toEqual([])
    expect(kept('The iPhone and eBay beat McCoist and DeFreitas to macOS.', [[MISC, 'iPhone'], [ORG, 'eBay'], [PER, 'McCoist'],
      [PER, 'DeFreitas'], [MISC, 'macOS']])).toEqual(['iPhone', 'eBay', 'McCoist', 'DeFreitas', 'macOS'])
  })

  it('drops an organisation or person that the text spells out in lowercase, everywhere in it', () => {
    const text = 'The panel supports HDR (high dynamic range) video. Without HDR, the picture is flat. ' +
      'Tracking needs no "personally identifiable information" (PII) at all; PII is a legal term.'
    expect(kept(text, [[ORG, 'HDR'], [PER, 'PII']])).toEqual([])
    // an acronym its capitalised name introduces stays: "Named Binary Tag (NBT)", "World Health Organization (WHO)"
    expect(kept('It speaks Named Binary Tag (NBT), and NBT is compact.', [[MISC, 'NBT']])).toEqual(['NBT'])
    expect(kept('The World Health Organization (WHO) said WHO staff left.', [[ORG, 'WHO']])).toEqual(['WHO'])
    // CoNLL's MISC for a spelled-out disease stays ("bovine spongiform encephalopathy (BSE)")
    expect(kept('Cases of bovine spongiform encephalopathy (BSE) fell; BSE is rare.', [[MISC, 'BSE']])).toEqual(['BSE'])
  })

  it('finds only acronyms whose lowercase words spell them, and plurals of them', () => {
    const words = tokenize('Two application programming interfaces (APIs) and a BBC (British Broadcasting Corporation) crew.').map((t) => t.text)
    expect([...lowercaseAcronyms(words.length, (i) => words[i])]).toEqual(['API'])
  })
})
