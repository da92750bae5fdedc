// Delete and Undo from a page, through the background's router below the browser: the deleted
// note is copied (in storage.session, out of content scripts' reach) before it is removed, and
// only the tab that deleted it gets it back, exactly as it was. A delete whose copy cannot be kept
// is not made. In real browsers: tests/e2e/notes-in-page.e2e.test.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser, contentSender, appSender, sentToTabs, ORIGIN } from './fake-browser.ts'

vi.mock('../../../src/platform/browser.ts', () => ({ browser: fakeBrowser, extensionOrigin: () => ORIGIN }))
vi.mock('../../../src/background/engine-host.ts', () => ({
  analyzeStory: vi.fn(async () => ({ title: { entities: [], dates: [] }, body: { entities: [], dates: [] }, sentences: [],
    reference: { date: '2024-01-24', source: 'published' } })),
  warmModel: vi.fn(),
}))

const { route } = await import('../../../src/background/router.ts')
const { newNoteId } = await import('../../../src/notes/note-id.ts')

const text = 'The Pentagon said on Tuesday that talks would begin soon. Ryder declined to comment further.'
const story = { title: 'A story', byline: [], published: '2024-01-24T06:00:00-05:00', modified: null, site: 'Example News', url: null, lang: 'en' }
const urlOf = (path: string) => `https://news.example.com/${path}`
const from = (tabId: number, path: string) => contentSender(tabId, urlOf(path)) as never

async function openStory(tabId: number, path: string) {
  await route({ type: 'page/story', url: urlOf(path), key: `news.example.com/${path}`, story: { ...story, url: urlOf(path) }, text, total: text.length }, from(tabId, path))
}

async function saveNote(tabId: number, path: string) {
  const exact = 'talks would begin soon'
  const start = text.indexOf(exact)
  const selector = [{ type: 'TextQuoteSelector', exact, prefix: text.slice(0, start), suffix: text.slice(start + exact.length, start + exact.length + 32) },
    { type: 'TextPositionSelector', start, end: start + exact.length }]
  const r = await route({ type: 'page/save-note', id: newNoteId(), selector, text: 'my note', tags: ['talks'], entityId: null }, from(tabId, path))
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.value as { id: string }
}

const allNotes = async () => ((await route({ type: 'app/notes-all' }, appSender() as never)) as { value: { notes: { id: string }[] } }).value.notes

beforeEach(async () => {
  await fakeBrowser.storage.local.clear()
  await fakeBrowser.storage.session.clear()
  sentToTabs.length = 0
})

describe('delete and undo from a page', () => {
  it('puts back exactly the note deleted, for the tab that deleted it only', async () => {
    await openStory(11, 'a')
    await openStory(12, 'a')
    const note = await saveNote(11, 'a')
    const deleted = await route({ type: 'page/delete-note', id: note.id }, from(11, 'a'))
    expect(deleted).toEqual({ ok: true, value: note })
    expect(await allNotes()).toEqual([])
    // The copy is in the session area, which content scripts cannot read; none in storage.local.
    expect(JSON.stringify([...fakeBrowser.storage.session.data.values()])).toContain(note.id)
    expect(JSON.stringify([...fakeBrowser.storage.local.data.values()])).not.toContain('my note')
    // Another tab on the same story cannot put it back, nor can the page send a note of its own.
    expect(await route({ type: 'page/restore-note', id: note.id }, from(12, 'a'))).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await route({ type: 'page/restore-note', id: note.id, note }, from(11, 'a'))).toMatchObject({ ok: true })
    expect(await allNotes()).toEqual([note])
    expect(sentToTabs.filter((s) => s.tabId === 11)).toContainEqual({ tabId: 11, msg: { type: 'tab/notes-changed' } })
    // The copy is used once: the session area no longer holds it.
    expect(JSON.stringify([...fakeBrowser.storage.session.data.values()])).not.toContain(note.id)
  })

  it('answers a delete or an Undo sent again (its reply lost) with what was done, not an error', async () => {
    await openStory(11, 'a')
    const note = await saveNote(11, 'a')
    expect(await route({ type: 'page/delete-note', id: note.id }, from(11, 'a'))).toEqual({ ok: true, value: note })
    expect(await route({ type: 'page/delete-note', id: note.id }, from(11, 'a'))).toEqual({ ok: true, value: note })
    // Still undoable after the repeat.
    expect(await route({ type: 'page/restore-note', id: note.id }, from(11, 'a'))).toEqual({ ok: true, value: note })
    expect(await route({ type: 'page/restore-note', id: note.id }, from(11, 'a'))).toEqual({ ok: true, value: note })
    expect(await allNotes()).toEqual([note])
    // Another tab's repeat is still refused.
    await route({ type: 'page/delete-note', id: note.id }, from(11, 'a'))
    await openStory(12, 'b')
    expect(await route({ type: 'page/delete-note', id: note.id }, from(12, 'b'))).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('gives nothing back to the same tab once it shows a story on another site', async () => {
    await openStory(11, 'a')
    const note = await saveNote(11, 'a')
    await route({ type: 'page/delete-note', id: note.id }, from(11, 'a'))
    await route({ type: 'page/story', url: 'https://elsewhere.example.org/x', key: null, story, text, total: text.length },
      contentSender(11, 'https://elsewhere.example.org/x') as never)
    expect(await route({ type: 'page/restore-note', id: note.id }, contentSender(11, 'https://elsewhere.example.org/x') as never))
      .toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await allNotes()).toEqual([])
  })

  it('does not delete a note whose copy for Undo cannot be kept', async () => {
    await openStory(11, 'a')
    const note = await saveNote(11, 'a')
    const set = fakeBrowser.storage.session.set
    fakeBrowser.storage.session.set = async (items: Record<string, unknown>) => {
      if (Object.keys(items).some((k) => k.endsWith('/undo'))) throw new Error('quota exceeded')
      return set(items)
    }
    try {
      expect(await route({ type: 'page/delete-note', id: note.id }, from(11, 'a'))).toMatchObject({ ok: false, error: { code: 'storage' } })
    } finally {
      fakeBrowser.storage.session.set = set
    }
    expect(await allNotes()).toEqual([note])
  })
})
