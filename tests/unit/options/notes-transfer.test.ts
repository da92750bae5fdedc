// Batching on the options page: batches bounded by count and by size, and reading every note page
// by page against the real store in memory.
import { describe, expect, it } from 'vitest'
import { createNoteStore, memoryKeyValue, type Note } from '../../../src/notes/index.ts'
import { batchesOf, readAllNotes, type Send } from '../../../src/options/notes-transfer.ts'
import { noteOn } from '../notes/fixtures.ts'

describe('notes transfer', () => {
  it('cuts batches at the note count and at the size, never leaving one empty', () => {
    const short = noteOn('The vote was 7 to 4.')
    const long: Note = { ...short, body: { text: 'x'.repeat(90_000), tags: [] } }
    expect(batchesOf(Array(1200).fill(short)).map((b) => b.length)).toEqual([500, 500, 200])
    expect(batchesOf(Array(10).fill(long), 500, 200_000).map((b) => b.length)).toEqual([2, 2, 2, 2, 2])
    expect(batchesOf([long], 500, 10).map((b) => b.length)).toEqual([1])
    expect(batchesOf([])).toEqual([])
  })

  it('reads every note page by page with progress', async () => {
    const store = createNoteStore(memoryKeyValue())
    const notes = Array.from({ length: 2500 }, () => noteOn('The vote was 7 to 4.'))
    expect((await store.importNotes(notes)).ok).toBe(true)
    const send = (async (msg: { type: string; cursor: string | null; limit: number }) => {
      const total = msg.cursor === null ? await store.count() : null
      const r = await store.page(msg.cursor, msg.limit)
      if (!r.ok) return r
      return { ok: true, value: { notes: r.value.notes, invalid: r.value.invalid.length, next: r.value.next, total: total?.ok ? total.value : null } }
    }) as unknown as Send
    const progress: string[] = []
    const r = await readAllNotes(send, (p) => progress.push(`${p.done}/${p.total}`))
    expect(r.ok && r.notes.map((n) => n.id).sort()).toEqual(notes.map((n) => n.id).sort())
    expect(progress).toEqual(['1000/2500', '2000/2500', '2500/2500'])
  })
})
