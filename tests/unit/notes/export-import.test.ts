// Export as W3C Web Annotation JSON-LD and Markdown; import that validates every item, reports
// what it rejected and why, and never overwrites or loses a stored note.
import { describe, expect, it } from 'vitest'
import {
  IMPORT_BATCH,
  annotationJson, createNoteStore, exportFileParts, exportMarkdown, exportWebAnnotations, memoryKeyValue, noteKey,
  parseImport, POSITION_NOTE, type Note,
} from '../../../src/notes/index.ts'
import { noteOn } from './fixtures.ts'

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}
const NOW = '2024-07-01T12:00:00.000Z'

function sampleNotes(): Note[] {
  return [
    noteOn('The vote was 7 to 4.', { text: 'Close vote <script>alert(1)</script> & **bold**', tags: ['vote', 'café'], storyKey: 'harbourside-budget' }),
    noteOn('Mayor Ines Calder', { text: 'Line one\nLine two 🙂', entityId: 'PER:ines-calder', storyKey: 'harbourside-budget' }),
    noteOn('The largest fight was over the library system.', { text: '', tags: [] }),
  ]
}

describe('export and import', () => {
  it('gives every note back identical after export, clear and import', async () => {
    const kv = memoryKeyValue()
    const store = createNoteStore(kv)
    for (const n of sampleNotes()) unwrap(await store.put(n))
    const before = unwrap(await store.all()).notes
    const file = exportWebAnnotations(before, NOW)
    expect(unwrap(await store.clear()).removed).toBe(3)
    expect(unwrap(await store.all()).notes).toEqual([])
    const parsed = unwrap(parseImport(file))
    expect(parsed.rejected).toEqual([])
    const outcome = unwrap(await store.importNotes(parsed.notes))
    expect(outcome.imported).toHaveLength(3)
    expect(unwrap(await store.all()).notes).toEqual(before)
    expect(unwrap(await store.forStory({ storyKey: 'harbourside-budget' })).notes).toHaveLength(2)
  })

  it('writes a W3C AnnotationCollection that says positions are UTF-16 code units', () => {
    const [n] = sampleNotes()
    const json = JSON.parse(exportWebAnnotations([n], NOW))
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(json.type).toBe('AnnotationCollection')
    expect(json.total).toBe(1)
    expect(json['gloss:about']).toBe(POSITION_NOTE)
    expect(POSITION_NOTE).toMatch(/UTF-16 code units/)
    const item = json.first.items[0]
    expect(item).toMatchObject({
      id: n.id, type: 'Annotation', motivation: 'commenting',
      body: [{ type: 'TextualBody', purpose: 'commenting', value: n.body.text, format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'vote' }, { purpose: 'tagging', value: 'café' }],
      target: { source: n.target.source, selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector' }] },
    })
  })

  it('skips notes already stored and never overwrites a different note with the same id', async () => {
    const kv = memoryKeyValue()
    const store = createNoteStore(kv)
    const [a, b] = sampleNotes()
    unwrap(await store.put(a))
    const changedA: Note = { ...a, body: { ...a.body, text: 'a different text' } }
    const file = exportWebAnnotations([changedA, b], NOW)
    const first = unwrap(await store.importNotes(unwrap(parseImport(file)).notes))
    expect(first.imported).toHaveLength(2)
    expect(first.copies).toEqual([{ from: a.id, to: expect.stringMatching(/^urn:uuid:/) }])
    expect(kv.data.get(noteKey(a.id))).toEqual(a) // untouched
    const copy = unwrap(await store.get(first.copies[0].to))
    expect(copy).toEqual({ ...changedA, id: first.copies[0].to })
    // The same file again: nothing new, each skip with its reason.
    const again = unwrap(await store.importNotes(unwrap(parseImport(file)).notes))
    expect(again.imported).toEqual([])
    expect(again.skipped.map((s) => s.reason).sort()).toEqual(['Already stored as a copy.', 'Already stored.'])
    expect(unwrap(await store.all()).notes).toHaveLength(3)
  })

  it('stops at a failing write, reports the rest and keeps what was written', async () => {
    const inner = memoryKeyValue()
    let calls = 0
    // The second write of notes fails (journal, index and directory writes go through).
    const store = createNoteStore({ ...inner, set: async (items) => {
      if (Object.keys(items).some((k) => k.includes('/note/')) && ++calls > 1) throw new Error('quota')
      return inner.set(items)
    } })
    const notes = Array.from({ length: IMPORT_BATCH + 50 }, () => noteOn('Transit was the second sticking point.'))
    const outcome = unwrap(await store.importNotes(notes))
    expect(outcome.imported).toHaveLength(IMPORT_BATCH)
    expect(outcome.failed).toHaveLength(50)
    expect(outcome.failed[0].reason).toMatch(/Storage failed/)
  })

  it('rejects what is not JSON and the wrong shape with a clear message', () => {
    const code = (text: string) => { const r = parseImport(text); return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}` }
    expect(code('hello')).toMatch(/^not-json: The file is not JSON/)
    expect(code('{"type":"Nope"}')).toMatch(/^wrong-shape: .*not a Web Annotation export/)
    expect(code('"a string"')).toMatch(/^wrong-shape/)
    expect(code('{"type":"AnnotationCollection"}')).toMatch(/^wrong-shape: The collection has no page/)
  })

  it('exports compact JSON, built the same from parts as whole', () => {
    const notes = sampleNotes()
    const file = exportWebAnnotations(notes, NOW)
    expect(file).not.toMatch(/\n {2}"/)
    expect(file).toBe(JSON.stringify(JSON.parse(file)))
    const { head, tail } = exportFileParts(notes.length, NOW)
    expect(head + notes.map(annotationJson).join(',') + tail).toBe(file)
    expect(JSON.parse(head + tail).first.items).toEqual([])
  })

  it('reads back its own export whatever its size: 16,500 notes in a file over 25 MB', () => {
    // Gloss refused files over 20 MB, and its own pretty-printed export of 16,500 notes was 22 MB.
    const base = noteOn('The vote was 7 to 4.', { text: 'x'.repeat(1500) })
    const notes = Array.from({ length: 16_500 }, (_, i) => ({ ...base,
      id: `urn:uuid:00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}` }))
    const file = exportWebAnnotations(notes, NOW)
    expect(file.length).toBeGreaterThan(25 * 1024 * 1024)
    const parsed = unwrap(parseImport(file))
    expect(parsed.rejected).toEqual([])
    expect(parsed.notes).toHaveLength(16_500)
    expect(parsed.notes[16_499]).toEqual(notes[16_499])
  })

  it('rejects bad items one by one, with the reason and the item index', () => {
    const [good] = sampleNotes()
    const item = JSON.parse(exportWebAnnotations([good], NOW)).first.items[0]
    const noQuote = structuredClone(item); noQuote.target.selector[0].exact = ''
    const wrongBody = { ...structuredClone(item), body: [] }
    const newer = { ...structuredClone(item), 'gloss:schemaVersion': 7 }
    const parsed = unwrap(parseImport(JSON.stringify([item, noQuote, 5, wrongBody, newer])))
    expect(parsed.notes).toEqual([good])
    expect(parsed.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4])
    expect(parsed.rejected[0].reason).toMatch(/exact/)
    expect(parsed.rejected[1].reason).toMatch(/not an object/)
    expect(parsed.rejected[2].reason).toMatch(/commenting body/)
    expect(parsed.rejected[3].reason).toMatch(/newer version of Gloss/)
  })

  it('is safe against prototype-polluting keys', () => {
    const [good] = sampleNotes()
    const item = JSON.stringify(JSON.parse(exportWebAnnotations([good], NOW)).first.items[0])
    const polluted = item.replace('{', '{"__proto__":{"polluted":"yes"},')
    const viaBody = item.replace('"gloss:story":{', '"gloss:story":{"constructor":{"prototype":{"polluted":"yes"}},')
    const parsed = unwrap(parseImport(`[${polluted},${viaBody},${item}]`))
    expect(parsed.notes).toHaveLength(1)
    expect(parsed.rejected.map((r) => r.reason)).toEqual([
      'The item has a forbidden key "__proto__".', 'The item has a forbidden key "constructor".'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    const top = parseImport(`{"__proto__":{"polluted":"yes"},"type":"AnnotationPage","items":[${item}]}`)
    expect(top.ok ? 'ok' : top.error.message).toMatch(/forbidden key "__proto__"/)
  })

  it('imports markup in note text as text, exactly', () => {
    const [n] = sampleNotes()
    const parsed = unwrap(parseImport(exportWebAnnotations([n], NOW)))
    expect(parsed.notes[0].body.text).toBe('Close vote <script>alert(1)</script> & **bold**')
  })
})

describe('markdown export', () => {
  it('groups notes by story and escapes note text so markup shows as text', () => {
    const md = exportMarkdown(sampleNotes(), NOW)
    expect(md).toContain('# Gloss notes')
    expect(md).toContain('## [Harbourside council approves $412 million budget](https://news.example.org/harbourside/budget-approved)')
    expect(md).toContain('> The vote was 7 to 4.')
    expect(md).toContain('Close vote \\<script\\>alert\\(1\\)\\</script\\> \\& \\*\\*bold\\*\\*')
    expect(md).not.toContain('<script>')
    expect(md).toContain('#vote')
    expect(md).toContain('entity PER:ines-calder')
    expect(md).toContain('Line one\nLine two 🙂')
  })
})
