// The note schema, creation and migrations: every read and write goes through these checks.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createNote, editNote, migrate, NOTE_SCHEMA_VERSION, readNote, validateNote, type Migration,
  type NoteSelectors,
} from '../../../src/notes/index.ts'
import { describe as describePassage, type Selectors } from '../../../src/page/anchoring/index.ts'
import { fixtures, noteOn, SOURCE, STORY, STORY_INFO } from './fixtures.ts'

const v1Storage = JSON.parse(readFileSync(join(fixtures, 'v1-storage.json'), 'utf8')) as Record<string, unknown>

describe('note schema', () => {
  it('accepts a note made by createNote and keeps it as it was', () => {
    const note = noteOn('The vote was 7 to 4.', { tags: [' budget ', 'vote', 'budget'], entityId: 'PER:ines-calder' })
    expect(note.schemaVersion).toBe(NOTE_SCHEMA_VERSION)
    expect(note.id).toMatch(/^urn:uuid:/)
    expect(note.body.tags).toEqual(['budget', 'vote'])
    expect(validateNote(structuredClone(note))).toEqual({ ok: true, value: note })
  })

  it('loads every note of the shipped version 1 storage fixture', () => {
    const notes = Object.entries(v1Storage).filter(([k]) => k.includes('/note/')).map(([, v]) => readNote(v))
    expect(notes).toHaveLength(3)
    for (const n of notes) expect(n.ok).toBe(true)
  })

  const valid = () => structuredClone(noteOn('Transit was the second sticking point.')) as unknown as Record<string, any>
  const cases: Array<[string, (n: Record<string, any>) => unknown]> = [
    ['a missing body', (n) => { delete n.body }],
    ['an id that is not a urn:uuid', (n) => { n.id = 'note-1' }],
    ['a javascript: source', (n) => { n.target.source = 'javascript:alert(1)' }],
    ['a position that does not span the quote', (n) => { n.target.selector[1].end += 1 }],
    ['a negative offset', (n) => { n.target.selector[1].start = -1 }],
    ['an empty quote', (n) => { n.target.selector[0].exact = '' }],
    ['repeated tags', (n) => { n.body.tags = ['a', 'a'] }],
    ['a tag with surrounding spaces', (n) => { n.body.tags = [' a'] }],
    ['an unknown key', (n) => { n.extra = 1 }],
    ['an own __proto__ key', (n) => JSON.parse(JSON.stringify(n).replace('{', '{"__proto__":{"x":1},'))],
    ['a created time that is not ISO', (n) => { n.created = 'yesterday' }],
    ['a selector list in the wrong order', (n) => { n.target.selector.reverse() }],
    ['note text over the limit', (n) => { n.body.text = 'x'.repeat(100_001) }],
  ]
  for (const [name, spoil] of cases) {
    it(`rejects ${name} with a readable issue`, () => {
      const n = valid()
      const spoiled = (spoil(n) as Record<string, unknown> | undefined) ?? n
      const r = readNote(spoiled)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.message).toMatch(/\S/)
    })
  }

  it('reports garbage instead of throwing', () => {
    for (const garbage of [null, undefined, 42, 'note', [], [1], {}, { schemaVersion: '1' }, { schemaVersion: 0 }]) {
      const r = readNote(garbage)
      expect(r.ok).toBe(false)
    }
  })

  it('keeps data from a newer schema version apart, with its own error code', () => {
    const r = readNote({ ...valid(), schemaVersion: NOTE_SCHEMA_VERSION + 1 })
    expect(r.ok ? null : r.error.code).toBe('newer-version')
  })

  it('edits text and tags and moves the modified time only', () => {
    const note = noteOn('Parks will hire twelve seasonal workers')
    const r = editNote(note, { text: 'edited', tags: ['parks'] }, { now: () => '2025-01-01T00:00:00.000Z' })
    expect(r.ok && r.value).toEqual({ ...note, modified: '2025-01-01T00:00:00.000Z', body: { text: 'edited', tags: ['parks'] } })
  })

  it('refuses to create a note from an invalid selection', () => {
    const selector = describePassage(STORY, 0, 10)!
    selector[1].end = 99
    const r = createNote({ source: SOURCE, selector, text: '', story: STORY_INFO })
    expect(r.ok).toBe(false)
  })

  it('stores the anchoring layer\'s selectors as they are (same shape, both ways)', () => {
    const fromAnchoring: Selectors = describePassage(STORY, 4, 15)!
    const asNote: NoteSelectors = fromAnchoring
    const back: Selectors = asNote
    expect(back).toBe(fromAnchoring)
  })
})

describe('migrations', () => {
  it('passes current-version data through unchanged', () => {
    const n = valid()
    expect(migrate(n)).toEqual({ ok: true, value: n })
  })
  function valid() { return structuredClone(noteOn('The council did not settle the question')) as unknown as Record<string, unknown> }

  // The mechanism, on synthetic versions made up for this test (the real chain has no step yet).
  const steps: Record<number, Migration> = {
    1: (n) => ({ ...n, schemaVersion: 2, two: true }),
    2: (n) => ({ ...n, schemaVersion: 3, three: true }),
  }
  it('runs each step in order from the stored version to the current one', () => {
    const r = migrate({ schemaVersion: 1, a: 1 }, steps, 3)
    expect(r).toEqual({ ok: true, value: { schemaVersion: 3, a: 1, two: true, three: true } })
    expect(migrate({ schemaVersion: 2 }, steps, 3)).toEqual({ ok: true, value: { schemaVersion: 3, three: true } })
  })
  it('fails when a step is missing or does not produce the next version', () => {
    expect(migrate({ schemaVersion: 1 }, { 2: steps[2] }, 3).ok).toBe(false)
    expect(migrate({ schemaVersion: 1 }, { 1: (n) => n }, 2).ok).toBe(false)
  })
})
