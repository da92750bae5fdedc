// The order of page/story's work (issue 18): the analysis goes back to the page before the tab's
// states are stored and before the popup's view is built, so the first highlight waits for no
// storage write; a read of the tab asked after the reply still sees the analysed story. Ordering
// is checked with storage writes held back by a gate, not by timing: a reply that waited for a
// write could not arrive while the gate is shut.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser, contentSender, appSender, ORIGIN } from './fake-browser.ts'

vi.mock('../../../src/platform/browser.ts', () => ({ browser: fakeBrowser, extensionOrigin: () => ORIGIN }))
vi.mock('../../../src/background/engine-host.ts', () => ({
  analyzeStory: vi.fn(async () => ({ title: { entities: [], dates: [] }, body: { entities: [], dates: [] }, sentences: [],
    reference: { date: '2024-01-24', source: 'published' } })),
  warmModel: vi.fn(),
}))

const { route } = await import('../../../src/background/router.ts')
const { analyzeStory, warmModel } = await import('../../../src/background/engine-host.ts')

const story = { title: 'A story', byline: ['Jo Reporter'], published: '2024-01-24T06:00:00-05:00', modified: null, site: 'Example News', url: null, lang: 'en' }
const text = 'Talks went on in Geneva on Tuesday.'
const storyMessage = { type: 'page/story', url: 'https://news.example.com/2024/01/24/story/', key: null, story, text, total: text.length }

const realSet = fakeBrowser.storage.session.set
let open: () => void = () => {}
let writes: string[] = []

beforeEach(async () => {
  await fakeBrowser.storage.session.clear()
  writes = []
  let gate = new Promise<void>((r) => { open = r })
  fakeBrowser.storage.session.set = async (items: Record<string, unknown>) => {
    for (const v of Object.values(items)) writes.push((v as { status: string }).status)
    await gate
    gate = Promise.resolve()
    return realSet(items)
  }
})
afterEach(() => {
  fakeBrowser.storage.session.set = realSet
  open()
})

/** 'replied' if `p` settles before the event loop's next task, else 'waiting'. */
const settlesNow = (p: Promise<unknown>) =>
  Promise.race([p.then(() => 'replied'), new Promise((r) => setTimeout(() => r('waiting'), 0))])

describe('page/story', () => {
  it('replies with the analysis while the tab state writes are still held back', async () => {
    const reply = route(storyMessage, contentSender() as never)
    expect(await settlesNow(reply)).toBe('replied')
    expect(await reply).toMatchObject({ ok: true, value: { analysis: { sentences: [] } } })
    open()
  })

  it('stores analysing, then ready, and a read of the tab after the reply sees ready', async () => {
    await route(storyMessage, contentSender(7) as never)
    const read = route({ type: 'app/tab-state', tabId: 7 }, appSender() as never)
    expect(await settlesNow(read)).toBe('waiting') // the read waits for the tab's writes
    open()
    expect(await read).toMatchObject({ ok: true, value: { status: 'ready', text } })
    expect(writes).toEqual(['analysing', 'ready'])
  })
})

describe('page/story in one round trip', () => {
  it('replies with the page’s settings beside the analysis', async () => {
    open()
    const reply = await route(storyMessage, contentSender() as never)
    expect(reply).toMatchObject({ ok: true, value: { analysis: { sentences: [] }, settings: { enabled: true, kinds: { per: true } } } })
  })

  it('starts loading the model before it has read the settings', async () => {
    open()
    vi.mocked(warmModel).mockClear()
    const realGet = fakeBrowser.storage.local.get
    let settingsRead: () => void = () => {}
    const gate = new Promise<void>((r) => { settingsRead = r })
    fakeBrowser.storage.local.get = async (keys) => { await gate; return realGet(keys) }
    try {
      const reply = route(storyMessage, contentSender() as never)
      expect(await settlesNow(reply)).toBe('waiting') // the settings read is held back
      expect(warmModel).toHaveBeenCalledTimes(1)
      settingsRead()
      expect(await reply).toMatchObject({ ok: true })
    } finally {
      fakeBrowser.storage.local.get = realGet
    }
  })

  it('analyses nothing on a site where Gloss is off, and says so', async () => {
    open()
    await route({ type: 'app/set-settings', patch: { disabledSites: ['news.example.com'] } }, appSender() as never)
    vi.mocked(analyzeStory).mockClear()
    try {
      expect(await route(storyMessage, contentSender(8) as never)).toEqual({ ok: true, value: { off: true } })
      expect(analyzeStory).not.toHaveBeenCalled()
    } finally {
      await route({ type: 'app/set-settings', patch: { disabledSites: [] } }, appSender() as never)
    }
  })
})
