// Strict calendar dates: the form and the day. An import with 2023-02-29 was accepted and shown as
// 1 March (issue 14, 10a); the note schema now refuses such dates in created, modified and
// story.published, and createNote leaves an impossible publish date out rather than refuse the note.
import { describe, expect, it } from 'vitest'
import { isIsoCalendarDate, isRealDay } from '../../../src/notes/calendar-date.ts'
import { createNote, exportWebAnnotations, parseImport, validateNote } from '../../../src/notes/index.ts'
import { noteOn, SOURCE, STORY_INFO } from './fixtures.ts'

describe('isIsoCalendarDate', () => {
  it.each([
    ['2023-02-29', false], ['2024-02-29', true], ['2024-04-31', false], ['2024-13-01', false],
    ['2024-00-10', false], ['2024-01-00', false], ['2024-12-31', true], ['1900-02-29', false], ['2000-02-29', true],
    ['0099-03-01', true],
  ])('%s is a real day: %s', (s, real) => {
    expect(isIsoCalendarDate(s)).toBe(real)
  })

  it('checks time and zone ranges, and that a timestamp has both', () => {
    expect(isIsoCalendarDate('2024-02-29T23:59:59.999Z', 'timestamp')).toBe(true)
    expect(isIsoCalendarDate('2024-06-12T07:30:00-04:00', 'timestamp')).toBe(true)
    expect(isIsoCalendarDate('2024-06-12T24:00:00Z', 'timestamp')).toBe(false)
    expect(isIsoCalendarDate('2024-06-12T10:60:00Z', 'timestamp')).toBe(false)
    expect(isIsoCalendarDate('2024-06-12T10:00:00+25:00', 'timestamp')).toBe(false)
    expect(isIsoCalendarDate('2024-06-12', 'timestamp')).toBe(false)
    expect(isIsoCalendarDate('2024-06-12T10:00', 'timestamp')).toBe(false)
    expect(isIsoCalendarDate('2024-06-12T10:00')).toBe(true)
    expect(isIsoCalendarDate('12 June 2024')).toBe(false)
    expect(isRealDay(2024, 2, 29)).toBe(true)
    expect(isRealDay(2023, 2, 29)).toBe(false)
  })
})

describe('the note schema takes real dates only', () => {
  const bad = ['2023-02-29', '2024-04-31', '2024-13-01']
  it.each(bad)('refuses created, modified and story.published on %s', (day) => {
    const note = noteOn('The vote was 7 to 4.')
    expect(validateNote({ ...note, created: `${day}T10:00:00.000Z` }).ok).toBe(false)
    expect(validateNote({ ...note, modified: `${day}T10:00:00.000Z` }).ok).toBe(false)
    expect(validateNote({ ...note, story: { ...note.story, published: day } }).ok).toBe(false)
    expect(validateNote({ ...note, story: { ...note.story, published: `${day}T07:30:00-04:00` } }).ok).toBe(false)
  })

  it('accepts 29 February of a leap year', () => {
    const note = noteOn('The vote was 7 to 4.')
    expect(validateNote({ ...note, created: '2024-02-29T10:00:00.000Z', modified: '2024-02-29T10:00:00.000Z',
      story: { ...note.story, published: '2024-02-29' } }).ok).toBe(true)
  })

  it('rejects an imported item dated 2023-02-29 with its reason, and keeps the others', () => {
    const good = noteOn('The vote was 7 to 4.')
    const bad = { ...noteOn('The vote was 7 to 4.'), created: '2023-02-29T09:00:00.000Z' }
    const parsed = parseImport(exportWebAnnotations([good, bad], '2024-03-01T00:00:00.000Z'))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value.notes.map((n) => n.id)).toEqual([good.id])
    expect(parsed.value.rejected).toEqual([{ index: 1, id: bad.id, reason: expect.stringMatching(/created/) }])
  })

  it('createNote leaves an impossible publish date out instead of refusing the note', () => {
    const base = noteOn('The vote was 7 to 4.')
    const r = createNote({ source: SOURCE, selector: base.target.selector, text: 'x', story: { ...STORY_INFO, published: '2024-04-31' } })
    expect(r.ok && r.value.story.published).toBe(null)
  })
})
