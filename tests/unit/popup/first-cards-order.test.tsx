// @vitest-environment jsdom
// The popup's path to its first cards (issue 18), checked by order, not by time: one message
// before the cards (the tab's state, asked without the story text, which only the note list needs
// and which the background may have to ask back from the page), the cards in the DOM while every
// other reply is still held back, and no closed card asking anything (a card's details, with their
// Wikipedia switch, are made when it opens).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { settleEffects } from '../support/preact-frames.ts'
import type { ReadyTabState, StoryAnalysis } from '../../../src/protocol/messages.ts'
import { buildView } from '../../../src/background/tab-view.ts'

const text = 'Patrick Ryder spoke in Baghdad on Tuesday. The Pentagon agreed.'
const at = (s: string) => { const i = text.indexOf(s); return { start: i, end: i + s.length } }
const analysis: StoryAnalysis = {
  title: { entities: [], dates: [] },
  body: {
    entities: [
      { id: 'per:ryder', name: 'Patrick Ryder', type: 'PER', aliases: [], mentions: [at('Patrick Ryder')] },
      { id: 'loc:baghdad', name: 'Baghdad', type: 'LOC', aliases: [], mentions: [at('Baghdad')] },
      { id: 'org:pentagon', name: 'Pentagon', type: 'ORG', aliases: [], mentions: [at('Pentagon')] },
    ],
    dates: [{ ...at('Tuesday'), type: 'DATE', value: '2024-01-23', grain: 'day' }],
  },
  sentences: [{ start: 0, end: 42 }, { start: 43, end: text.length }],
  reference: { date: '2024-01-24', source: 'published' },
}
const ready: ReadyTabState = {
  status: 'ready', url: 'https://example.com/story', key: null, analysedAt: '2024-01-24T12:00:00Z', textHash: 'x',
  story: { title: 'Talks', byline: [], published: '2024-01-24', modified: null, site: 'Example', url: null, lang: 'en' },
  read: { chars: text.length, total: text.length }, view: buildView(analysis, text, 'Talks'),
}

/** Every message the popup sends, in order; replies other than the tab's state wait for `release`. */
const sent: { type: string; [k: string]: unknown }[] = []
let release: () => void = () => {}
let held = new Promise<void>((r) => { release = r })
vi.mock('../../../src/platform/send.ts', () => ({
  send: async (msg: { type: string }) => {
    sent.push(msg)
    if (msg.type === 'app/tab-state') return { ok: true, value: ready }
    await held
    if (msg.type === 'app/notes-for-tab') return { ok: true, value: { notes: [], story: { ...ready, text } } }
    if (msg.type === 'app/memory-lookup') return { ok: true, value: {} }
    return { ok: false, error: { code: 'none', message: 'not here' } }
  },
}))
vi.mock('../../../src/platform/browser.ts', () => ({ browser: { runtime: { openOptionsPage: () => undefined } } }))
Element.prototype.scrollIntoView = function scrollIntoView() {}
const { App } = await import('../../../src/popup/app.tsx')
const { askTabStateEarly } = await import('../../../src/popup/use-tab-state.ts')

let root: HTMLElement | null = null
afterEach(async () => {
  release()
  if (root) { const r = root; await act(() => { render(null, r) }); r.remove(); root = null }
  await settleEffects()
  sent.length = 0
  held = new Promise<void>((r) => { release = r })
})

async function cardNames(): Promise<(string | null)[]> {
  return vi.waitFor(() => {
    const names = [...root!.querySelectorAll('article.card .card-name')].map((e) => e.textContent)
    if (names.length === 0) throw new Error('no cards yet')
    return names
  }, { timeout: 20_000 })
}

describe('the popup’s first cards', () => {
  it('come from one message, asked without the text, before any other reply', async () => {
    root = document.createElement('main')
    document.body.append(root)
    await act(() => { render(<App tabId={4} />, root!) })
    const cards = await cardNames()
    expect(cards).toEqual(expect.arrayContaining(['Patrick Ryder', 'Baghdad', 'Pentagon']))
    // The first message, and the only one answered so far.
    expect(sent[0]).toEqual({ type: 'app/tab-state', tabId: 4, text: false })
    // Asked after the cards were made (held back still), and never by a closed card.
    await settleEffects()
    expect(sent.slice(1).map((m) => m.type).sort()).toEqual(['app/memory-lookup', 'app/notes-for-tab', 'app/storage-full'])
    expect(root.querySelectorAll('.card-details > *')).toHaveLength(0)
    // The details come when a card opens, and its notes' text came with the notes.
    await act(() => { root!.querySelector<HTMLButtonElement>('article[data-entity="per:ryder"] .card-toggle')!.click() })
    expect(root.querySelector('article[data-entity="per:ryder"] .first-sentence')!.textContent).toBe('Patrick Ryder spoke in Baghdad on Tuesday.')
  })

  it('are asked for before the popup first renders, and only once (main.tsx asks early)', async () => {
    askTabStateEarly(4)
    expect(sent).toEqual([{ type: 'app/tab-state', tabId: 4, text: false }])
    root = document.createElement('main')
    document.body.append(root)
    await act(() => { render(<App tabId={4} />, root!) })
    expect(await cardNames()).toContain('Patrick Ryder')
    expect(sent.filter((m) => m.type === 'app/tab-state')).toHaveLength(1)
  })
})
