import { describe, expect, it } from 'vitest'
import { keyLegacyNotes } from '../../../src/page/identity/key-legacy-notes.ts'

// An older note shape: the target's source is the URL the page stated, no story key.
interface OldNote { id: string; target: { source?: unknown } }

describe('keyLegacyNotes', () => {
  it('gives notes on one story under different URLs the same key, and keeps the bad ones', () => {
    const notes: OldNote[] = [
      { id: 'a', target: { source: 'https://www.theguardian.com/world/2024/jan/23/ukraine-grain-corridor-talks?CMP=share_btn_tw' } },
      { id: 'b', target: { source: 'https://amp.theguardian.com/world/2024/jan/23/ukraine-grain-corridor-talks' } },
      { id: 'c', target: { source: 'not a url' } },
      { id: 'd', target: {} },
    ]
    const out = keyLegacyNotes(notes, (n) => n.target.source)
    expect(out.map((o) => o.note.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(out[0]).toMatchObject({ ok: true, key: 'theguardian.com/world/2024/jan/23/ukraine-grain-corridor-talks' })
    expect(out[1]).toMatchObject({ ok: true, key: 'theguardian.com/world/2024/jan/23/ukraine-grain-corridor-talks' })
    expect(out[2]).toMatchObject({ ok: false })
    expect(out[3]).toMatchObject({ ok: false, reason: 'no source URL' })
  })

  it('survives an accessor that throws on a corrupt note', () => {
    const out = keyLegacyNotes([null as unknown as OldNote], (n) => n.target.source)
    expect(out[0]).toMatchObject({ ok: false, reason: 'source unreadable' })
  })
})
