// Body quality on the article-extraction pages: Gloss's findStory and @mozilla/readability on the
// same pages, parsed by the same DOM implementation, in the same run.
import { Readability } from '@mozilla/readability'
import { detectStory } from '../../src/page/detect-story.ts'
import type { ExtractionPage } from './corpus.ts'
import { parseDocument, type DomName } from './dom.ts'
import { scorePage, totals, type PageScore, type Totals } from './shingles.ts'

export interface PageRow {
  id: string
  gloss: PageScore
  readability: PageScore | null
  glossText: string
  /** Why findStory said no story, when it did. */
  noStory: string | null
  readabilityError: string | null
}

export interface BodyEval {
  dom: DomName
  rows: PageRow[]
  gloss: Totals
  readability: Totals
  /** Pages with a story in the ground truth where Gloss gave no text. */
  glossEmpty: string[]
  readabilityFailed: string[]
}

export function evaluateBodies(pages: ExtractionPage[], dom: DomName): BodyEval {
  const rows: PageRow[] = []
  for (const page of pages) {
    const doc = parseDocument(page.html, dom, page.url)
    const found = detectStory(doc, { url: page.url })
    const glossText = found.ok ? found.story.text : ''
    let readability: PageScore | null = null
    let readabilityError: string | null = null
    try {
      // Readability changes the document it parses, so it gets its own copy.
      const r = new Readability(parseDocument(page.html, dom, page.url)).parse()
      readability = scorePage(page.body, r?.textContent ?? '')
    } catch (err) {
      readabilityError = String(err).slice(0, 120)
      readability = scorePage(page.body, '')
    }
    rows.push({
      id: page.id,
      gloss: scorePage(page.body, glossText),
      readability,
      glossText,
      noStory: found.ok ? null : found.reason,
      readabilityError,
    })
  }
  return {
    dom,
    rows,
    gloss: totals(rows.map((r) => r.gloss)),
    readability: totals(rows.map((r) => r.readability ?? scorePage('x', ''))),
    glossEmpty: rows.filter((r) => r.glossText.trim() === '').map((r) => r.id),
    readabilityFailed: rows.filter((r) => r.readabilityError).map((r) => r.id),
  }
}
