// The library's search: full text with prefixes and typos, filters by site, tag and entity.
import MiniSearch from 'minisearch'
import { describe, expect, it, vi } from 'vitest'
import { createLibraryIndex } from '../../../src/notes/index.ts'
import { noteOn } from './fixtures.ts'

const notes = [
  noteOn('The largest fight was over the library system.', { text: 'Libraries matter more than parking meters', tags: ['library'], site: 'Harbourside Herald' }),
  noteOn('Property taxes will rise by 2.1 percent', { text: 'Check the assessor numbers', tags: ['taxes', 'budget'], site: 'Harbourside Herald', entityId: 'ORG:council' }),
  noteOn('The fire department gets money for two new engines', { text: 'East side training center', tags: ['budget'], site: 'Bay Times', entityId: 'ORG:council' }),
  noteOn('Mayor Ines Calder', { text: '', tags: [], site: 'Bay Times', entityId: 'PER:ines-calder' }),
]
const ids = (ns: { id: string }[]) => ns.map((n) => notes.findIndex((x) => x.id === n.id))

describe('library search', () => {
  const index = createLibraryIndex(notes)
  it('finds notes by their text, quote, tags and title', () => {
    expect(ids(index.search('parking'))).toEqual([0])
    expect(ids(index.search('engines'))).toEqual([2])
    expect(ids(index.search('taxes'))).toEqual([1])
    expect(ids(index.search('Calder'))).toEqual([3])
  })
  it('matches prefixes and small typos', () => {
    expect(ids(index.search('assess'))).toEqual([1])
    expect(ids(index.search('asessor'))).toEqual([1])
  })
  it('filters by site, tag and entity, with or without a query', () => {
    expect(ids(index.search('', { site: 'Bay Times' })).sort()).toEqual([2, 3])
    expect(ids(index.search('', { tag: 'budget' })).sort()).toEqual([1, 2])
    expect(ids(index.search('', { entityId: 'ORG:council', site: 'Bay Times' }))).toEqual([2])
    expect(ids(index.search('budget', { site: 'Harbourside Herald' })).sort()).toEqual([0, 1])
  })
  it('lists everything newest first for an empty query', () => {
    expect(ids(index.search(''))).toEqual([3, 2, 1, 0])
  })
  it('counts facets for the filter menus', () => {
    expect(index.facets()).toEqual({
      sites: [{ value: 'Bay Times', count: 2 }, { value: 'Harbourside Herald', count: 2 }],
      tags: [{ value: 'budget', count: 2 }, { value: 'library', count: 1 }, { value: 'taxes', count: 1 }],
      entities: [{ value: 'ORG:council', count: 2 }, { value: 'PER:ines-calder', count: 1 }],
    })
  })
  it('follows edits and deletions', () => {
    const live = createLibraryIndex(notes)
    live.upsert({ ...notes[3], body: { text: 'ferry terminal plans', tags: ['ferry'] } })
    expect(ids(live.search('ferry'))).toEqual([3])
    live.remove(notes[3].id)
    expect(live.search('ferry')).toEqual([])
    expect(live.search('', {}).length).toBe(3)
  })

  it('looks up each word once while the reader types: a keystroke searches only the word being typed', () => {
    const typing = createLibraryIndex(notes)
    const spy = vi.spyOn(MiniSearch.prototype, 'search')
    const typed = 'budget east trai'
    for (let i = 1; i <= typed.length; i++) typing.search(typed.slice(0, i))
    // One search per distinct word as typed so far ("b", "bu", …, "budget", "e", …, "trai"): the
    // words before the last are never searched again.
    const words = new Set<string>()
    for (let i = 1; i <= typed.length; i++) for (const w of typed.slice(0, i).split(' ').filter(Boolean)) words.add(w)
    expect(spy.mock.calls.length).toBe(words.size)
    expect(ids(typing.search(typed))).toEqual([2])
    // A change to the notes drops the kept words: an edited note is found by its new text.
    typing.upsert({ ...notes[0], body: { ...notes[0].body, text: 'East side budget, training' } })
    expect(ids(typing.search(typed)).sort()).toEqual([0, 2])
    typing.remove(notes[2].id)
    expect(ids(typing.search(typed))).toEqual([0])
    spy.mockRestore()
  })
})
