// Our modern-news annotation (scripts/entities/news-gold.ts): the text it indexes, the loader that
// checks every span against that text, the fixed split, and the scoring, on texts we write here.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compromiseCharSpans } from '../../../scripts/entities/compromise-spans.ts'
import { GOLD_DIR, NEWS_PAGES, newsPart, parseGold, readNewsGold, type NewsDoc } from '../../../scripts/entities/news-gold.ts'
import { confusionLines, entitySpans, newsErrors, scoreNews } from '../../../scripts/entities/news-score.ts'
import { newsText } from '../../../scripts/entities/news-text.ts'
import type { Entity } from '../../../src/engine/types.ts'

const TEXT = 'Anna Berg flew to Oslo on Monday.\n\nThe Oslo-based Nordlys Air said Berg was fine.'
const tsv = (...rows: string[]) => ['# start\tend\ttype\tsurface', ...rows].join('\n') + '\n'
const GOLD = tsv('0\t9\tPER\tAnna Berg', '18\t22\tLOC\tOslo', '39\t49\tMISC\tOslo-based', '50\t61\tORG\tNordlys Air', '67\t71\tPER\tBerg')

describe('newsText', () => {
  it('gives each block its text with whitespace collapsed, blocks joined by a blank line, scripts left out', () => {
    const html = '<div class="page"><h2>Storm  over\n Oslo</h2><p>Anna <a href="#">Berg</a>\n  flew.</p>' +
      '<script>var x = "Not text"</script><ul><li>One</li><li>Two<br>lines</li></ul></div>'
    expect(newsText(html)).toBe('Storm over Oslo\n\nAnna Berg flew.\n\nOne\n\nTwo lines')
  })

  it('reads a fragment (expected.html is one div, no html or body)', () => {
    expect(newsText('<div><p>Only this.</p></div>')).toBe('Only this.')
  })
})

describe('parseGold', () => {
  it('reads every span and checks its surface against the text', () => {
    expect(parseGold(GOLD, TEXT, 't.tsv')).toEqual([
      { start: 0, end: 9, type: 0 }, { start: 18, end: 22, type: 2 }, { start: 39, end: 49, type: 3 },
      { start: 50, end: 61, type: 1 }, { start: 67, end: 71, type: 0 },
    ])
  })

  it('fails loudly, naming the line, when the text no longer has the surface at its offsets', () => {
    expect(() => parseGold(GOLD, 'X' + TEXT, 't.tsv')).toThrow(/t\.tsv:2: .*derivation/)
  })

  it('refuses overlapping spans, unknown types and offsets past the text', () => {
    expect(() => parseGold(tsv('0\t9\tPER\tAnna Berg', '5\t9\tPER\tBerg'), TEXT, 't')).toThrow(/overlapping/)
    expect(() => parseGold(tsv('18\t22\tGPE\tOslo'), TEXT, 't')).toThrow(/unknown type/)
    expect(() => parseGold(tsv('80\t90\tLOC\tOslo'), TEXT, 't')).toThrow(/bad offsets/)
    expect(() => parseGold(tsv('0\t9\tPER'), TEXT, 't')).toThrow(/want start, end, type, surface/)
  })
})

describe('readNewsGold', () => {
  it('loads a page of the corpora with its annotation, and fails when expected.html changes under it', () => {
    const root = mkdtempSync(join(tmpdir(), 'news-gold-'))
    const page = join(root, 'news-pages', 'cnn')
    mkdirSync(page, { recursive: true })
    const gold = join(root, 'gold')
    mkdirSync(gold)
    writeFileSync(join(page, 'expected.html'), '<div><p>Anna Berg flew to Oslo.</p></div>')
    writeFileSync(join(gold, 'cnn.tsv'), tsv('0\t9\tPER\tAnna Berg', '18\t22\tLOC\tOslo'))
    const docs = readNewsGold(root, gold)
    expect(docs.map((d) => [d.slug, d.part, d.spans.length])).toEqual([['cnn', 'dev', 2]])
    writeFileSync(join(page, 'expected.html'), '<div><p>Dr Anna Berg flew to Oslo.</p></div>')
    expect(() => readNewsGold(root, gold)).toThrow(/cnn\.tsv:2/)
  })
})

describe('newsPart', () => {
  it('splits the English pages as fixed before any model output was read (18 development, 9 held out)', () => {
    const held = NEWS_PAGES.filter((s) => newsPart(s) === 'heldout')
    expect(held).toEqual(['bbc-1', 'buzzfeed-1', 'cnet', 'medicalnewstoday', 'nytimes-1', 'nytimes-4',
      'seattletimes-1', 'wapo-2', 'webmd-1'])
  })
})

describe('the committed annotation', () => {
  const files = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.tsv'))

  it('has a file for every English page and none for another', () => {
    expect(files.map((f) => f.replace(/\.tsv$/, '')).sort()).toEqual([...NEWS_PAGES].sort())
  })

  it('has well-formed rows: ordered, not overlapping, known types, surfaces as long as their spans', () => {
    for (const f of files) {
      let last = 0
      for (const line of readFileSync(join(GOLD_DIR, f), 'utf8').split('\n')) {
        if (line === '' || line.startsWith('#')) continue
        const [s, e, type, surface] = line.split('\t')
        expect(['PER', 'ORG', 'LOC', 'MISC'], `${f}: ${line}`).toContain(type)
        expect(+s, `${f}: ${line}`).toBeGreaterThanOrEqual(last)
        expect(+e - +s, `${f}: ${line}`).toBe(surface.length)
        last = +e
      }
    }
  })

  const corpora = join(GOLD_DIR, '..', '..', '..', '..', 'shared', 'corpora', 'news-pages')
  it.skipIf(!existsSync(corpora))('matches the text of every page where the corpora are present', () => {
    expect(readNewsGold(join(corpora, '..')).length).toBe(NEWS_PAGES.length)
  })
})

describe('scoreNews', () => {
  const doc: NewsDoc = { slug: 'ours', part: 'dev', text: TEXT, spans: parseGold(GOLD, TEXT, 't') }
  // Right: Anna Berg, Oslo. Right span, wrong type: Nordlys Air as a place. Missed: Oslo-based, Berg.
  // Wrong span: "Monday" as a name.
  const predicted = [
    { start: 0, end: 9, type: 0 }, { start: 18, end: 22, type: 2 }, { start: 26, end: 32, type: 3 }, { start: 50, end: 61, type: 2 },
  ]

  it('counts exact spans per type as conlleval does, and the names typed wrongly', () => {
    const s = scoreNews([doc], () => predicted)
    expect(s.counts).toEqual({ tp: [1, 0, 1, 0], fp: [0, 0, 1, 1], fn: [1, 1, 0, 1] })
    expect(s.confusion[1]).toEqual([0, 0, 1, 0])
    expect(confusionLines(s)[1]).toBe('ORG: 1 of 1 gold with the right span, wrong type (LOC 1)')
  })

  it('lists each error with 40 characters of context, the name in brackets', () => {
    const lines = newsErrors([doc], () => predicted)
    expect(lines).toContain('ours\tTYPE ORG->LOC\tflew to Oslo on Monday. The Oslo-based [Nordlys Air] said Berg was fine.')
    expect(lines).toContain('ours\tFN MISC\tAnna Berg flew to Oslo on Monday. The [Oslo-based] Nordlys Air said Berg was fine.')
    expect(lines).toContain('ours\tFP MISC\tAnna Berg flew to Oslo on [Monday]. The Oslo-based Nordlys Air said Berg ')
    expect(lines.filter((l) => l.includes('\tFN PER\t'))).toHaveLength(1)
  })
})

describe('entitySpans', () => {
  const entity = (type: Entity['type'], confidence: number, mentions: Array<[number, number, number]>): Entity => ({
    id: `${type}:${confidence}`, name: 'x', type, aliases: [], confidence,
    mentions: mentions.map(([start, end, c]) => ({ start, end, confidence: c })),
  })
  const found = [entity('PER', 0.9, [[0, 9, 0.9], [67, 71, 0.4]]), entity('ORG', 0.5, [[50, 61, 0.5]])]

  it('gives every mention, or only what the reading view paints: sure entities, or sure mentions', () => {
    expect(entitySpans(found).map((s) => s.start)).toEqual([0, 50, 67])
    expect(entitySpans(found, 'entity').map((s) => s.start)).toEqual([0, 67])
    expect(entitySpans(found, 'mention').map((s) => s.start)).toEqual([0])
  })
})

describe('compromiseCharSpans', () => {
  it('spans compromise’s names without quotes, punctuation or a possessive, as our annotation does', () => {
    const t = 'Barack Obama’s visit to Kenya was praised in the U.S. today.'
    const spans = compromiseCharSpans(t).map((s) => t.slice(s.start, s.end))
    expect(spans).toContain('Barack Obama')
    expect(spans).toContain('Kenya')
    expect(spans).toContain('U.S.')
  })
})
