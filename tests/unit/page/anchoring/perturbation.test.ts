// The re-anchoring quality bar of issue 7, on ≥ 500 generated cases from a fixed seed: where the
// noted passage is still there (edited in at most a fifth of its characters) ≥ 99 % re-anchor to
// it, none anchors to the wrong passage, the rest are orphans.
import { describe as suite, expect, it } from 'vitest'
import { anchor, describe } from '../../../../src/page/anchoring/index.ts'
import { generateCase } from './perturb.ts'
import { seededRandom } from '../../support/seeded-random.ts'
import { loadStories } from './stories.ts'

const SEED = Number(process.env.ANCHOR_SEED ?? 20240124)
const CASES = 1200
/** Share of the passage's characters an edit may touch for it to count as "still there". */
const STILL_THERE = 0.2
/** Re-anchored: the anchor and the passage overlap in at least half their union. */
const SAME_PLACE_IOU = 0.5
/** Wrong: less than half of the anchor lies on the passage (or the passage is gone). */
const ON_PASSAGE_SHARE = 0.5

type Span = { start: number; end: number }
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
const iou = (a: Span, b: Span) => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start))

export function runSuite(seed: number, count: number) {
  const r = seededRandom(seed)
  const stories = loadStories()
  const tally = {
    cases: 0, present: 0, presentAnchored: 0, presentOrphaned: 0, partial: 0,
    heavy: 0, heavyAnchored: 0, heavyOrphaned: 0, gone: 0, goneOrphaned: 0, wrong: 0,
    methods: { position: 0, quote: 0, fuzzy: 0 } as Record<string, number>,
  }
  const failures: string[] = []
  for (let id = 0; id < count; id++) {
    const story = stories[id % stories.length]
    const c = generateCase(id, story.name, story.text, r)
    const selectors = describe(c.original, c.noted.start, c.noted.end)!
    const found = anchor(c.result.text, selectors)
    tally.cases++
    if (found) tally.methods[found.method]++
    const span = c.result.span
    const length = c.noted.end - c.noted.start
    const category = !span || span.end <= span.start ? 'gone'
      : c.result.edited / length <= STILL_THERE ? 'present' : 'heavy'
    const right = found !== null && span !== null && iou(found, span) >= SAME_PLACE_IOU
    const wrong = found !== null &&
      (span === null || overlap(found, span) < ON_PASSAGE_SHARE * (found.end - found.start))
    if (found && !right && !wrong) tally.partial++
    if (wrong) {
      tally.wrong++
      failures.push(`wrong #${id} ${category} ${c.edits.join(',')}${c.repeated ? ' repeated' : ''}: ` +
        `${JSON.stringify(selectors[0].exact.slice(0, 60))} → ${JSON.stringify(c.result.text.slice(found.start, found.end).slice(0, 60))}`)
    }
    if (category === 'gone') { tally.gone++; if (!found) tally.goneOrphaned++ }
    if (category === 'heavy') { tally.heavy++; if (right) tally.heavyAnchored++; if (!found) tally.heavyOrphaned++ }
    if (category === 'present') {
      tally.present++
      if (right) tally.presentAnchored++
      if (!found) {
        tally.presentOrphaned++
        failures.push(`orphan #${id} ${c.edits.join(',')}${c.repeated ? ' repeated' : ''} edited ${c.result.edited}/${length}: ` +
          JSON.stringify(selectors[0].exact.slice(0, 80)))
      }
    }
  }
  return { tally, failures }
}

suite('re-anchoring under perturbation', () => {
  it(`re-anchors ≥ 99 % of passages still there and never the wrong one (seed ${SEED})`, () => {
    const { tally, failures } = runSuite(SEED, CASES)
    const rate = tally.presentAnchored / tally.present
    console.log(
      `perturbation suite, seed ${SEED}: ${tally.cases} cases\n` +
      `  still there (≤ 20 % edited): ${tally.present}, re-anchored ${tally.presentAnchored} ` +
      `(${(100 * rate).toFixed(2)} %), orphaned ${tally.presentOrphaned}\n` +
      `  heavily edited (> 20 %): ${tally.heavy}, re-anchored ${tally.heavyAnchored}, orphaned ${tally.heavyOrphaned}\n` +
      `  passage gone: ${tally.gone}, orphaned ${tally.goneOrphaned}\n` +
      `  anchored to the wrong passage: ${tally.wrong}\n` +
      `  anchored on part of the passage only (neither right nor wrong): ${tally.partial}\n` +
      `  methods: ${JSON.stringify(tally.methods)}\n` + failures.slice(0, 30).join('\n'))
    expect(tally.cases).toBeGreaterThanOrEqual(500)
    expect(tally.present).toBeGreaterThanOrEqual(500)
    expect(tally.gone).toBeGreaterThanOrEqual(50)
    expect(tally.wrong).toBe(0)
    expect(rate).toBeGreaterThanOrEqual(0.99)
    expect(tally.goneOrphaned).toBe(tally.gone)
  })
})
