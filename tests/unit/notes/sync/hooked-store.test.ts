import { describe, expect, it } from 'vitest'
import { createNoteStore, memoryKeyValue } from '../../../../src/notes/index.ts'
import { withWriteListener } from '../../../../src/notes/sync/hooked-store.ts'
import { noteOn } from '../fixtures.ts'

describe('the store with a write listener', () => {
  it('tells of each write that succeeded (null for bulk ones), and of nothing else', async () => {
    const told: Array<readonly string[] | null> = []
    const store = withWriteListener(createNoteStore(memoryKeyValue()), () => (ids) => told.push(ids))
    const note = noteOn('nine-hour meeting')
    await store.put(note)
    await store.get(note.id)
    await store.all()
    await store.remove(note.id)
    await store.remove(note.id) // nothing left to remove: no write
    const imported = noteOn('nine-hour meeting')
    await store.importNotes([imported])
    await store.importNotes([imported]) // already stored: nothing written
    await store.clear()
    expect(told).toEqual([[note.id], [note.id], [imported.id], null])
  })

  it('tells no one of a write that failed', async () => {
    const told: unknown[] = []
    const failing = { ...memoryKeyValue(), set: async () => { throw new Error('quota') } }
    const store = withWriteListener(createNoteStore(failing), () => (ids) => told.push(ids))
    expect((await store.put(noteOn('nine-hour meeting'))).ok).toBe(false)
    expect(told).toEqual([])
  })
})
