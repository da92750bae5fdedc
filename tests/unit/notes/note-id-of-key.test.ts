// The options page learns which note a storage change is about from the notes layer, not from its key layout.
import { describe, expect, it } from 'vitest'
import { INDEX_KEY_PREFIX, noteIdOfKey, noteKey } from '../../../src/notes/storage-keys.ts'

describe('noteIdOfKey', () => {
  it('gives back the id of a note key and null for any other key', () => {
    const id = 'urn:uuid:0b7c1f8e-3d2a-4c5b-9e6f-1a2b3c4d5e6f'
    expect(noteIdOfKey(noteKey(id))).toBe(id)
    expect(noteIdOfKey(INDEX_KEY_PREFIX + 'news.example.com/a')).toBeNull()
    expect(noteIdOfKey('gm/meta')).toBeNull()
    expect(noteIdOfKey('settings')).toBeNull()
  })
})
