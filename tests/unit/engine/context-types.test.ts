import { describe, expect, it } from 'vitest'
import { typesFromContext } from '../../../src/engine/context-types.ts'
import { mentionSpans, spanConfidence } from '../../../src/engine/find-mentions.ts'
import { GAZ_LISTS } from '../../../src/engine/gazetteer.ts'
import { labelOf, PART_B, PART_I, PART_L, PART_U, type LabelSpan } from '../../../src/engine/labels.ts'
import { STATED_CONFIDENCE } from '../../../src/engine/entity-role.ts'

const PER = 0, ORG = 1, LOC = 2, MISC = 3
const O = 0
const B = (t: number) => labelOf(t, PART_B), I = (t: number) => labelOf(t, PART_I)
const L = (t: number) => labelOf(t, PART_L), U = (t: number) => labelOf(t, PART_U)
const code = (list: string, c: number) => c << (GAZ_LISTS.indexOf(list as never) * 2)

/** Sentences we wrote, tagged as the tagger might; the rules run on the spans. */
function retyped(words: string[], spans: LabelSpan[], gaz: Record<number, number> = {}) {
  const g = Uint32Array.from(words.map((_, i) => gaz[i] ?? 0))
  return typesFromContext(spans, words.length, (i) => words[i], g).map((s) => [s.type, words.slice(s.start, s.end).join(' ')])
}

describe('typesFromContext', () => {
  it('takes an acronym that reports for an organisation: a news agency, tagged or not', () => {
    const words = 'The outage lasted hours , the AP reported , and AFP said the same'.split(' ')
    expect(retyped(words, [{ start: 10, end: 11, type: PER }])).toEqual([[ORG, 'AP'], [ORG, 'AFP']])
    // a country that reports stays a place; an acronym that does not report is not added
    expect(retyped('the UAE said'.split(' '), [{ start: 1, end: 2, type: LOC }])).toEqual([[LOC, 'UAE']])
    expect(retyped('the AP style guide'.split(' '), [])).toEqual([])
  })

  it('makes a seat of government that acts the government, and leaves the building a place', () => {
    const house = { 2: code('org-wordnet', 1), 3: code('org-wordnet', 2) }
    expect(retyped('Yesterday the White House said'.split(' '), [{ start: 2, end: 4, type: LOC }], house)).toEqual([[ORG, 'White House']])
    expect(retyped('a dinner at White House tonight'.split(' '), [{ start: 3, end: 5, type: LOC }], { 3: code('org-wordnet', 1), 4: code('org-wordnet', 2) }))
      .toEqual([[LOC, 'White House']])
    // a possessive is no act: "Wall Street 's expectations" stays a place
    expect(retyped(['Wall', 'Street', "'s", 'view'], [{ start: 0, end: 2, type: LOC }], { 0: code('org-wordnet', 1), 1: code('org-wordnet', 2) }))
      .toEqual([[LOC, 'Wall Street']])
  })

  it('takes where analysts work for an organisation, even a firm with a person\'s name', () => {
    const words = 'said analysts at Jefferies and a doctor at Mercy Hospital'.split(' ')
    expect(retyped(words, [{ start: 3, end: 4, type: PER }, { start: 8, end: 10, type: LOC }])).toEqual([[ORG, 'Jefferies'], [LOC, 'Mercy Hospital']])
    expect(retyped('dinner at Jane Roe'.split(' '), [{ start: 2, end: 4, type: PER }])).toEqual([[PER, 'Jane Roe']])
  })

  it('never takes a time zone after a clock time for a person', () => {
    const words = 'The briefing starts at 3 p.m. ET on Thursday'.split(' ')
    expect(retyped(words, [{ start: 6, end: 7, type: PER }])).toEqual([[MISC, 'ET']])
    expect(retyped('at 10:30 EST'.split(' '), [{ start: 2, end: 3, type: ORG }])).toEqual([[MISC, 'EST']])
    // not a time zone without a clock time before it
    expect(retyped('Steven Spielberg made ET'.split(' '), [{ start: 3, end: 4, type: PER }])).toEqual([[PER, 'ET']])
  })
})

describe('names that say what they are', () => {
  const run = (words: string[], labels: number[]) => {
    const l = Uint8Array.from(labels)
    const margins = new Float32Array(words.length) // margin 0: confidence below what the reading view paints
    return mentionSpans(l, (i) => words[i], new Uint32Array(words.length))
      .map((s) => [s.type, words.slice(s.start, s.end).join(' '), spanConfidence(l, margins, s, (i) => words[i])])
  }

  it('makes a gathering an event and a law an other name, sure of what they are', () => {
    expect(run(['the', 'Joint', 'Security', 'Dialogue', 'met'], [O, B(ORG), I(ORG), L(ORG), O]))
      .toEqual([[MISC, 'Joint Security Dialogue', STATED_CONFIDENCE]])
    expect(run(['the', 'Harbour', 'Film', 'Festival'], [O, B(ORG), I(ORG), L(ORG)])).toEqual([[MISC, 'Harbour Film Festival', STATED_CONFIDENCE]])
    expect(run(['the', 'Clean', 'Rivers', 'Act'], [O, B(ORG), I(ORG), L(ORG)])).toEqual([[MISC, 'Clean Rivers Act', STATED_CONFIDENCE]])
    expect(run(['Tarn', 'City', 'Council', 'voted'], [B(LOC), I(LOC), L(LOC), O])).toEqual([[ORG, 'Tarn City Council', STATED_CONFIDENCE]])
  })

  it('makes amendments and codes laws, and prizes, awards and uprisings other names', () => {
    expect(run(['under', 'the', 'Fourth', 'Amendment'], [O, O, B(ORG), L(ORG)])).toEqual([[MISC, 'Fourth Amendment', STATED_CONFIDENCE]])
    expect(run(['the', 'Harbour', 'Fishing', 'Code'], [O, B(ORG), I(ORG), L(ORG)])).toEqual([[MISC, 'Harbour Fishing Code', STATED_CONFIDENCE]])
    expect(run(['won', 'the', 'Tarn', 'Poetry', 'Prize'], [O, O, B(ORG), I(ORG), L(ORG)])).toEqual([[MISC, 'Tarn Poetry Prize', STATED_CONFIDENCE]])
    expect(run(['the', 'Tarn', 'Award', 'for', 'poets'], [O, B(ORG), L(ORG), O, O])).toEqual([[MISC, 'Tarn Award', STATED_CONFIDENCE]])
    expect(run(['the', 'Harbour', 'Uprising', 'of', '1848'], [O, B(LOC), L(LOC), O, O])).toEqual([[MISC, 'Harbour Uprising', STATED_CONFIDENCE]])
  })

  it('keeps the tagger\'s confidence where the head is not the name\'s kind', () => {
    const [[type, name, confidence]] = run(['Mary', 'Bill'], [B(PER), L(PER)])
    expect([type, name]).toEqual([PER, 'Mary Bill'])
    expect(confidence).toBeLessThan(STATED_CONFIDENCE)
    // a lone word is no name with a head
    expect(run(['Dialogue', 'opens'], [U(ORG), O])[0][2]).toBeLessThan(STATED_CONFIDENCE)
  })
})
