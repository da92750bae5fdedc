// The library's pure helpers: tags typed as one line, entity labels, dates as the page states
// them, export file names, and the words of an import report.
import { describe, expect, it } from 'vitest'
import {
  describeImport, entityLabel, exportFileName, localDay, parseTagsInput, publishedLabel, sizeLabel, tagsToInput,
} from '../../../src/options/library-format.ts'

describe('library format helpers', () => {
  it('reads tags from one line: split on commas, trimmed, spaces collapsed, repeats and blanks dropped', () => {
    expect(parseTagsInput(' iraq, talks ,iraq,, follow   up ,')).toEqual(['iraq', 'talks', 'follow up'])
    expect(parseTagsInput('')).toEqual([])
    expect(parseTagsInput(tagsToInput(['a b', 'c']))).toEqual(['a b', 'c'])
  })

  it('labels entity ids by name and kind, and leaves unknown shapes as they are', () => {
    expect(entityLabel('per:patrick-ryder')).toBe('Patrick Ryder (person)')
    expect(entityLabel('org:kataib-hezbollah')).toBe('Kataib Hezbollah (organisation)')
    expect(entityLabel('loc:iraq')).toBe('Iraq (place)')
    expect(entityLabel('xyz:thing')).toBe('Thing')
    expect(entityLabel('no-colon')).toBe('no-colon')
  })

  it('shows the publish day the page states, whatever the reader’s time zone', () => {
    // 23:30 at UTC−5 is the next day in UTC: the label keeps the page's day.
    expect(publishedLabel('2024-01-23T23:30:00-05:00')).toBe('Tue 23 Jan 2024')
    expect(publishedLabel('2024-01-24')).toBe('Wed 24 Jan 2024')
    expect(publishedLabel(null)).toBeNull()
  })

  it('names export files by kind and local day', () => {
    const day = new Date(2024, 0, 5, 23, 59)
    expect(localDay(day)).toBe('2024-01-05')
    expect(exportFileName('jsonld', day)).toBe('gloss-notes-2024-01-05.jsonld')
    expect(exportFileName('markdown', day)).toBe('gloss-notes-2024-01-05.md')
    expect(exportFileName('memory', day)).toBe('gloss-reading-memory-2024-01-05.json')
  })

  it('says sizes in bytes, KB and MB', () => {
    expect(sizeLabel(512)).toBe('512 bytes')
    expect(sizeLabel(2048)).toBe('2.0 KB')
    expect(sizeLabel(50 * 1024 * 1024)).toBe('50.0 MB')
  })

  it('sums up an import and lists every rejected, failed and skipped item with its reason', () => {
    const all = describeImport({
      imported: 2, copies: 1,
      skipped: [{ id: 'urn:uuid:a', reason: 'Already stored.' }],
      failed: [{ id: 'urn:uuid:b', reason: 'Storage failed (quota).' }],
      rejected: [{ index: 0, id: null, reason: 'Not a Gloss note: no target.' }, { index: 4, id: 'urn:uuid:c', reason: 'The item has a forbidden key "__proto__".' }],
    })
    expect(all.summary).toBe('Imported 2 notes, 1 copy kept beside a different note with the same id, 1 note already stored, 2 items rejected and 1 note not saved.')
    expect(all.problems).toEqual([
      { what: 'Item 1', reason: 'Not a Gloss note: no target.' },
      { what: 'Item 5 (urn:uuid:c)', reason: 'The item has a forbidden key "__proto__".' },
      { what: 'urn:uuid:b', reason: 'Storage failed (quota).' },
    ])
    expect(all.skipped).toEqual([{ what: 'urn:uuid:a', reason: 'Already stored.' }])
    expect(describeImport({ imported: 1, copies: 0, skipped: [], failed: [], rejected: [] }).summary).toBe('Imported 1 note.')
    expect(describeImport({ imported: 0, copies: 0, skipped: [], failed: [], rejected: [{ index: 0, id: null, reason: 'x' }] }).summary)
      .toBe('Imported 0 notes and 1 item rejected.')
  })
})
