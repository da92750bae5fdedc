// The inference fast path (per-form row caches) must score exactly like the general feature path.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { loadEntityModel } from '../../../src/engine/entity-model.ts'
import { findMentions } from '../../../src/engine/find-mentions.ts'
import { setFastPath } from '../../../src/engine/tagger.ts'

const model = loadEntityModel(new Uint8Array(readFileSync(new URL('../../../src/engine/model/entities.bin', import.meta.url))))
const story = readFileSync(new URL('../../fixtures/engine/troops-story.txt', import.meta.url), 'utf8')
const extra = 'Shares of Harbour Trust Ltd rose 3.5% in Oslo. Marta Okafor, its chief, met Zoë Müller of Bayer AG in Lisbon.\n' +
  'NEW YORK 1996-08-22\nthe quick brown fox met john smith in paris .'

afterEach(() => setFastPath(true))

describe('fast path', () => {
  it('finds the same mentions as the general path', () => {
    for (const text of [story, extra, story + '\n\n' + extra]) {
      setFastPath(false)
      const slow = findMentions(text, model).mentions
      setFastPath(true)
      const fast = findMentions(text, model).mentions
      expect(fast).toEqual(slow)
      expect(fast.length).toBeGreaterThan(3)
    }
  })
})
