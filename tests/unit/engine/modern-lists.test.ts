// The filter that keeps a name list's entries only where the development data does not
// contradict them, on documents we write here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeDoc } from '../../../scripts/entities/conll.ts'
import { celestialCandidates, companyCandidates, filterCandidates, MIN_SEEN, trainingOrgCandidates, type Candidate } from '../../../scripts/entities/modern-lists.ts'

/** A one-sentence document from "word/TAG" pairs (IOB1, as CoNLL writes). */
const doc = (text: string) => {
  const pairs = text.split(' ').map((p) => p.split('/'))
  return makeDoc(pairs.map((p) => p[0]), pairs.map(() => 0), pairs.map((p) => p[1] ?? 'O'))
}
const key = (phrase: string) => phrase.toLowerCase()
const kept = (candidates: Candidate[], docs: ReturnType<typeof doc>[], ordinary = new Set<string>()) =>
  filterCandidates(candidates, docs, ordinary, key).kept.map((c) => `${c.list} ${c.phrase}`)

describe('filterCandidates', () => {
  const times = (n: number, text: string) => Array.from({ length: n }, () => doc(text))

  it('drops an entry the data mostly shows as no name of its type, keeps one it shows as one', () => {
    const docs = [
      ...times(MIN_SEEN, 'the/O Office/O was/O closed/O'),
      ...times(MIN_SEEN, 'flights/O on/O Emirates/I-ORG rose/O'),
    ]
    expect(kept([
      { list: 'misc-product', phrase: 'Office', source: 'test' },
      { list: 'org-known', phrase: 'Emirates', source: 'test' },
    ], docs)).toEqual(['org-known Emirates'])
  })

  it('does not count a match inside a longer name against the entry', () => {
    const docs = times(MIN_SEEN, 'the/O United/I-LOC Arab/I-LOC Emirates/I-LOC said/O')
    expect(kept([{ list: 'org-known', phrase: 'Emirates', source: 'test' }], docs)).toEqual(['org-known Emirates'])
  })

  it('drops an unmeasured one-word entry that is an ordinary word, not a longer one', () => {
    expect(kept([
      { list: 'misc-product', phrase: 'Crash', source: 'test' },
      { list: 'misc-product', phrase: 'Crash Bandicoot', source: 'test' },
      { list: 'org-known', phrase: 'Zenvia', source: 'test' },
    ], [doc('a/O crash/O')], new Set(['crash']))).toEqual(['misc-product Crash Bandicoot', 'org-known Zenvia'])
  })

  it('takes no evidence against a product from a corpus without MISC', () => {
    const docs = times(MIN_SEEN, 'my/O new/O Pixel/O phone/O')
    for (const d of docs) d.noMisc = true
    expect(kept([{ list: 'misc-product', phrase: 'Pixel', source: 'test' }], docs)).toEqual(['misc-product Pixel'])
  })
})

describe('organisation lists', () => {
  it('reads a company word list without given names, tickers, one- and two-letter entries or its comments', () => {
    const text = '# cspell-tools: keep-case no-split\n\nA\nAD\nGOOGL\nBNY\nIBM\nNordstrom\nMorgan\nWhatsApp\n3M\n'
    expect(companyCandidates(text, new Set(['morgan'])).map((c) => c.phrase)).toEqual(['IBM', 'Nordstrom', 'WhatsApp'])
  })

  it('takes the organisation names of training documents, whole', () => {
    const d = doc('shares/O of/O Harbor/I-ORG Freight/I-ORG rose/O in/O Oslo/I-LOC')
    expect(trainingOrgCandidates([d], 'test')).toEqual([{ list: 'org-known', phrase: 'Harbor Freight', source: 'test' }])
  })
})

describe('celestialCandidates', () => {
  it('takes the planets, moons and asteroids of WordNet\'s natural objects, not its rivers or its gods', () => {
    // a data.noun of our own, in WordNet's format: offset, lexicographer file, lemmas, pointers
    const dir = mkdtempSync(join(tmpdir(), 'wordnet-'))
    try {
      writeFileSync(join(dir, 'data.noun'), [
        '  1 This is a licence line',
        '09000001 17 n 01 superior_planet 0 000 | a planet',
        '09000002 17 n 01 river 0 000 | a stream',
        '09000003 17 n 01 Galilean_satellite 0 000 | a moon',
        '09000004 17 n 02 Tarvos 0 Red_Tarvos 0 001 @i 09000001 n 0000 | a planet of ours',
        '09000005 17 n 01 Amazon 0 001 @i 09000002 n 0000 | a river',
        '09000006 17 n 01 Lumea 0 001 @i 09000003 n 0000 | a moon of ours',
        '09000007 18 n 01 Tarvos 0 001 @i 09000008 n 0000 | a god',
        '',
      ].join('\n'))
      expect(celestialCandidates(dir).map((c) => `${c.list} ${c.phrase}`)).toEqual(['loc-wordnet Tarvos', 'loc-wordnet Red Tarvos', 'loc-wordnet Lumea'])
    } finally {
      rmSync(dir, { recursive: true })
    }
  })
})
