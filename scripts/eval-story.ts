// `npm run eval:story`: story detection measured on ../shared/corpora. The body on the 61
// article-extraction pages (4-gram shingle P/R/F1, as the benchmark scores it) side by side with
// @mozilla/readability on the same pages and DOM; metadata on the 30 news pages against
// Readability's reference; WCXB's development split (scripts/story/wcxb-eval.ts), its sites split by
// a hash into the part tuned on and the part held out, each reported apart. `--dom
// jsdom|linkedom|both` (default both), `--pages` prints every page, `--dump DIR` writes each page's
// text for reading, `--only wcxb|extraction|news` runs one corpus, `--part dev|held` one WCXB part,
// `--no-readability` leaves Readability out of the WCXB run (quicker while tuning), `--wcxb-pages
// TYPE` lists that type's WCXB pages (article: the weakest first; others: those not left quiet),
// `--wcxb-meta` lists the articles' wrong titles, authors and days, `--wcxb-leaks` the `without`
// snippets found in the articles' story text.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluateBodies, type BodyEval } from './story/body-eval.ts'
import { extractionDir, loadExtractionPages, loadWcxbPages, newsDir, wcxbDir } from './story/corpus.ts'
import { authorRight, contains, dayRight, evaluateWcxb, printWcxb, titleRelaxed, wordF1 } from './story/wcxb-eval.ts'
import type { DomName } from './story/dom.ts'
import { evaluateMetadata, printMetadata } from './story/meta-eval.ts'

const args = process.argv.slice(2)
const arg = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const domArg = arg('--dom') ?? 'both'
const doms: DomName[] = domArg === 'both' ? ['linkedom', 'jsdom'] : domArg === 'none' ? [] : [domArg as DomName]
const showPages = args.includes('--pages')
const dump = arg('--dump')
const only = arg('--only')
const partArg = arg('--part')
const withReadability = !args.includes('--no-readability')
const listType = arg('--wcxb-pages')
const listMeta = args.includes('--wcxb-meta')
const listLeaks = args.includes('--wcxb-leaks')

const f3 = (x: number) => x.toFixed(3)

function printBody(e: BodyEval): void {
  console.log(`\nBody, ${e.rows.length} pages of article-extraction, DOM: ${e.dom}`)
  console.log('| extractor | precision | recall | F1 | empty pages | failed |')
  console.log('|---|---|---|---|---|---|')
  console.log(`| Gloss detectStory | ${f3(e.gloss.precision)} | ${f3(e.gloss.recall)} | ${f3(e.gloss.f1)} | ${e.glossEmpty.length} | 0 |`)
  console.log(`| @mozilla/readability 0.6 | ${f3(e.readability.precision)} | ${f3(e.readability.recall)} | ${f3(e.readability.f1)} | - | ${e.readabilityFailed.length} |`)
  if (e.glossEmpty.length) console.log('Gloss gave no text on:', e.glossEmpty.join(', '))
  for (const r of e.rows.filter((x) => x.readabilityError)) console.log(`Readability threw on ${r.id.slice(0, 8)}: ${r.readabilityError}`)
  if (showPages) {
    console.log('| page | Gloss P | Gloss R | Readability P | Readability R | no story |')
    for (const r of e.rows) {
      console.log(`| ${r.id.slice(0, 8)} | ${f3(r.gloss.precision)} | ${f3(r.gloss.recall)} | ${f3(r.readability?.precision ?? 0)} | ${f3(r.readability?.recall ?? 0)} | ${r.noStory ?? ''} |`)
    }
  }
  if (dump) {
    mkdirSync(dump, { recursive: true })
    for (const r of e.rows) writeFileSync(join(dump, `${r.id.slice(0, 8)}.txt`), r.glossText)
  }
}

if (only && only !== 'extraction') {
  // skipped
} else if (!extractionDir()) {
  console.log('../shared/corpora/article-extraction is missing: body evaluation skipped.')
} else {
  const pages = loadExtractionPages()
  for (const dom of doms) printBody(evaluateBodies(pages, dom))
}

if (only && only !== 'news') {
  // skipped
} else if (!newsDir()) {
  console.log('../shared/corpora/news-pages is missing: metadata evaluation skipped.')
} else {
  printMetadata(evaluateMetadata(), showPages || args.includes("--meta"))
}

if (only && only !== 'wcxb') {
  // skipped
} else if (!wcxbDir()) {
  console.log('../shared/corpora/wcxb is missing: WCXB evaluation skipped.')
} else {
  for (const part of ['dev', 'held'] as const) {
    if (partArg && partArg !== part) continue
    if (args.includes('--warm-readability')) {
      // Only fills Readability's cache (wcxb-eval.ts), for a later run.
      evaluateWcxb(loadWcxbPages((p) => p.part === part), true, false)
      continue
    }
    const rows = evaluateWcxb(loadWcxbPages((p) => p.part === part), withReadability)
    printWcxb(rows, part === 'dev' ? 'development part (tuned on)' : 'held-out part (measured only)', withReadability)
    if (listMeta) {
      for (const r of rows.filter((x) => x.page.type === 'article' && !x.gloss.quiet)) {
        const p = r.page
        const g = r.gloss
        if (p.title && !titleRelaxed(g.title, p.title)) console.log(`${p.id} title: ${g.title} | gold: ${p.title}`)
        if (p.author && !authorRight(g.byline, p.author)) console.log(`${p.id} author: ${g.byline.join('; ')} | gold: ${p.author}`)
        if (p.publishDate && !dayRight(g.published, p.publishDate)) console.log(`${p.id} day: ${g.published} | gold: ${p.publishDate}`)
      }
    }
    if (listLeaks) {
      // Each `without` snippet found in an article's story text: what the body should have left out.
      for (const r of rows.filter((x) => x.page.type === 'article' && !x.gloss.quiet)) {
        for (const s of r.page.without) if (contains(r.gloss.text, s)) console.log(`${r.page.id} leak: ${s.slice(0, 120)}`)
      }
    }
    if (listType) {
      const of = rows.filter((r) => r.page.type === listType)
      if (listType === 'article') {
        const scored = of.map((r) => ({ r, s: wordF1(r.page.body, r.gloss.text) })).sort((a, b) => a.s.f1 - b.s.f1)
        for (const { r, s } of scored.slice(0, 60)) {
          console.log(`${r.page.id} F1 ${f3(s.f1)} P ${f3(s.p)} R ${f3(s.r)} ${r.gloss.reason ?? ''} ${r.page.url}`)
        }
      } else {
        for (const r of of.filter((x) => !x.gloss.quiet)) console.log(`${r.page.id} ${r.page.url} (${r.gloss.text.length} chars)`)
      }
    }
  }
}
