// Story detection speed: findStory against @mozilla/readability's parse on the same
// article-extraction pages, parsed by the same DOM implementation (linkedom), in the same run.
// Parsing is not timed; Readability gets a fresh document per run since it changes what it parses.
import { Readability } from '@mozilla/readability'
import { findStory } from '../../src/page/find-story.ts'
import { loadExtractionPages } from '../story/corpus.ts'
import { parseDocument } from '../story/dom.ts'
import type { BenchRow } from './row.ts'

/** Detection must be at least this many times faster than Readability (issue 3). */
const MIN_SPEEDUP = 5
/** Passes over the pages; the fastest pass of each counts (least disturbed by other work). */
const PASSES = 3

export default async function storyBench(): Promise<BenchRow[]> {
  const pages = loadExtractionPages()
  if (pages.length === 0) {
    return [{ group: 'story', name: 'detection vs Readability', value: 'skipped: ../shared/corpora/article-extraction missing' }]
  }
  let gloss = Infinity
  let readability = Infinity
  for (let pass = 0; pass < PASSES; pass++) {
    let g = 0
    let r = 0
    for (const page of pages) {
      const doc = parseDocument(page.html, 'linkedom', page.url)
      let t = performance.now()
      findStory(doc, { url: page.url })
      g += performance.now() - t
      const copy = parseDocument(page.html, 'linkedom', page.url)
      t = performance.now()
      new Readability(copy).parse()
      r += performance.now() - t
    }
    gloss = Math.min(gloss, g)
    readability = Math.min(readability, r)
  }
  const speedup = readability / gloss
  return [
    {
      group: 'story',
      name: `detection, ${pages.length} pages (linkedom)`,
      value: `${(gloss / pages.length).toFixed(2)} ms/page`,
      peer: `Readability ${(readability / pages.length).toFixed(2)} ms/page`,
    },
    {
      group: 'story',
      name: 'speed-up over Readability',
      value: `${speedup.toFixed(1)}×`,
      budget: `≥ ${MIN_SPEEDUP}×`,
      ok: speedup >= MIN_SPEEDUP,
    },
  ]
}
