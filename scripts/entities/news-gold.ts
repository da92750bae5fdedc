// Our own annotation of modern news (docs/entities.md, "Modern news: our annotation"): for each
// English page of ../shared/corpora/news-pages, the names in its text (news-text.ts) as character
// spans, one TSV a page in news-gold/ (start, end, type, surface). The page text never enters the
// repository: the surfaces are there so that a change of the text's derivation fails loudly
// instead of silently moving every span.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ENTITY_TYPES } from '../../src/engine/labels.ts'
import type { EntityType } from '../../src/engine/types.ts'
import { newsText } from './news-text.ts'

export interface GoldSpan { start: number; end: number; type: number }
export interface NewsDoc { slug: string; part: NewsPart; text: string; spans: GoldSpan[] }
export type NewsPart = 'dev' | 'heldout'

/** The English pages of news-pages (folha, lemonde-1 and liberation-1 are not English). */
export const NEWS_PAGES = [
  'aclu', 'ars-1', 'bbc-1', 'breitbart', 'buzzfeed-1', 'citylab-1', 'cnet', 'cnn', 'engadget',
  'guardian-1', 'herald-sun-1', 'medicalnewstoday', 'msn', 'nytimes-1', 'nytimes-2', 'nytimes-3',
  'nytimes-4', 'quanta-1', 'salon-1', 'seattletimes-1', 'telegraph', 'theverge', 'wapo-1', 'wapo-2',
  'webmd-1', 'yahoo-2', 'yahoo-3',
] as const

export const GOLD_DIR = join(dirname(fileURLToPath(import.meta.url)), 'news-gold')

/**
 * The split, fixed before any model output was looked at: FNV-1a of the slug, three in five to
 * development (18 pages), the rest held out (9). Only the development part's errors may be read.
 */
export function newsPart(slug: string): NewsPart {
  let h = 0x811c9dc5
  for (let i = 0; i < slug.length; i++) h = Math.imul(h ^ slug.charCodeAt(i), 0x01000193) >>> 0
  return h % 5 < 3 ? 'dev' : 'heldout'
}

/** The spans of one TSV, each checked against the text; throws naming the file and line. */
export function parseGold(tsv: string, text: string, name: string): GoldSpan[] {
  const spans: GoldSpan[] = []
  let last = 0
  tsv.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return
    const where = `${name}:${i + 1}`
    const cols = line.split('\t')
    if (cols.length !== 4) throw new Error(`${where}: want start, end, type, surface; got ${JSON.stringify(line)}`)
    const start = Number(cols[0]), end = Number(cols[1])
    const type = ENTITY_TYPES.indexOf(cols[2] as EntityType)
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      throw new Error(`${where}: bad offsets ${cols[0]}–${cols[1]} (text has ${text.length})`)
    }
    if (type < 0) throw new Error(`${where}: unknown type ${cols[2]}`)
    if (start < last) throw new Error(`${where}: spans out of order or overlapping`)
    const found = text.slice(start, end)
    if (found !== cols[3]) throw new Error(`${where}: the text has ${JSON.stringify(found)} at ${start}–${end}, the annotation ${JSON.stringify(cols[3])}: has the text's derivation changed?`)
    spans.push({ start, end, type })
    last = end
  })
  return spans
}

/** Every annotated page whose expected.html is in the corpora, in NEWS_PAGES order. */
export function readNewsGold(corpora: string, dir = GOLD_DIR): NewsDoc[] {
  const docs: NewsDoc[] = []
  for (const slug of NEWS_PAGES) {
    const tsv = join(dir, `${slug}.tsv`)
    const html = join(corpora, 'news-pages', slug, 'expected.html')
    if (!existsSync(tsv) || !existsSync(html)) continue
    const text = newsText(readFileSync(html, 'utf8'))
    docs.push({ slug, part: newsPart(slug), text, spans: parseGold(readFileSync(tsv, 'utf8'), text, `${slug}.tsv`) })
  }
  return docs
}
