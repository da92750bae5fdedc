// Notes for the tests, built from our own fixture story with describe(), as the content script will.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe } from '../../../src/page/anchoring/index.ts'
import { createNote, type Note } from '../../../src/notes/index.ts'

export const fixtures = join(import.meta.dirname, '../../fixtures/notes')
export const STORY = readFileSync(join(fixtures, 'council-budget.txt'), 'utf8').trim()
export const SOURCE = 'https://news.example.org/harbourside/budget-approved'
export const STORY_INFO = {
  title: 'Harbourside council approves $412 million budget',
  site: 'Harbourside Herald',
  published: '2024-06-12T07:30:00-04:00',
}

let counter = 0
/** A valid note on `passage` of the fixture story, with a fresh deterministic id. */
export function noteOn(passage: string, extra: Partial<{ text: string; tags: string[]; entityId: string;
  storyKey: string; source: string; site: string }> = {}): Note {
  const at = STORY.indexOf(passage)
  if (at < 0) throw new Error(`not in story: ${passage}`)
  counter += 1
  const hex = counter.toString(16).padStart(12, '0')
  const r = createNote({
    source: extra.source ?? SOURCE,
    storyKey: extra.storyKey,
    selector: describe(STORY, at, at + passage.length)!,
    text: extra.text ?? `note ${counter}`,
    tags: extra.tags,
    entityId: extra.entityId,
    story: { ...STORY_INFO, site: extra.site ?? STORY_INFO.site },
  }, { now: () => new Date(Date.UTC(2024, 5, 12, 10, 0, counter % 60, counter)).toISOString(),
    uuid: () => `00000000-0000-4000-8000-${hex}` })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}
