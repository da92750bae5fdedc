// The store over a key-value interface: one write at a time, nothing stored lost when a write
// fails, indexes repaired from the notes, invalid items reported and kept.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createNoteStore, indexKey, memoryKeyValue, noteKey, type KeyValueStore, type Note,
} from '../../../src/notes/index.ts'
import { DIRECTORY_READY_KEY, JOURNAL_KEY } from '../../../src/notes/storage-keys.ts'
import { fixtures, noteOn, SOURCE } from './fixtures.ts'

const v1Storage = JSON.parse(readFileSync(join(fixtures, 'v1-storage.json'), 'utf8')) as Record<string, unknown>
const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

/** A key-value store that fails `set` when `failSet` says so, and records how writes overlap. */
function faultyKeyValue(failSet: (items: Record<string, unknown>, call: number) => boolean) {
  const inner = memoryKeyValue()
  let calls = 0
  let active = 0
  const stats = { maxConcurrentWrites: 0 }
  const kv: KeyValueStore = {
    get: (keys) => inner.get(keys),
    async set(items) {
      active += 1
      stats.maxConcurrentWrites = Math.max(stats.maxConcurrentWrites, active)
      await new Promise((r) => setTimeout(r, 1))
      active -= 1
      if (failSet(items, ++calls)) throw new Error('QUOTA_BYTES quota exceeded')
      return inner.set(items)
    },
    remove: (keys) => inner.remove(keys),
  }
  return { kv, inner, stats }
}

describe('note store', () => {
  it('reads the version 1 storage fixture by story key and by source URL', async () => {
    const store = createNoteStore(memoryKeyValue(v1Storage))
    const byKey = unwrap(await store.forStory({ storyKey: 'harbourside-budget-2024', source: SOURCE }))
    expect(byKey.notes.map((n) => n.target.selector[0].exact.slice(0, 20))).toEqual([
      'the council restored', '“We keep studying th', 'Property taxes will ',
    ])
    expect(byKey.invalid).toEqual([])
    expect(unwrap(await store.forStory({ source: SOURCE })).notes).toHaveLength(1)
    expect(unwrap(await store.all()).notes).toHaveLength(3)
  })

  it('puts, gets, edits, moves and removes a note, keeping the index in step', async () => {
    const kv = memoryKeyValue()
    const store = createNoteStore(kv)
    const note = noteOn('The vote was 7 to 4.', { storyKey: 'story-a' })
    expect(unwrap(await store.put(note))).toEqual(note)
    expect(unwrap(await store.get(note.id))).toEqual(note)
    expect(kv.data.get(indexKey('story-a'))).toEqual({ schemaVersion: 1, ids: [note.id] })
    const moved: Note = { ...note, target: { ...note.target, storyKey: 'story-b' } }
    unwrap(await store.put(moved))
    expect(kv.data.has(indexKey('story-a'))).toBe(false)
    expect(unwrap(await store.forStory({ storyKey: 'story-b' })).notes).toEqual([moved])
    expect(unwrap(await store.remove(note.id))).toEqual(moved)
    expect(unwrap(await store.forStory({ storyKey: 'story-b' })).notes).toEqual([])
    expect((await store.get(note.id)).ok).toBe(false)
  })

  it('refuses invalid notes without writing anything', async () => {
    const kv = memoryKeyValue()
    const r = await createNoteStore(kv).put({ ...noteOn('Transit was'), id: 'bad' })
    expect(r.ok ? null : r.error.code).toBe('invalid')
    expect(kv.data.size).toBe(0)
  })

  it('writes one at a time, and every one of many concurrent saves lands', async () => {
    const { kv, inner, stats } = faultyKeyValue(() => false)
    const store = createNoteStore(kv)
    const notes = Array.from({ length: 40 }, () => noteOn('The council did not settle', { storyKey: 'busy' }))
    const results = await Promise.all(notes.map((n) => store.put(n)))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(stats.maxConcurrentWrites).toBe(1)
    expect((inner.data.get(indexKey('busy')) as { ids: string[] }).ids).toEqual(notes.map((n) => n.id))
  })

  it('reports a failed write (quota) and loses nothing already stored', async () => {
    let failing = false
    const { kv, inner } = faultyKeyValue(() => failing)
    const store = createNoteStore(kv)
    const kept = noteOn('Property taxes will rise', { storyKey: 's' })
    unwrap(await store.put(kept))
    const before = structuredClone(Object.fromEntries(inner.data))
    failing = true
    const r1 = await store.put(noteOn('Parks will hire', { storyKey: 's' }))
    const r2 = await store.put({ ...kept, body: { text: 'changed', tags: [] } })
    expect(r1.ok ? null : r1.error.code).toBe('storage')
    expect(r2.ok ? null : r2.error.message).toMatch(/could not be saved.*Nothing stored was changed/)
    expect(Object.fromEntries(inner.data)).toEqual(before)
    failing = false
    expect(unwrap(await store.forStory({ storyKey: 's' })).notes).toEqual([kept])
  })

  it('finds a note whose index write failed (the note is written first)', async () => {
    const { kv } = faultyKeyValue((items) => Object.keys(items).some((k) => k.includes('/story/')))
    const store = createNoteStore(kv)
    const note = noteOn('Transit was the second', { storyKey: 'idx-fails' })
    expect((await store.put(note)).ok).toBe(true)
    // The next story read repairs the index; here the index write still fails, so the read fails
    // loudly rather than returning a list without the note.
    const r = await store.forStory({ storyKey: 'idx-fails' })
    expect(r.ok ? r.value.notes : r.error.code).toEqual('storage')
  })

  it('recovers a note written by a worker stopped before its index write, from the journal', async () => {
    const note = noteOn('The fire department gets money', { storyKey: 'crash' })
    // What storage holds after the worker died between the two writes: the journal, the note, no index.
    const kv = memoryKeyValue({ [noteKey(note.id)]: note, [DIRECTORY_READY_KEY]: { schemaVersion: 1 },
      [JOURNAL_KEY]: { schemaVersion: 1, ids: [note.id] } })
    const store = createNoteStore(kv) // a new worker
    expect(unwrap(await store.repair()).fixed).toBe(1)
    expect(kv.data.has(JOURNAL_KEY)).toBe(false)
    expect(unwrap(await store.forStory({ storyKey: 'crash' })).notes).toEqual([note])
    expect(unwrap(await store.page(null, 10)).notes).toEqual([note])
  })

  it('builds the id directory once from storage written before it existed, and never reads all storage again', async () => {
    const note = noteOn('The fire department gets money', { storyKey: 'old' })
    const inner = memoryKeyValue({ [noteKey(note.id)]: note, 'gm/other': { big: 'x'.repeat(1000) } })
    let fullReads = 0
    const kv: KeyValueStore = { ...inner, get: (keys) => { if (keys === null) fullReads += 1; return inner.get(keys) } }
    const store = createNoteStore(kv)
    expect(unwrap(await store.forStory({ storyKey: 'old' })).notes).toEqual([note])
    expect(fullReads).toBe(1)
    unwrap(await store.put(noteOn('Transit was the second', { storyKey: 'old' })))
    expect(unwrap(await store.all()).notes).toHaveLength(2)
    expect(unwrap(await store.page(null, 1)).next).not.toBeNull()
    expect(unwrap(await createNoteStore(kv).all()).notes).toHaveLength(2) // a new worker
    unwrap(await createNoteStore(kv).repair())
    expect(unwrap(await createNoteStore(kv).clear()).removed).toBe(2)
    expect(fullReads).toBe(1)
  })

  it('drops index entries of notes that are gone, and rebuilds a broken index', async () => {
    const a = noteOn('The police department', { storyKey: 'p' })
    const b = noteOn('The budget keeps the number 14', { storyKey: 'p' })
    const kv = memoryKeyValue({ [noteKey(a.id)]: a, [indexKey('p')]: { schemaVersion: 1, ids: [b.id, a.id] } })
    const store = createNoteStore(kv)
    expect(unwrap(await store.forStory({ storyKey: 'p' })).notes).toEqual([a])
    expect(kv.data.get(indexKey('p'))).toEqual({ schemaVersion: 1, ids: [a.id] })
    kv.data.set(indexKey('p'), { ids: 'nonsense' })
    expect(unwrap(await store.forStory({ storyKey: 'p' })).notes).toEqual([a])
    expect(kv.data.get(indexKey('p'))).toEqual({ schemaVersion: 1, ids: [a.id] })
  })

  it('reports invalid stored items, keeps them, and never overwrites them', async () => {
    const good = noteOn('Students and residents over 65', { storyKey: 'q' })
    const bad = { ...noteOn('will continue to pay half price', { storyKey: 'q' }) }
    const broken = { ...bad, target: { ...bad.target, selector: 'gone' } }
    const future = { ...noteOn('The new budget takes effect'), schemaVersion: 99 }
    const kv = memoryKeyValue({
      [noteKey(good.id)]: good, [noteKey(bad.id)]: broken, [noteKey(future.id)]: future,
      [indexKey('q')]: { schemaVersion: 1, ids: [good.id, bad.id] },
    })
    const store = createNoteStore(kv)
    const story = unwrap(await store.forStory({ storyKey: 'q' }))
    expect(story.notes).toEqual([good])
    expect(story.invalid).toEqual([expect.objectContaining({ key: noteKey(bad.id), code: 'invalid' })])
    const all = unwrap(await store.all())
    expect(all.invalid.map((i) => i.code).sort()).toEqual(['invalid', 'newer-version'])
    const r = await store.put(bad)
    expect(r.ok ? null : r.error.code).toBe('unreadable')
    expect(unwrap(await store.clear())).toEqual({ removed: 1, kept: 2 })
    expect(kv.data.get(noteKey(bad.id))).toEqual(broken)
    expect(kv.data.get(noteKey(future.id))).toEqual(future)
    // The index still lists the unreadable item, so its story keeps reporting it.
    expect(unwrap(await store.forStory({ storyKey: 'q' })).invalid).toHaveLength(1)
  })

  it('holds 5,000 notes: all listed, each story read by its index', async () => {
    const kv = memoryKeyValue()
    const store = createNoteStore(kv)
    const notes = Array.from({ length: 5000 }, (_, i) => noteOn('The vote was 7 to 4.', { storyKey: `story-${i % 100}` }))
    const outcome = unwrap(await store.importNotes(notes))
    expect(outcome.imported).toHaveLength(5000)
    expect(unwrap(await store.all()).notes).toHaveLength(5000)
    expect(unwrap(await store.forStory({ storyKey: 'story-7' })).notes).toHaveLength(50)
  })
})
