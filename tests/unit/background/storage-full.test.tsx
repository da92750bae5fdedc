// @vitest-environment jsdom
// A full store (issue 18): storage.local filled by the reading memory to its quota, counted as
// Chrome counts it. A note saved then is kept (the memory forgets its oldest stories to make room,
// and the note is written again), a story read then is not remembered but breaks nothing, and the
// popup's and options page's notice tells the reader what happened. The browsers cannot be filled
// to their real limit in a test (unlimitedStorage: the disk), so the background runs here over a
// store with a small quota.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { fakeBrowser, contentSender, appSender, ORIGIN } from './fake-browser.ts'
import { createQuotaKv } from '../support/quota-kv.ts'
import { syntheticReading } from '../../fixtures/memory/synthetic-reading.ts'
import { settleEffects } from '../support/preact-frames.ts'

const local = createQuotaKv(Number.MAX_SAFE_INTEGER)
const browser = { ...fakeBrowser, storage: { local, session: fakeBrowser.storage.session } }
vi.mock('../../../src/platform/browser.ts', () => ({ browser, extensionOrigin: () => ORIGIN, BROWSER: 'chrome' }))
vi.mock('../../../src/background/engine-host.ts', () => ({
  analyzeStory: vi.fn(async () => ({ title: { entities: [], dates: [] },
    body: { entities: [{ id: 'loc:geneva', name: 'Geneva', type: 'LOC', aliases: [], mentions: [{ start: 17, end: 23 }] }], dates: [] },
    sentences: [{ start: 0, end: 35 }], reference: { date: '2024-01-24', source: 'published' } })),
  warmModel: vi.fn(),
}))
// The notice asks the background through the real router, as an extension page.
vi.mock('../../../src/platform/send.ts', () => ({ send: (msg: unknown) => route(msg, appSender() as never) }))

const { route } = await import('../../../src/background/router.ts')
const { getMemory } = await import('../../../src/background/memory-host.ts')
const { newNoteId } = await import('../../../src/notes/note-id.ts')
const { describe: describeQuote } = await import('../../../src/page/anchoring/index.ts')
const { StorageFullNotice } = await import('../../../src/ui/storage-full-notice.tsx')
const { send } = await import('../../../src/platform/send.ts')
const { ROOM_STORIES } = await import('../../../src/memory/capacity.ts')

const story = { title: 'A story', byline: [], published: '2024-01-24T06:00:00-05:00', modified: null, site: 'Example News', url: null, lang: 'en' }
const text = 'Talks went on in Geneva on Tuesday.'
const url = 'https://news.example.com/2024/01/24/talks/'
const STORIES = ROOM_STORIES + 100

async function fillToQuota(): Promise<void> {
  local.quota = Number.MAX_SAFE_INTEGER
  const reading = syntheticReading()
  await (await getMemory()).recordMany(Array.from({ length: STORIES }, () => reading.next()))
  local.quota = local.bytes() // full to the byte: any write that adds anything fails
}

/** The notice's text once the background has answered it (null: it answered, and shows nothing). */
async function notice(): Promise<string | null> {
  const root = document.createElement('main')
  document.body.append(root)
  let answered = false
  await act(() => { render(<StorageFullNotice load={() => send({ type: 'app/storage-full' }).then((r) => (r.ok ? r.value : null))} onAnswer={() => { answered = true }} />, root) })
  await vi.waitFor(async () => { await act(async () => {}); expect(answered).toBe(true) }, { timeout: 30_000 })
  await act(async () => {})
  const text = root.querySelector('[data-storage-full]')?.textContent ?? null
  await act(() => { render(null, root) })
  root.remove()
  await settleEffects()
  return text
}

beforeEach(async () => {
  local.quota = Number.MAX_SAFE_INTEGER
  await (await getMemory()).clear()
  await fakeBrowser.storage.session.clear()
  await route({ type: 'page/story', url, key: 'news.example.com/2024/01/24/talks', story, text, total: text.length }, contentSender(21, url) as never)
  // The tab's state is written after the reply: wait for it.
  await route({ type: 'app/tab-state', tabId: 21 }, appSender() as never)
})

describe('a full store', () => {
  it('saves the note by making room in the memory, and tells the reader', async () => {
    await fillToQuota()
    expect(await notice()).toBeNull()
    const id = newNoteId()
    const saved = await route({ type: 'page/save-note', id, selector: describeQuote(text, 17, 23)!, text: 'Where the talks are', tags: [], entityId: null },
      contentSender(21, url) as never)
    expect(saved).toMatchObject({ ok: true, value: { id, body: { text: 'Where the talks are' } } })
    // The note is stored and listed; the memory lost its oldest stories, not its newest.
    const mine = await route({ type: 'page/notes' }, contentSender(21, url) as never)
    expect(mine).toMatchObject({ ok: true, value: [{ id }] })
    expect((await (await getMemory()).listStories()).total).toBe(STORIES - ROOM_STORIES)
    expect(await route({ type: 'app/storage-full' }, appSender() as never)).toMatchObject({ ok: true, value: { forgotten: ROOM_STORIES, noteFailed: false } })
    expect(await notice()).toMatch(/storage is full.*forgot the 500 stories you read longest ago/)
  })

  it('does not remember a story when the store is full, and makes room for notes', async () => {
    await fillToQuota()
    const read = await route({ type: 'page/read' }, contentSender(21, url) as never)
    expect(read).toEqual({ ok: true, value: { recorded: false, reason: 'storage is full' } })
    expect((await (await getMemory()).listStories()).total).toBe(STORIES - ROOM_STORIES)
    expect(await notice()).toMatch(/storage is full/)
  })
})
