// Typical notes for the sync tests, seeded: a quote of 200 characters and a note of 300, over 60
// stories. The prose is the fixture stories' words in random order, which compresses worse than
// real prose (no repeated phrases), so what fits here fits with real notes too.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createNote, type Note } from '../../../../src/notes/index.ts'
import { seededRandom } from '../../support/seeded-random.ts'

const dir = join(import.meta.dirname, '../../../fixtures/notes')
const WORDS = ['chess-final', 'council-budget', 'river-flood']
  .flatMap((f) => readFileSync(join(dir, `${f}.txt`), 'utf8').split(/\s+/).filter(Boolean))

/** A seeded PRNG (tests/unit/support), so every run makes the same notes and the same operations. */
export const prng = (seed: number): (() => number) => seededRandom(seed).next

export function prose(random: () => number, length: number): string {
  let out = ''
  while (out.length < length) out += WORDS[Math.floor(random() * WORDS.length)] + ' '
  return out.slice(0, length).trim().padEnd(length, '.')
}

const hex = (random: () => number, n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('')
export const randomUuid = (random: () => number) => `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-8${hex(random, 3)}-${hex(random, 12)}`

export function typicalNote(random: () => number, i: number, sizes = { quote: 200, text: 300 }, stories = 60): Note {
  const story = i % stories
  // The story's own address and title: the same for every note on it.
  const storyRandom = prng(1_000 + story)
  const slug = prose(storyRandom, 40).toLowerCase().replace(/[^a-z]+/g, '-')
  const title = `${prose(storyRandom, 70)}`
  const start = 200 + Math.floor(random() * 5_000)
  const exact = prose(random, sizes.quote)
  const r = createNote({
    source: `https://www.example-news.org/world/2026/12/${story}-${slug}`,
    selector: [
      { type: 'TextQuoteSelector', exact, prefix: prose(random, 32), suffix: prose(random, 32) },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
    text: prose(random, sizes.text),
    tags: random() < 0.5 ? ['follow-up'] : [],
    story: { title, site: 'Example News', published: '2026-12-01' },
  }, { now: () => new Date(Date.UTC(2026, 11, 1) + i * 60_000).toISOString(), uuid: () => randomUuid(random) })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}
