// Story detection speed: what the content script runs (detectStory: the cheap look with the
// page-type classifier, then findStory) against @mozilla/readability's parse on the same
// article-extraction pages, parsed by the same DOM implementation (linkedom), in the same run. The
// cheap look is also timed alone: on a page that is no story it is all that runs.
// Parsing is not timed; Readability gets a fresh document per run since it changes what it parses.
import { Readability } from '@mozilla/readability'
import { detectStory } from '../../src/page/detect-story.ts'
import { quietReason } from '../../src/page/quiet-reason.ts'
import { loadExtractionPages } from '../story/corpus.ts'
import { parseDocument } from '../story/dom.ts'
import type { BenchRow } from './row.ts'

/** Detection must be at least this many times faster than Readability (issue 3). */
const MIN_SPEEDUP = 5
/** Passes over the pages. Each page's fastest pass counts, for both extractors alike: a page takes
 * a few milliseconds, so one garbage collection or one scheduling delay (2 shared cores) would
 * otherwise weigh more than the work measured. */
const PASSES = 5

export default async function storyBench(): Promise<BenchRow[]> {
  const pages = loadExtractionPages()
  if (pages.length === 0) {
    return [{ group: 'story', name: 'detection vs Readability', value: 'skipped: ../shared/corpora/article-extraction missing' }]
  }
  const glossBest = pages.map(() => Infinity)
  const readabilityBest = pages.map(() => Infinity)
  const lookBest = pages.map(() => Infinity)
  for (let pass = 0; pass < PASSES; pass++) {
    pages.forEach((page, i) => {
      // Each gets a document of its own, parsed untimed just before (Readability changes what it parses);
      // who goes first alternates from pass to pass.
      const runGloss = () => {
        const doc = parseDocument(page.html, 'linkedom', page.url)
        const t = performance.now()
        detectStory(doc, { url: page.url })
        glossBest[i] = Math.min(glossBest[i], performance.now() - t)
        const t2 = performance.now()
        quietReason(doc, { url: page.url })
        lookBest[i] = Math.min(lookBest[i], performance.now() - t2)
      }
      const runReadability = () => {
        const doc = parseDocument(page.html, 'linkedom', page.url)
        const t = performance.now()
        new Readability(doc).parse()
        readabilityBest[i] = Math.min(readabilityBest[i], performance.now() - t)
      }
      if (pass % 2 === 0) {
        runGloss()
        runReadability()
      } else {
        runReadability()
        runGloss()
      }
    })
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  const gloss = sum(glossBest)
  const readability = sum(readabilityBest)
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
      name: 'of which the cheap look (page-type classifier)',
      value: `${(sum(lookBest) / pages.length).toFixed(2)} ms/page`,
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
