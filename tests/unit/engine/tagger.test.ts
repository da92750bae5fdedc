// Greedy decoding with the committed model: what the tagger itself labels, before mention rules.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadEntityModel } from '../../../src/engine/entity-model.ts'
import { prepareDocument } from '../../../src/engine/features.ts'
import { ENTITY_TYPES, partOf, typeOf } from '../../../src/engine/labels.ts'
import { tagDocument } from '../../../src/engine/tagger.ts'
import { documentForms } from '../../../src/engine/title-case.ts'
import { tokenize } from '../../../src/engine/tokenize.ts'

const model = loadEntityModel(new Uint8Array(readFileSync(new URL('../../../src/engine/model/entities.bin', import.meta.url))))

/** Each token with its BILOU label ("Sally/U-PER"), or alone when O. */
function tagged(text: string): string[] {
  const tokens = tokenize(text)
  const sentence = Int32Array.from(tokens.map((t) => t.sentence))
  const forms = documentForms(tokens.map((t) => t.text), sentence, model.forms)
  const labels = tagDocument(prepareDocument(forms, sentence, model.gazetteer), model.scorer)
  return tokens.map((t, i) => labels[i] === 0 ? t.text : `${t.text}/${'BILU'[partOf(labels[i])]}-${ENTITY_TYPES[typeOf(labels[i])]}`)
}

describe('tagDocument', () => {
  it('closes a name before punctuation that scores O rather than running on to the sentence end', () => {
    // from a Telegraph story: the model opened "Sally" with B-PER, and every later token had to
    // go on with it ("Sally , was dying of kidney disease ." as one person)
    const labels = tagged('She began an affair with Mr Mugabe in the early 1990s as his first wife, Sally, was dying of kidney disease.')
    expect(labels.slice(-9)).toEqual([',', 'Sally/U-PER', ',', 'was', 'dying', 'of', 'kidney', 'disease', '.'])
  })

  it('still goes on with a name through a lowercase word inside it', () => {
    expect(tagged('He joined the Bank of England in May.')).toContain('of/I-ORG')
  })
})

describe('tagDocument on a long run without spaces', () => {
  /** The committed scorer, counting how many times the tagger asks it for scores. */
  function countingScorer() {
    const counter = { calls: 0 }
    const scorer = { addScores: (...args: Parameters<typeof model.scorer.addScores>) => { counter.calls++; return model.scorer.addScores(...args) } }
    return { scorer: scorer as unknown as typeof model.scorer, counter }
  }
  function tagWith(text: string, scorer: typeof model.scorer): Uint8Array {
    const tokens = tokenize(text)
    const sentence = Int32Array.from(tokens.map((t) => t.sentence))
    const forms = documentForms(tokens.map((t) => t.text), sentence, model.forms)
    return tagDocument(prepareDocument(forms, sentence, model.gazetteer), scorer)
  }

  it('scores none of the pieces the tokenizer cuts a run into, in lowercase, capitals or mixed text', () => {
    // a 5 MB word is 81,920 such pieces in one sentence the tagger reads as all-lowercase, where
    // the usual fast path does not apply: scoring each was 1.2 s (bench "inputs", issue 18)
    for (const run of ['a'.repeat(64 * 200), 'A'.repeat(64 * 200), 'aB3'.repeat(64 * 70)]) {
      const { scorer, counter } = countingScorer()
      const labels = tagWith(run, scorer)
      expect(labels.every((l) => l === 0)).toBe(true)
      expect(counter.calls).toBe(0)
    }
  })

  it('still scores the words around such a run', () => {
    const { scorer, counter } = countingScorer()
    tagWith(`Police in Paris found ${'x'.repeat(640)} on Monday.`, scorer)
    expect(counter.calls).toBeGreaterThan(0)
  })
})
