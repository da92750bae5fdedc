// WCXB (../shared/corpora/wcxb): Gloss's findStory and @mozilla/readability side by side on the
// same pages, parsed by the same DOM (linkedom), in the same run. On articles: word F1 as WCXB's
// evaluate.py computes it (lowercased \w+ tokens as bags, per-page F1 averaged), 4-gram shingle F1
// (article-extraction's metric), pages left empty, `with` snippets found, `without` snippets leaked,
// and title / author / publish day where the gold has them. On every page type: how often each
// stays quiet (Gloss: no story; Readability: isProbablyReaderable false, as Firefox shows no reader
// view). Readability's answers are cached in the system's temporary folder (keyed by its version
// and the page), since they do not change while Gloss is tuned.
import { Readability, isProbablyReaderable } from '@mozilla/readability'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stripHonorifics } from '../../src/page/byline.ts'
import { detectStory } from '../../src/page/detect-story.ts'
import type { WcxbPage } from './corpus.ts'
import { parseDocument } from './dom.ts'
import { scorePage, totals } from './shingles.ts'

export interface Answer {
  quiet: boolean
  reason: string | null
  text: string
  title: string | null
  byline: string[]
  published: string | null
}

export interface WcxbRow {
  page: WcxbPage
  gloss: Answer
  readability: Answer
}

const WORD = /[\p{L}\p{N}\p{M}_]+/gu
const words = (s: string) => (s.toLowerCase().match(WORD) ?? []) as string[]

/** WCXB's word F1 of one page: bags of lowercased \w+ tokens; an empty truth scores 1 only for an empty output. */
export function wordF1(truth: string, predicted: string): { p: number; r: number; f1: number } {
  const t = words(truth)
  const p = words(predicted)
  if (t.length === 0) return p.length === 0 ? { p: 1, r: 1, f1: 1 } : { p: 0, r: 0, f1: 0 }
  if (p.length === 0) return { p: 0, r: 0, f1: 0 }
  const bag = new Map<string, number>()
  for (const w of t) bag.set(w, (bag.get(w) ?? 0) + 1)
  let common = 0
  for (const w of p) {
    const n = bag.get(w) ?? 0
    if (n > 0) {
      common++
      bag.set(w, n - 1)
    }
  }
  const precision = common / p.length
  const recall = common / t.length
  return { p: precision, r: recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) }
}

/** A snippet is in a text when its words appear there in order, side by side. */
export function contains(text: string, snippet: string): boolean {
  const s = words(snippet).join(' ')
  return s.length > 0 && (' ' + words(text).join(' ') + ' ').includes(' ' + s + ' ')
}

const norm = (s: string | null | undefined) => words(s ?? '').join(' ')

export function titleExact(ours: string | null, gold: string): boolean {
  return norm(ours) === norm(gold)
}

/** Relaxed: equal once normalised, or one holds the other (a site name added or left off). */
export function titleRelaxed(ours: string | null, gold: string): boolean {
  const o = norm(ours)
  const g = norm(gold)
  return o.length > 0 && (o === g || (' ' + o + ' ').includes(' ' + g + ' ') || (' ' + g + ' ').includes(' ' + o + ' '))
}

/**
 * Every gold name is among ours and every name of ours among the gold's (word for word, any order).
 * Honorifics are left out on both sides: "Dr Jane Doe" and "Jane Doe" name the same person, and the
 * issue asks for names only, where the gold keeps "Dr", "Sir", "Prof." on six development pages.
 */
export function authorRight(ours: string[], gold: string): boolean {
  const name = (s: string) => norm(stripHonorifics(s.trim()))
  const goldNames = gold.split(/\s*(?:,|;|&|\band\b)\s*/i).map(name).filter(Boolean)
  const ourNames = ours.map(name).filter(Boolean)
  if (ourNames.length === 0) return false
  const within = (name: string, pool: string[]) => {
    const all = ' ' + pool.join(' ') + ' '
    return name.split(' ').every((w) => all.includes(' ' + w + ' '))
  }
  return goldNames.every((n) => within(n, ourNames)) && ourNames.every((n) => within(n, goldNames))
}

export function dayRight(ours: string | null, gold: string): boolean {
  return !!ours && ours.slice(0, gold.length) === gold
}

function glossAnswer(page: WcxbPage): Answer {
  const doc = parseDocument(page.html, 'linkedom', page.url)
  const found = detectStory(doc, { url: page.url })
  if (!found.ok) return { quiet: true, reason: found.reason, text: '', title: null, byline: [], published: null }
  const s = found.story
  return { quiet: false, reason: null, text: s.text, title: s.title, byline: s.byline, published: s.published }
}

function readabilityAnswer(page: WcxbPage): Answer {
  try {
    const doc = parseDocument(page.html, 'linkedom', page.url)
    const quiet = !isProbablyReaderable(doc)
    const r = new Readability(doc).parse()
    return {
      quiet,
      reason: quiet ? 'not readerable' : null,
      text: r?.textContent ?? '',
      title: r?.title ?? null,
      byline: r?.byline ? [r.byline] : [],
      published: r?.publishedTime ?? null,
    }
  } catch (err) {
    return { quiet: true, reason: `error: ${String(err).slice(0, 80)}`, text: '', title: null, byline: [], published: null }
  }
}

const CACHE = join(tmpdir(), 'gloss-wcxb-readability-0.6.json')

/** Bumped when the pages' parsing changes (scripts/story/dom.ts), so cached answers are redone. */
const PARSE_VERSION = 2

export function evaluateWcxb(pages: WcxbPage[], withReadability: boolean, withGloss = true): WcxbRow[] {
  const cache: Record<string, Answer> = withReadability && existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {}
  let added = 0
  const rows = pages.map((page) => {
    const key = `${page.id}:${page.html.length}:${PARSE_VERSION}`
    let readability = cache[key]
    if (withReadability && !readability) {
      readability = cache[key] = readabilityAnswer(page)
      added++
    }
    return { page, gloss: withGloss ? glossAnswer(page) : null!, readability: readability ?? null! }
  })
  if (added > 0) writeFileSync(CACHE, JSON.stringify(cache))
  return rows
}

export interface Summary {
  articles: number
  wordF1: number
  shingleF1: number
  empty: number
  withRecall: number
  withoutLeak: number
  title: { exact: number; relaxed: number; of: number }
  author: { right: number; of: number }
  day: { right: number; of: number }
  /** Quiet share per page type. */
  quiet: Record<string, { quiet: number; of: number }>
}

export function summarise(rows: WcxbRow[], who: 'gloss' | 'readability'): Summary {
  const arts = rows.filter((r) => r.page.type === 'article')
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
  let withAll = 0
  let withHit = 0
  let withoutAll = 0
  let withoutHit = 0
  const title = { exact: 0, relaxed: 0, of: 0 }
  const author = { right: 0, of: 0 }
  const day = { right: 0, of: 0 }
  for (const r of arts) {
    const a = r[who]
    for (const s of r.page.with) {
      withAll++
      if (contains(a.text, s)) withHit++
    }
    for (const s of r.page.without) {
      withoutAll++
      if (contains(a.text, s)) withoutHit++
    }
    if (r.page.title) {
      title.of++
      if (titleExact(a.title, r.page.title)) title.exact++
      if (titleRelaxed(a.title, r.page.title)) title.relaxed++
    }
    if (r.page.author) {
      author.of++
      if (authorRight(a.byline, r.page.author)) author.right++
    }
    if (r.page.publishDate) {
      day.of++
      if (dayRight(a.published, r.page.publishDate)) day.right++
    }
  }
  const quiet: Summary['quiet'] = {}
  for (const r of rows) {
    const q = (quiet[r.page.type] ??= { quiet: 0, of: 0 })
    q.of++
    if (r[who].quiet) q.quiet++
  }
  return {
    articles: arts.length,
    wordF1: mean(arts.map((r) => wordF1(r.page.body, r[who].text).f1)),
    shingleF1: totals(arts.map((r) => scorePage(r.page.body, r[who].text))).f1,
    empty: arts.filter((r) => r[who].text.trim() === '').length,
    withRecall: withHit / Math.max(1, withAll),
    withoutLeak: withoutHit / Math.max(1, withoutAll),
    title,
    author,
    day,
    quiet,
  }
}

const NOT_STORY = ['collection', 'listing', 'product', 'service']

export function printWcxb(rows: WcxbRow[], label: string, withReadability: boolean): void {
  const g = summarise(rows, 'gloss')
  const r = withReadability ? summarise(rows, 'readability') : null
  const f3 = (x: number) => x.toFixed(3)
  const pc = (x: number, of: number) => (of === 0 ? '–' : `${((100 * x) / of).toFixed(1)} %`)
  const line = (name: string, fg: (s: Summary) => string) => console.log(`| ${name} | ${fg(g)} | ${r ? fg(r) : '–'} |`)
  console.log(`\nWCXB ${label}: ${rows.length} pages, ${g.articles} articles (linkedom)`)
  console.log('| measure | Gloss detectStory | @mozilla/readability 0.6 |')
  console.log('|---|---|---|')
  line('articles: word F1', (s) => f3(s.wordF1))
  line('articles: shingle F1', (s) => f3(s.shingleF1))
  line('articles with no story text', (s) => String(s.empty))
  line('`with` snippets found', (s) => pc(s.withRecall, 1))
  line('`without` snippets leaked', (s) => pc(s.withoutLeak, 1))
  line('title exact', (s) => `${pc(s.title.exact, s.title.of)} of ${s.title.of}`)
  line('title relaxed', (s) => `${pc(s.title.relaxed, s.title.of)} of ${s.title.of}`)
  line('author', (s) => `${pc(s.author.right, s.author.of)} of ${s.author.of}`)
  line('publish day', (s) => `${pc(s.day.right, s.day.of)} of ${s.day.of}`)
  const types = Object.keys(g.quiet).sort()
  for (const t of types) line(`quiet on ${t}`, (s) => `${pc(s.quiet[t].quiet, s.quiet[t].of)} of ${s.quiet[t].of}`)
  const both = (s: Summary) => {
    const q = NOT_STORY.reduce((a, t) => a + (s.quiet[t]?.quiet ?? 0), 0)
    const of = NOT_STORY.reduce((a, t) => a + (s.quiet[t]?.of ?? 0), 0)
    return `${pc(q, of)} of ${of}`
  }
  line('quiet on collection, listing, product, service', both)
}
