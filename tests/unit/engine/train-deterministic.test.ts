import { describe, expect, it } from 'vitest'
import { readConll } from '../../../scripts/entities/conll.ts'
import { rivalLabel, trainModel } from '../../../scripts/entities/train.ts'
import { labelOf, LABEL_O, NUM_LABELS, PART_B, PART_I, PART_U } from '../../../src/engine/labels.ts'
import { loadEntityModel } from '../../../src/engine/entity-model.ts'
import { recognizeEntities } from '../../../src/engine/recognize-entities.ts'
import { NO_CLUSTER } from '../../../src/engine/gazetteer.ts'
import { hashString } from '../../../src/engine/hash.ts'

const corpus = new URL('../../fixtures/engine/tiny-corpus.conll', import.meta.url).pathname
// a gazetteer we write: a few names in three lists
const gazetteer = new Map<string, number>([['lisbon', 1 << 4], ['oslo', 1 << 4], ['marta', 1 << 0]])
// word clusters we write: two cities in one leaf, a name in another
const clusters = new Map<string, number>([['lisbon', 0x123], ['oslo', 0x123], ['marta', 0x456]])
const train = () => trainModel(readConll(corpus), {
  epochs: 5, seed: 7, margin: 4, caseCopies: true, gazetteer, clusters, header: { aliases: {} }, minWeight: 0, regimeMinWeight: 0,
})

describe('training', () => {
  it('reproduces the model bytes exactly', () => {
    const a = train()
    const b = train()
    expect(a.length).toBeGreaterThan(100)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })

  it('gives a model that loads, carries a version and learned its corpus', () => {
    const model = loadEntityModel(train())
    expect(model.version).toMatch(/^gloss-entities\/\d+\.[0-9a-f]{8}$/)
    const found = recognizeEntities('Marta Okafor flew to Lisbon for the Harbour Trust.', model)
    expect(found.map((e) => [e.type, e.name])).toEqual([['PER', 'Marta Okafor'], ['LOC', 'Lisbon'], ['ORG', 'Harbour Trust']])
  })

  it('carries the word clusters, looked up by the hash of the lowercase word', () => {
    const model = loadEntityModel(train())
    expect(model.gazetteer.clusterOf(hashString('lisbon'))).toBe(0x123)
    expect(model.gazetteer.clusterOf(hashString('marta'))).toBe(0x456)
    expect(model.gazetteer.clusterOf(hashString('harbour'))).toBe(NO_CLUSTER)
    expect(model.gazetteer.clusterCount).toBe(3)
  })

  it('changes with the word clusters', () => {
    const other = trainModel(readConll(corpus), {
      epochs: 5, seed: 7, caseCopies: true, gazetteer, clusters: new Map([['lisbon', 0x123]]), header: { aliases: {} },
      minWeight: 0, regimeMinWeight: 0,
    })
    expect(Buffer.from(other).equals(Buffer.from(train()))).toBe(false)
  })

  it('changes with the margin', () => {
    const other = trainModel(readConll(corpus), {
      epochs: 5, seed: 7, margin: 0, caseCopies: true, gazetteer, clusters, header: { aliases: {} }, minWeight: 0, regimeMinWeight: 0,
    })
    expect(Buffer.from(other).equals(Buffer.from(train()))).toBe(false)
  })

  it('learns from extra documents reproducibly, and nothing against MISC from a corpus without it', () => {
    const extra = () => {
      const docs = readConll(corpus).slice(0, 2).map((d) => ({ ...d, noMisc: true }))
      return trainModel(readConll(corpus), {
        epochs: 5, seed: 7, margin: 4, caseCopies: true, extraDocs: docs, gazetteer, clusters, header: { aliases: {} },
        minWeight: 0, regimeMinWeight: 0,
      })
    }
    const a = extra()
    expect(Buffer.from(a).equals(Buffer.from(extra()))).toBe(true)
    expect(Buffer.from(a).equals(Buffer.from(train()))).toBe(false)
  })

  it('changes with the seed', () => {
    const c = trainModel(readConll(corpus), { epochs: 5, seed: 8, caseCopies: true, gazetteer, minWeight: 0, regimeMinWeight: 0 })
    const a = train()
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false)
  })
})

describe('margin updates (rivalLabel)', () => {
  const scores = (pairs: [number, number][]) => {
    const s = new Float64Array(NUM_LABELS).fill(-100)
    for (const [y, v] of pairs) s[y] = v
    return s
  }
  const [PER, ORG, LOC] = [0, 1, 2]
  const uPer = labelOf(PER, PART_U), uLoc = labelOf(LOC, PART_U), bOrg = labelOf(ORG, PART_B), iOrg = labelOf(ORG, PART_I)

  it('pushes away from a wrong guess whatever the margin', () => {
    expect(rivalLabel(scores([[uPer, 5], [uLoc, 9]]), uPer, uLoc, LABEL_O, false, 0)).toBe(uLoc)
    expect(rivalLabel(scores([[uPer, 5], [uLoc, 9]]), uPer, uLoc, LABEL_O, false, 50)).toBe(uLoc)
  })

  it('pushes away from the best other label when the right guess wins by less than the margin', () => {
    const s = scores([[uPer, 10], [uLoc, 7], [LABEL_O, 2]])
    expect(rivalLabel(s, uPer, uPer, LABEL_O, false, 5)).toBe(uLoc)
    expect(rivalLabel(s, uPer, uPer, LABEL_O, false, 3)).toBe(-1)
    expect(rivalLabel(s, uPer, uPer, LABEL_O, false, 0)).toBe(-1)
  })

  it('never takes a label that may not follow the previous one as the rival', () => {
    // after O, I-ORG may not come: B-ORG is the rival even though I-ORG scores higher
    const s = scores([[uPer, 10], [iOrg, 9.5], [bOrg, 8]])
    expect(rivalLabel(s, uPer, uPer, LABEL_O, false, 5)).toBe(bOrg)
  })
})

describe('model file', () => {
  it('rejects bytes that are not a model', () => {
    expect(() => loadEntityModel(new Uint8Array([1, 2, 3]))).toThrow()
    expect(() => loadEntityModel(new TextEncoder().encode('GLOSSNER\u0004\u0000\u0000\u0000{}xx'))).toThrow()
    const ok = train()
    expect(() => loadEntityModel(ok.subarray(0, ok.length - 40))).toThrow()
  })

})
