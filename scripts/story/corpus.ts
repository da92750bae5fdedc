// Where the evaluation corpora are (../shared/corpora beside the repository) and how to read them.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
export const CORPORA = resolve(here, '../../../shared/corpora')

export interface ExtractionPage {
  id: string
  url: string
  html: string
  body: string
}

export function extractionDir(): string | null {
  const dir = join(CORPORA, 'article-extraction')
  return existsSync(join(dir, 'ground-truth.json')) ? dir : null
}

export function loadExtractionPages(): ExtractionPage[] {
  const dir = extractionDir()
  if (!dir) return []
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => ({
      id,
      url: t.url,
      body: t.articleBody,
      html: readFileSync(join(dir, 'html', `${id}.html`), 'utf8'),
    }))
}

export interface NewsPage {
  slug: string
  html: string
  expected: {
    title: string | null
    byline: string | null
    publishedTime: string | null
    siteName: string | null
    lang: string | null
  }
}

export function newsDir(): string | null {
  const dir = join(CORPORA, 'news-pages')
  return existsSync(dir) ? dir : null
}

export function loadNewsPages(): NewsPage[] {
  const dir = newsDir()
  if (!dir) return []
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'source.html')))
    .sort()
    .map((slug) => ({
      slug,
      html: readFileSync(join(dir, slug, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')),
    }))
}

export interface WcxbPage {
  id: string
  url: string
  domain: string
  type: string
  html: string
  /** The main content as people reviewed it ('' when the page has none). */
  body: string
  title: string | null
  author: string | null
  publishDate: string | null
  with: string[]
  without: string[]
  /** The development part (tuned on) or the held-out part (only measured), by a hash of the site. */
  part: 'dev' | 'held'
}

export function wcxbDir(): string | null {
  const dir = join(CORPORA, 'wcxb')
  return existsSync(join(dir, 'metadata.json')) ? dir : null
}

/** FNV-1a of the site's domain: one in four sites is held out, whatever the page order. */
export function wcxbPart(domain: string): 'dev' | 'held' {
  let h = 0x811c9dc5
  for (let i = 0; i < domain.length; i++) {
    h ^= domain.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h % 4 === 0 ? 'held' : 'dev'
}

/** WCXB's development split, sorted by id; `filter` picks pages before their HTML is read. */
export function loadWcxbPages(filter: (p: { id: string; type: string; part: 'dev' | 'held' }) => boolean = () => true): WcxbPage[] {
  const dir = wcxbDir()
  if (!dir) return []
  const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as {
    files: Record<string, { page_type: string; domain: string }>
  }
  const pages: WcxbPage[] = []
  for (const id of Object.keys(meta.files).sort()) {
    const { page_type: type, domain } = meta.files[id]
    const part = wcxbPart(domain)
    if (!filter({ id, type, part })) continue
    const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')) as {
      url: string
      ground_truth: { title: string | null; author: string | null; publish_date: string | null; main_content?: string | null; with?: string[]; without?: string[] }
    }
    const g = gt.ground_truth
    pages.push({
      id,
      url: gt.url,
      domain,
      type,
      html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
      body: g.main_content ?? '',
      title: g.title,
      author: g.author,
      publishDate: g.publish_date,
      with: g.with ?? [],
      without: g.without ?? [],
      part,
    })
  }
  return pages
}
