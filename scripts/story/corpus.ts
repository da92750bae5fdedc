// Where the evaluation corpora are (../shared/corpora beside the repository) and how to read them.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
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
