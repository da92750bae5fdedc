// Undo of a delete, below the browser: the note put back is exactly the one deleted (same id,
// text, tags, anchor, times); only the tab that deleted it can put it back, once, while the copy
// lasts; a failed put-back keeps the copy; the stash stays small and reads storage as input.
import { describe, expect, it } from 'vitest'
import { createNoteStore, createUndoStash, memoryKeyValue, UNDO_KEEP_MS, UNDO_KEY, UNDO_MAX_CHARS, UNDO_MAX_NOTES, fail } from '../../../src/notes/index.ts'
import { noteOn } from './fixtures.ts'

const PASSAGE = 'approved'

function setup() {
  let clock = 1_700_000_000_000
  const session = memoryKeyValue()
  const stash = createUndoStash(session, () => clock)
  const store = createNoteStore(memoryKeyValue())
  return { session, stash, store, advance: (ms: number) => { clock += ms } }
}

/** What the background does on a delete from a tab: copy first, then remove. */
async function deleteFrom(s: ReturnType<typeof setup>, id: string, tab: number) {
  const note = await s.store.get(id)
  if (!note.ok) throw new Error('no note')
  expect((await s.stash.keep(note.value, tab)).ok).toBe(true)
  expect((await s.store.remove(id)).ok).toBe(true)
}

describe('undo stash', () => {
  it('puts back exactly the note deleted, in the store and its story', async () => {
    const s = setup()
    const note = noteOn(PASSAGE, { text: 'keep me', tags: ['budget', 'council'], entityId: 'e:org:council' })
    await s.store.put(note)
    await deleteFrom(s, note.id, 7)
    expect((await s.store.get(note.id)).ok).toBe(false)
    const back = await s.stash.restore(note.id, 7, (n) => s.store.put(n))
    expect(back).toEqual({ ok: true, value: note })
    expect(await s.store.get(note.id)).toEqual({ ok: true, value: note })
    expect(await s.store.forStory({ source: note.target.source })).toMatchObject({ ok: true, value: { notes: [note] } })
    // Once only: the copy is gone.
    expect(await s.stash.restore(note.id, 7, (n) => s.store.put(n))).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(s.session.data.has(UNDO_KEY)).toBe(false)
  })

  it('lets only the tab that deleted a note put it back', async () => {
    const s = setup()
    const note = noteOn(PASSAGE)
    await s.store.put(note)
    await deleteFrom(s, note.id, 7)
    expect(await s.stash.restore(note.id, 8, (n) => s.store.put(n))).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect((await s.store.get(note.id)).ok).toBe(false)
    expect((await s.stash.restore(note.id, 7, (n) => s.store.put(n))).ok).toBe(true)
  })

  it('keeps the copy when putting it back fails, so Undo can be tried again', async () => {
    const s = setup()
    const note = noteOn(PASSAGE)
    await s.stash.keep(note, 3)
    expect(await s.stash.restore(note.id, 3, async () => fail('storage', 'quota'))).toMatchObject({ ok: false, error: { code: 'storage' } })
    expect(await s.stash.restore(note.id, 3, async (n) => ({ ok: true, value: n }))).toEqual({ ok: true, value: note })
  })

  it('says so when the copy cannot be kept, so the delete is not made', async () => {
    const kv = memoryKeyValue()
    const stash = createUndoStash({ ...kv, set: async () => { throw new Error('quota exceeded') } })
    expect(await stash.keep(noteOn(PASSAGE), 1)).toMatchObject({ ok: false, error: { code: 'storage' } })
  })

  it('forgets copies after a while', async () => {
    const s = setup()
    const old = noteOn(PASSAGE)
    await s.stash.keep(old, 1)
    s.advance(UNDO_KEEP_MS + 1)
    const recent = noteOn(PASSAGE)
    await s.stash.keep(recent, 1)
    expect(await s.stash.restore(old.id, 1, async (n) => ({ ok: true, value: n }))).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect((s.session.data.get(UNDO_KEY) as { entries: unknown[] }).entries).toHaveLength(1)
  })

  it('stays small: the oldest copies go first, the newest is always kept', async () => {
    const s = setup()
    const notes = Array.from({ length: UNDO_MAX_NOTES + 5 }, () => noteOn(PASSAGE))
    for (const n of notes) await s.stash.keep(n, 1)
    const kept = (s.session.data.get(UNDO_KEY) as { entries: { note: { id: string } }[] }).entries.map((e) => e.note.id)
    expect(kept).toEqual(notes.slice(-UNDO_MAX_NOTES).map((n) => n.id))
    const big = noteOn(PASSAGE, { text: 'x'.repeat(100_000) })
    const t = setup()
    for (let i = 0; i < 6; i++) await t.stash.keep({ ...big, id: `${big.id.slice(0, -1)}${i}` }, 1)
    const entries = (t.session.data.get(UNDO_KEY) as { entries: { note: { body: { text: string } } }[] }).entries
    expect(entries.reduce((sum, e) => sum + e.note.body.text.length, 0)).toBeLessThanOrEqual(UNDO_MAX_CHARS)
    expect(entries.length).toBeGreaterThan(0)
    const huge = setup()
    await huge.stash.keep(noteOn(PASSAGE, { text: 'y'.repeat(100_000) }), 1)
    expect((huge.session.data.get(UNDO_KEY) as { entries: unknown[] }).entries).toHaveLength(1)
  })

  it('reads the stash as input: garbage is skipped, not trusted', async () => {
    const note = noteOn(PASSAGE)
    const session = memoryKeyValue({ [UNDO_KEY]: { entries: [null, 5, { owner: 1, at: Date.now(), note: { id: 'x' } },
      { owner: '1', at: Date.now(), note }, { owner: 1, at: Date.now(), note }] } })
    const stash = createUndoStash(session)
    expect(await stash.restore(note.id, 1, async (n) => ({ ok: true, value: n }))).toEqual({ ok: true, value: note })
    const bad = createUndoStash(memoryKeyValue({ [UNDO_KEY]: 'nonsense' }))
    expect(await bad.restore(note.id, 1, async (n) => ({ ok: true, value: n }))).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
