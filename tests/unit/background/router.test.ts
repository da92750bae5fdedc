// The background's one message handler, below the browser: sender checks, schema validation,
// typed errors. The same checks run in real browsers in tests/e2e/foundation.e2e.test.ts; a
// content script's privileged request is tested here because Firefox gives a test no way to run
// code inside a content script's world.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser, contentSender, appSender, foreignSender, sentToTabs, ORIGIN } from './fake-browser.ts'

vi.mock('../../../src/platform/browser.ts', () => ({ browser: fakeBrowser, extensionOrigin: () => ORIGIN, BROWSER: 'chrome' }))
vi.mock('../../../src/background/engine-host.ts', () => ({
  analyzeStory: vi.fn(async (_url: string, _story: unknown, text: string) => {
    if (text === 'explode') throw new Error('engine failed')
    return { title: { entities: [], dates: [] }, body: { entities: [], dates: [] }, sentences: [], reference: { date: '2024-01-24', source: 'published' } }
  }),
}))

const { route } = await import('../../../src/background/router.ts')

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
    expect(await route({ type: 'page/story', url: 'x', story: { ...story, byline: 'not a list' }, text: '' }, contentSender() as never))
      .toMatchObject({ ok: false, error: { code: 'bad-request' } })
  })

  it('does not let prototype keys through', async () => {
    const raw = JSON.parse('{"type":"app/set-settings","patch":{"__proto__":{"polluted":true}}}')
    await route(raw, appSender() as never)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('keeps a content script to its own tab', async () => {
    const r = await route({ type: 'page/story', url: 'https://news.example.com/x', story, text: 'Some text.' }, contentSender(7) as never)
    expect(r.ok).toBe(true)
    const state = await route({ type: 'app/tab-state', tabId: 7 }, appSender() as never)
    expect(state).toMatchObject({ ok: true, value: { status: 'ready', story: { title: 'A story' } } })
    // The tab state URL is the sender's, not what the message claims.
    expect((state as { value: { url: string } }).value.url).toBe('https://news.example.com/2024/01/24/story/')
    expect(await route({ type: 'app/tab-state', tabId: 8 }, appSender() as never)).toMatchObject({ ok: true, value: { status: 'unknown' } })
  })

  it('records an engine failure as the tab state, and replies with an error', async () => {
    const r = await route({ type: 'page/story', url: 'https://news.example.com/x', story, text: 'explode' }, contentSender(9) as never)
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(await route({ type: 'app/tab-state', tabId: 9 }, appSender() as never)).toMatchObject({ ok: true, value: { status: 'error' } })
  })

  it('turns Gloss off for a disabled site, and says so', async () => {
    await route({ type: 'app/set-settings', patch: { disabledSites: ['example.com'] } }, appSender() as never)
    const r = await route({ type: 'page/story', url: 'x', story, text: 'Some text.' }, contentSender(5) as never)
    expect(r).toMatchObject({ ok: true, value: { off: true } })
    expect(await route({ type: 'app/tab-state', tabId: 5 }, appSender() as never)).toMatchObject({ value: { status: 'off' } })
  })

  it('reports a reveal to a closed tab as false, not as a crash', async () => {
    expect(await route({ type: 'app/reveal', tabId: 404, part: 'body', start: 0, end: 3 }, appSender() as never)).toEqual({ ok: true, value: false })
    expect(await route({ type: 'app/reveal', tabId: 7, part: 'body', start: 0, end: 3 }, appSender() as never)).toEqual({ ok: true, value: true })
  })
})
