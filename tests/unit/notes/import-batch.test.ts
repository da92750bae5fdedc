// Imports in batches (issue 14, item 5): a batch sent again because its reply was lost is answered
// with what the first one did, not "already stored"; a batch a stopped worker left half written is
// finished by the resend; reading goes page by page through the id directory.
import { describe, expect, it } from 'vitest'
import { createNoteStore, IMPORT_BATCH, memoryKeyValue, noteKey, type KeyValueStore, type Note } from '../../../src/notes/index.ts'
import { IMPORT_LOG_LENGTH } from '../../../src/notes/note-directory.ts'
import { noteOn } from './fixtures.ts'

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}
const many = (n: number, storyKey = 'batch') => Array.from({ length: n }, () => noteOn('The vote was 7 to 4.', { storyKey }))

describe('import batches', () => {
  it('writes a bulk import once: its notes in sets of IMPORT_BATCH, each story index and directory shard once (issue 18)', async () => {
    const inner = memoryKeyValue()
    const sets: string[][] = []
    const store = createNoteStore({ ...inner, set: async (items) => { sets.push(Object.keys(items)); return inner.set(items) } })
    unwrap(await store.count()) // the directory exists, as in a store in use
    sets.length = 0
    const notes = Array.from({ length: 2 * IMPORT_BATCH + 10 }, (_, i) => noteOn('The vote was 7 to 4.', { storyKey: `story-${i % 300}` }))
    expect(unwrap(await store.importNotes(notes)).imported).toHaveLength(notes.length)
    const noteSets = sets.filter((keys) => keys.some((k) => k.includes('/note/')))
    expect(noteSets).toHaveLength(3)
    // Every other key written (journal, story indexes, directory shards) is written once.
    const others = sets.flat().filter((k) => !k.includes('/note/'))
    expect(others.length - new Set(others).size).toBe(0)
    expect(sets.length).toBe(noteSets.length + 2) // + the journal, + indexes and directory in one set
    expect(unwrap(await store.count())).toBe(notes.length)
    expect(unwrap(await store.forStory({ storyKey: 'story-7' })).notes).toHaveLength(7)
  })

  it('answers a batch sent again with the outcome of the first time', async () => {
    const store = createNoteStore(memoryKeyValue())
    const notes = many(300)
    const first = unwrap(await store.importBatch('import-1:0', notes))
    expect(first.imported).toHaveLength(300)
    expect(first.skipped).toEqual([])
    // The reply was lost and the batch came again: same report, nothing written twice.
    expect(unwrap(await store.importBatch('import-1:0', notes))).toEqual(first)
    expect(unwrap(await store.count())).toBe(300)
    // A new import of the same notes is honestly "already stored".
    const again = unwrap(await store.importBatch('import-2:0', notes))
    expect(again.imported).toEqual([])
    expect(again.skipped).toHaveLength(300)
    expect(again.skipped[0].reason).toBe('Already stored.')
  })

  it('keeps both when an id holds a different note, and reports the copy; a resend reports it the same', async () => {
    const store = createNoteStore(memoryKeyValue())
    const [a] = many(1)
    unwrap(await store.put(a))
    const changed: Note = { ...a, body: { text: 'changed', tags: [] } }
    const o = unwrap(await store.importBatch('i:0', [changed, { nonsense: true }]))
    expect(o.copies).toEqual([{ from: a.id, to: expect.stringMatching(/^urn:uuid:/) }])
    expect(o.imported).toEqual([o.copies[0].to])
    expect(o.failed).toEqual([{ id: 'undefined', reason: expect.any(String) }])
    expect(unwrap(await store.importBatch('i:0', [changed, { nonsense: true }]))).toEqual(o)
    expect(unwrap(await store.get(a.id))).toEqual(a)
  })

  it('finishes a batch a stopped worker left half written when it is sent again', async () => {
    const inner = memoryKeyValue()
    let noteWrites = 0
    // The worker "stops" at its second write of notes: that call never returns.
    const dying: KeyValueStore = { ...inner, set: (items) => {
      if (Object.keys(items).some((k) => k.includes('/note/')) && ++noteWrites === 2) return new Promise(() => {})
      return inner.set(items)
    } }
    const notes = many(IMPORT_BATCH + 150, 'half')
    void createNoteStore(dying).importBatch('big:0', notes)
    await new Promise((r) => setTimeout(r, 50))
    expect(notes.filter((n) => inner.data.has(noteKey(n.id)))).toHaveLength(IMPORT_BATCH)

    const store = createNoteStore(inner) // the new worker
    unwrap(await store.repair())
    expect(unwrap(await store.count())).toBe(IMPORT_BATCH) // what was written is indexed
    const resent = unwrap(await store.importBatch('big:0', notes))
    expect(resent.imported).toHaveLength(IMPORT_BATCH + 150)
    expect(resent.skipped).toEqual([])
    expect(unwrap(await store.count())).toBe(IMPORT_BATCH + 150)
    expect(unwrap(await store.forStory({ storyKey: 'half' })).notes).toHaveLength(IMPORT_BATCH + 150)
  })

  it('remembers the last batches only', async () => {
    const kv = memoryKeyValue()
    const store = createNoteStore(kv)
    for (let i = 0; i < IMPORT_LOG_LENGTH + 4; i++) unwrap(await store.importBatch(`b:${i}`, many(1)))
    const log = kv.data.get('notes.v1/import-log') as { batches: { id: string }[] }
    expect(log.batches.map((b) => b.id)).toEqual(Array.from({ length: IMPORT_LOG_LENGTH }, (_, i) => `b:${i + 4}`))
  })
})

describe('reading in pages', () => {
  it('reads every note once, in id order, by cursor, even when notes are added between pages', async () => {
    const kv = memoryKeyValue()
    const store = createNoteStore(kv)
    const notes = many(1000)
    unwrap(await store.importNotes(notes))
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: { notes: Note[]; next: string | null } = unwrap(await store.page(cursor, 128))
      seen.push(...page.notes.map((n) => n.id))
      cursor = page.next
      if (++pages === 2) unwrap(await store.put({ ...notes[0], id: 'urn:uuid:00000000-0000-4000-8000-000000000000' }))
    } while (cursor)
    expect(pages).toBe(8)
    expect(seen).toEqual([...seen].sort())
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.filter((id) => id !== 'urn:uuid:00000000-0000-4000-8000-000000000000').sort()).toEqual(notes.map((n) => n.id).sort())
  })

  it('counts notes and unreadable items; a removed note leaves no page entry', async () => {
    const kv = memoryKeyValue()
    const store = createNoteStore(kv)
    const notes = many(5)
    unwrap(await store.importNotes(notes))
    unwrap(await store.remove(notes[1].id))
    kv.data.set(noteKey(notes[2].id), { broken: true })
    expect(unwrap(await store.count())).toBe(4)
    const page = unwrap(await store.page(null, 10))
    expect(page.notes).toHaveLength(3)
    expect(page.invalid).toEqual([expect.objectContaining({ key: noteKey(notes[2].id) })])
    expect(page.next).toBeNull()
  })
})
