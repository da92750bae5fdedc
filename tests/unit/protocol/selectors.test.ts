// One selector schema (src/notes/schema.ts SelectorsSchema) for notes, their import and the
// protocol: a selector the store would refuse is refused where the message arrives. Before issue
// 19 the protocol had its own copy, whose offsets had no upper bound and which let unknown fields through.
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { RequestSchema } from '../../../src/protocol/messages.ts'
import { MAX_OFFSET, NoteTargetSchema } from '../../../src/notes/schema.ts'

const save = (selector: unknown) => ({ type: 'page/save-note', id: 'urn:uuid:0b7c1f8e-3d2a-4c5b-9e6f-1a2b3c4d5e6f', selector, text: 'x', tags: [],
  entityId: null })
const quote = { type: 'TextQuoteSelector', exact: 'Ryder', prefix: 'Gen. ', suffix: ' said' }

describe('the selector schema', () => {
  it('accepts at the protocol what the note schema accepts', () => {
    const selector = [quote, { type: 'TextPositionSelector', start: 10, end: 15 }]
    expect(v.safeParse(RequestSchema, save(selector)).success).toBe(true)
    expect(v.safeParse(NoteTargetSchema, { source: 'https://news.example.com/a', selector }).success).toBe(true)
  })

  it('refuses at the protocol an offset or a field the note schema refuses', () => {
    const far = [quote, { type: 'TextPositionSelector', start: MAX_OFFSET + 1, end: MAX_OFFSET + 6 }]
    const extra = [{ ...quote, note: 'not a selector field' }, { type: 'TextPositionSelector', start: 10, end: 15 }]
    for (const selector of [far, extra]) {
      expect(v.safeParse(NoteTargetSchema, { source: 'https://news.example.com/a', selector }).success).toBe(false)
      expect(v.safeParse(RequestSchema, save(selector)).success).toBe(false)
    }
  })
})
