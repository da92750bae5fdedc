// The background's one message handler, below the browser: sender checks, schema validation,
// typed errors. The same checks run in real browsers in tests/e2e/foundation.e2e.test.ts; a
// content script's privileged request is tested here because Firefox gives a test no way to run
// code inside a content script's world.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser, contentSender, appSender, foreignSender, sentToTabs, ORIGIN } from './fake-browser.ts'

vi.mock('../../../src/platform/browser.ts', () => ({ browser: fakeBrowser, extensionOrigin: () => ORIGIN }))
vi.mock('../../../src/background/engine-host.ts', () => ({
  analyzeStory: vi.fn(async (_url: string, _story: unknown, text: string) => {
    if (text === 'explode') throw new Error('engine failed')
    return { title: { entities: [], dates: [] }, body: { entities: [], dates: [] }, sentences: [], reference: { date: '2024-01-24', source: 'published' } }
  }),
  warmModel: vi.fn(),
}))

const { route } = await import('../../../src/background/router.ts')
const { newNoteId } = await import('../../../src/notes/note-id.ts')

const story = { title: 'A story', byline: ['Jo Reporter'], published: '2024-01-24T06:00:00-05:00', modified: null, site: 'Example News', url: null, lang: 'en' }

beforeEach(async () => {
  await fakeBrowser.storage.local.clear()
  await fakeBrowser.storage.session.clear()
  sentToTabs.length = 0
})

describe('route', () => {
  it('refuses messages from anyone but Gloss', async () => {
    expect(await route({ type: 'app/get-settings' }, foreignSender() as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('refuses a content script asking a privileged operation', async () => {
    for (const msg of [{ type: 'app/get-settings' }, { type: 'app/tab-state', tabId: 3 }, { type: 'app/set-settings', patch: { onlineLookup: true } }]) {
      expect(await route(msg, contentSender() as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    // …and nothing changed.
    expect(fakeBrowser.storage.local.data.size).toBe(0)
  })

  it('answers unknown and malformed messages with typed errors', async () => {
    expect(await route({ type: 'nope' }, appSender() as never)).toMatchObject({ ok: false, error: { code: 'unknown-type' } })
    expect(await route(null, appSender() as never)).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await route('page/story', appSender() as never)).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await route({ type: 'app/tab-state', tabId: -1 }, appSender() as never)).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await route({ type: 'page/story', url: 'x', key: null, story: { ...story, byline: 'not a list' }, text: '', total: 0 }, contentSender() as never))
      .toMatchObject({ ok: false, error: { code: 'bad-request' } })
  })

  it('answers a prototype name as a type with unknown-type, not forbidden or bad-request', async () => {
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      for (const from of [appSender(), contentSender()]) {
        expect(await route({ type }, from as never)).toMatchObject({ ok: false, error: { code: 'unknown-type' } })
      }
    }
  })

  it('does not let prototype keys through', async () => {
    const raw = JSON.parse('{"type":"app/set-settings","patch":{"__proto__":{"polluted":true}}}')
    await route(raw, appSender() as never)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('keeps a content script to its own tab', async () => {
    const r = await route({ type: 'page/story', url: 'https://news.example.com/x', key: 'news.example.com/2024/01/24/story', story, text: 'Some text.', total: 0 }, contentSender(7) as never)
    expect(r.ok).toBe(true)
    const state = await route({ type: 'app/tab-state', tabId: 7 }, appSender() as never)
    expect(state).toMatchObject({ ok: true, value: { status: 'ready', story: { title: 'A story' } } })
    // The tab state URL is the sender's, not what the message claims.
    expect((state as { value: { url: string } }).value.url).toBe('https://news.example.com/2024/01/24/story/')
    expect(await route({ type: 'app/tab-state', tabId: 8 }, appSender() as never)).toMatchObject({ ok: true, value: { status: 'unknown' } })
  })

  it('records an engine failure as the tab state, and replies with an error', async () => {
    const r = await route({ type: 'page/story', url: 'https://news.example.com/x', key: null, story, text: 'explode', total: 0 }, contentSender(9) as never)
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(await route({ type: 'app/tab-state', tabId: 9 }, appSender() as never)).toMatchObject({ ok: true, value: { status: 'error' } })
  })

  it('turns Gloss off for a disabled site, and says so', async () => {
    await route({ type: 'app/set-settings', patch: { disabledSites: ['example.com'] } }, appSender() as never)
    const r = await route({ type: 'page/story', url: 'x', key: null, story, text: 'Some text.', total: 0 }, contentSender(5) as never)
    expect(r).toMatchObject({ ok: true, value: { off: true } })
    expect(await route({ type: 'app/tab-state', tabId: 5 }, appSender() as never)).toMatchObject({ value: { status: 'off' } })
  })

  it('reports a reveal to a closed tab as false, not as a crash', async () => {
    expect(await route({ type: 'app/reveal', tabId: 404, part: 'body', start: 0, end: 3 }, appSender() as never)).toEqual({ ok: true, value: false })
    expect(await route({ type: 'app/reveal', tabId: 7, part: 'body', start: 0, end: 3 }, appSender() as never)).toEqual({ ok: true, value: true })
  })

  const text = 'The Pentagon said on Tuesday that talks would begin soon. Ryder declined to comment further.'
  const selectorFor = (exact: string) => {
    const start = text.indexOf(exact)
    return [{ type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) },
      { type: 'TextPositionSelector', start, end: start + exact.length }]
  }
  const openStory = async (tabId: number, path: string) => {
    const url = `https://news.example.com/${path}`
    await route({ type: 'page/story', url, key: `news.example.com/${path}`, story: { ...story, url }, text, total: text.length }, contentSender(tabId, url) as never)
  }

  it('saves a note on the story in the sender’s tab, and lets no other tab touch it', async () => {
    await openStory(11, 'a')
    await openStory(12, 'b')
    const saved = await route({ type: 'page/save-note', id: newNoteId(), selector: selectorFor('talks would begin soon'), text: 'Check <b>this</b>', tags: ['iraq'], entityId: null },
      contentSender(11, 'https://news.example.com/a') as never) as { ok: true; value: { id: string; target: { source: string; storyKey: string } } }
    expect(saved.ok).toBe(true)
    expect(saved.value.target).toMatchObject({ source: 'https://news.example.com/a', storyKey: 'news.example.com/a' })
    // The tab on that story is told to repaint.
    expect(sentToTabs).toContainEqual({ tabId: 11, msg: { type: 'tab/notes-changed' } })
    // Tab 12 shows another story: it sees none of tab 11's notes and cannot edit or delete them.
    expect(await route({ type: 'page/notes' }, contentSender(12, 'https://news.example.com/b') as never)).toEqual({ ok: true, value: [] })
    expect(await route({ type: 'page/delete-note', id: saved.value.id }, contentSender(12, 'https://news.example.com/b') as never))
      .toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await route({ type: 'page/edit-note', id: saved.value.id, text: 'hijack', tags: [] }, contentSender(12, 'https://news.example.com/b') as never))
      .toMatchObject({ ok: false, error: { code: 'forbidden' } })
    // A content script cannot read the library or export.
    expect(await route({ type: 'app/notes-all' }, contentSender(11, 'https://news.example.com/a') as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await route({ type: 'app/notes-export', format: 'jsonld' }, contentSender(11, 'https://news.example.com/a') as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const mine = await route({ type: 'page/notes' }, contentSender(11, 'https://news.example.com/a') as never) as { ok: true; value: { body: { text: string } }[] }
    expect(mine.value.map((n) => n.body.text)).toEqual(['Check <b>this</b>'])
  })

  it('gives notes only to a tab on the note’s own site, whatever URL or key the page states', async () => {
    await openStory(15, 'e')
    const saved = await route({ type: 'page/save-note', id: newNoteId(), selector: selectorFor('talks would begin soon'), text: 'private', tags: [], entityId: null },
      contentSender(15, 'https://news.example.com/e') as never) as { ok: true; value: { id: string } }
    expect(saved.ok).toBe(true)
    // A page on another site stating the story's canonical URL and key gets nothing, and cannot touch the note.
    const evil = 'https://evil.example.org/copy'
    await route({ type: 'page/story', url: evil, key: 'news.example.com/e', story: { ...story, url: 'https://news.example.com/e' }, text, total: text.length },
      contentSender(16, evil) as never)
    expect(await route({ type: 'page/notes' }, contentSender(16, evil) as never)).toEqual({ ok: true, value: [] })
    expect(await route({ type: 'page/edit-note', id: saved.value.id, text: 'x', tags: [] }, contentSender(16, evil) as never))
      .toMatchObject({ ok: false, error: { code: 'forbidden' } })
    // A note it saves is keyed to its own address, not to the story it claims to be.
    const own = await route({ type: 'page/save-note', id: newNoteId(), selector: selectorFor('Ryder declined'), text: 'on evil', tags: [], entityId: null },
      contentSender(16, evil) as never) as { ok: true; value: { target: { source: string; storyKey?: string } } }
    expect(own.value.target.source).toBe(evil)
    expect(own.value.target.storyKey).toBeUndefined()
    // An imported note without a story key, on the story's URL, is not painted on another site either.
    const all = await route({ type: 'app/notes-all' }, appSender() as never) as { ok: true; value: { notes: { id: string; body: { text: string }; target: Record<string, unknown> }[] } }
    const original = all.value.notes.find((n) => n.body.text === 'private')!
    const { storyKey: _key, ...target } = original.target
    expect(await route({ type: 'app/note-restore', note: { ...original, id: newNoteId(), target } }, appSender() as never)).toMatchObject({ ok: true })
    const seen = await route({ type: 'page/notes' }, contentSender(16, evil) as never) as { ok: true; value: { body: { text: string } }[] }
    expect(seen.value.map((n) => n.body.text)).toEqual(['on evil'])
    // On the story's own site, under its canonical, the reader's notes are there.
    const mine = await route({ type: 'page/notes' }, contentSender(15, 'https://news.example.com/e') as never) as { ok: true; value: unknown[] }
    expect(mine.value.length).toBe(2)
  })

  it('refuses a note whose position does not span its quote', async () => {
    await openStory(13, 'c')
    const bad = selectorFor('Ryder declined')
    ;(bad[1] as { end: number }).end += 5
    expect(await route({ type: 'page/save-note', id: newNoteId(), selector: bad, text: 'x', tags: [], entityId: null }, contentSender(13, 'https://news.example.com/c') as never))
      // The store's own code: one error taxonomy (src/protocol/result.ts) since issue 19; it was mapped to bad-request.
      .toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  it('exports, clears and imports the library back identical', async () => {
    await openStory(14, 'd')
    for (const q of ['The Pentagon said', 'Ryder declined']) {
      await route({ type: 'page/save-note', id: newNoteId(), selector: selectorFor(q), text: `on ${q}`, tags: [], entityId: null }, contentSender(14, 'https://news.example.com/d') as never)
    }
    const before = await route({ type: 'app/notes-all' }, appSender() as never) as { ok: true; value: { notes: unknown[] } }
    const exported = await route({ type: 'app/notes-export', format: 'jsonld' }, appSender() as never) as { ok: true; value: string }
    expect(await route({ type: 'app/notes-clear' }, appSender() as never)).toMatchObject({ ok: true })
    expect((await route({ type: 'app/notes-all' }, appSender() as never) as { value: { notes: unknown[] } }).value.notes).toEqual([])
    const imported = await route({ type: 'app/notes-import', text: exported.value }, appSender() as never)
    expect(imported).toMatchObject({ ok: true, value: { imported: 2, rejected: [] } })
    const after = await route({ type: 'app/notes-all' }, appSender() as never) as { ok: true; value: { notes: unknown[] } }
    expect(after.value.notes).toEqual(before.value.notes)
    expect(await route({ type: 'app/notes-import', text: 'not json' }, appSender() as never)).toMatchObject({ ok: false })
  })

  it('reports a failed write and keeps what was stored', async () => {
    await openStory(15, 'e')
    await route({ type: 'page/save-note', id: newNoteId(), selector: selectorFor('The Pentagon said'), text: 'kept', tags: [], entityId: null }, contentSender(15, 'https://news.example.com/e') as never)
    const set = fakeBrowser.storage.local.set
    fakeBrowser.storage.local.set = async () => { throw new Error('QUOTA_BYTES quota exceeded') }
    try {
      const r = await route({ type: 'page/save-note', id: newNoteId(), selector: selectorFor('Ryder declined'), text: 'lost?', tags: [], entityId: null }, contentSender(15, 'https://news.example.com/e') as never)
      expect(r).toMatchObject({ ok: false, error: { code: 'storage' } })
    } finally {
      fakeBrowser.storage.local.set = set
    }
    const mine = await route({ type: 'page/notes' }, contentSender(15, 'https://news.example.com/e') as never) as { ok: true; value: { body: { text: string } }[] }
    expect(mine.value.map((n) => n.body.text)).toEqual(['kept'])
  })

  it('saves a retried note once: the retry of a save whose reply was lost is the same note', async () => {
    await openStory(16, 'f')
    const msg = { type: 'page/save-note', id: newNoteId(), selector: selectorFor('Ryder declined'), text: 'once', tags: [], entityId: null }
    const first = await route(msg, contentSender(16, 'https://news.example.com/f') as never)
    const again = await route(msg, contentSender(16, 'https://news.example.com/f') as never)
    expect(again).toEqual(first)
    const mine = await route({ type: 'page/notes' }, contentSender(16, 'https://news.example.com/f') as never) as { ok: true; value: unknown[] }
    expect(mine.value).toHaveLength(1)
  })
})
