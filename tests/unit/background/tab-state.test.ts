// Tab states in storage.session: an analysed story is kept as the popup's view within
// MAX_TAB_STATE_BYTES, never with its text; a session area that is full never costs another
// tab its state (issue 14: a 780,000-character story evicted the other tabs, whose notes then
// failed with "this tab has no analysed story").
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Entity, Span } from '../../../src/engine/types.ts'
import type { ReadyTabState, StoryAnalysis } from '../../../src/protocol/messages.ts'

/** A session area that refuses a write once its JSON would pass `quota` bytes, as Chrome's does. */
const session = (() => {
  const data = new Map<string, unknown>()
  const size = () => [...data].reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0)
  return {
    data, quota: Infinity,
    async get(keys: string | null) {
      if (keys === null) return Object.fromEntries([...data].map(([k, v]) => [k, structuredClone(v)]))
      return data.has(keys) ? { [keys]: structuredClone(data.get(keys)) } : {}
    },
    async set(items: Record<string, unknown>) {
      const before = new Map(data)
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v))
      if (size() > this.quota) {
        data.clear()
        for (const [k, v] of before) data.set(k, v)
        throw new Error('Session storage quota bytes exceeded. Values were not stored.')
      }
    },
    async remove(keys: string | string[]) { for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k) },
  }
})()
vi.mock('../../../src/platform/browser.ts', () => ({ browser: { storage: { session } } }))

const { getTabState, setTabState } = await import('../../../src/background/tab-state.ts')
const { MAX_TAB_STATE_BYTES, buildView, bytesOf, fitState, packMentions, unpackMentions } = await import('../../../src/background/tab-view.ts')

const meta = (title: string) => ({ title, byline: [], published: '2024-01-24', modified: null, site: 'Example', url: null, lang: 'en' })

/** A story of about `chars` characters with many names, each mentioned often, and dates. */
function bigStory(chars: number): { text: string; analysis: StoryAnalysis } {
  const sentence = (i: number) => `Minister Name${i % 4000} met Person${(i * 7) % 4000} in City${i % 900} on Jan. ${1 + (i % 28)}, 2024. `
  let text = ''
  const sentences: Span[] = []
  const byId = new Map<string, Entity>()
  const dates: StoryAnalysis['body']['dates'] = []
  for (let i = 0; text.length < chars; i++) {
    const s = sentence(i)
    const at = text.length
    for (const m of s.matchAll(/(Name|Person|City)\d+/g)) {
      const id = `x:${m[0]}`
      const e = byId.get(id) ?? { id, name: m[0], type: m[1] === 'City' ? 'LOC' as const : 'PER' as const, aliases: [], mentions: [] }
      e.mentions.push({ start: at + m.index, end: at + m.index + m[0].length })
      byId.set(id, e)
    }
    const d = /Jan\. \d+, 2024/.exec(s)!
    dates.push({ start: at + d.index, end: at + d.index + d[0].length, type: 'DATE', value: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`, grain: 'day' })
    sentences.push({ start: at, end: at + s.length - 1 })
    text += s
  }
  return { text, analysis: { title: { entities: [], dates: [] }, body: { entities: [...byId.values()], dates }, sentences,
    reference: { date: '2024-01-24', source: 'published' } } }
}

function readyState(url: string, text: string, analysis: StoryAnalysis): ReadyTabState {
  return { status: 'ready', url, key: url.replace('https://', ''), story: meta('A story'), analysedAt: '2024-01-24T10:00:00.000Z',
    read: { chars: text.length, total: text.length }, textHash: 'h', view: buildView(analysis, text, 'A story') }
}

beforeEach(() => {
  session.data.clear()
  session.quota = Infinity
})

describe('tab state', () => {
  it('packs mention lists and reads them back', () => {
    const m = [{ part: 'title' as const, start: 0, end: 4 }, { part: 'body' as const, start: 123_456, end: 123_470 }]
    expect(unpackMentions(packMentions(m))).toEqual(m)
    expect(unpackMentions('b1.2,x')).toBeNull()
  })

  it('stores a small story whole, without its text, and reads it back as it was', async () => {
    const { text, analysis } = bigStory(2_000)
    const state = readyState('https://news.example.com/a', text, analysis)
    await setTabState(3, state)
    expect(JSON.stringify(session.data.get('tab:3'))).not.toContain(text.slice(0, 400))
    expect(await getTabState(3)).toEqual(state)
  })

  it(`keeps a 780,000-character story within ${MAX_TAB_STATE_BYTES} bytes, most important cards first`, async () => {
    const { text, analysis } = bigStory(780_000)
    const state = readyState('https://news.example.com/big', text, analysis)
    await setTabState(4, state)
    const stored = session.data.get('tab:4')
    expect(bytesOf(stored)).toBeLessThanOrEqual(MAX_TAB_STATE_BYTES)
    const back = await getTabState(4) as ReadyTabState
    expect(back.status).toBe('ready')
    expect(back.view.cards.length).toBeGreaterThan(100)
    expect(back.view.timeline.length).toBeGreaterThan(100)
    expect(back.view.omitted.cards + back.view.cards.length).toBe(state.view.cards.length)
    expect(back.view.omitted.dates + back.view.timeline.length).toBe(state.view.timeline.length)
    expect(back.view.cards.map((c) => c.id)).toEqual(state.view.cards.slice(0, back.view.cards.length).map((c) => c.id))
  })

  it('keeps within the budget whatever the story: one name mentioned 200,000 times, one endless sentence', () => {
    const text = 'Paris '.repeat(200_000)
    const mentions = Array.from({ length: 200_000 }, (_, i) => ({ start: i * 6, end: i * 6 + 5 }))
    const analysis: StoryAnalysis = { title: { entities: [], dates: [] },
      body: { entities: [{ id: 'loc:paris', name: 'Paris', type: 'LOC', aliases: [], mentions }], dates: [] },
      sentences: [{ start: 0, end: text.length }], reference: { date: '2024-01-24', source: 'today' } }
    const fitted = fitState(readyState('https://news.example.com/paris', text, analysis))
    expect(bytesOf(fitted)).toBeLessThanOrEqual(MAX_TAB_STATE_BYTES)
    const card = JSON.parse(fitted.view).cards[0]
    expect(card.mentionCount).toBe(200_000)
    expect(card.firstSentence.length).toBeLessThanOrEqual(300)
  })

  it('never removes another tab’s state to make room, and keeps this tab’s story (bare) for its notes', async () => {
    const small = bigStory(2_000)
    const other = readyState('https://news.example.com/other', small.text, small.analysis)
    await setTabState(1, other)
    session.quota = bytesOf(session.data.get('tab:1')) + 20_000
    const { text, analysis } = bigStory(780_000)
    await setTabState(2, readyState('https://news.example.com/big', text, analysis))
    expect(await getTabState(1)).toEqual(other)
    const big = await getTabState(2) as ReadyTabState
    expect(big).toMatchObject({ status: 'ready', key: 'news.example.com/big', view: { cards: [], timeline: [] } })
    expect(big.view.omitted.cards).toBeGreaterThan(0)
  })

  it('refuses a state that cannot be stored at all for that tab alone', async () => {
    const small = bigStory(2_000)
    const other = readyState('https://news.example.com/other', small.text, small.analysis)
    await setTabState(1, other)
    session.quota = bytesOf(session.data.get('tab:1')) + 100
    const { text, analysis } = bigStory(20_000)
    await expect(setTabState(2, readyState('https://news.example.com/big', text, analysis))).rejects.toThrow(/quota/)
    expect(await getTabState(1)).toEqual(other)
  })

  it('reads what storage holds as input: a broken view is an unknown tab', async () => {
    const view = { cards: [{ mentions: 'b1.2,zz' }], timeline: [], omitted: { cards: 0, dates: 0 }, reference: { date: '2024-01-24', source: 'today' } }
    session.data.set('tab:5', { status: 'ready', url: 'x', view: JSON.stringify(view) })
    session.data.set('tab:6', { status: 'ready', url: 'x', view: '{"cards":' })
    session.data.set('tab:7', { status: 'ready', url: 'x', view: { cards: [], timeline: [] } })
    for (const id of [5, 6, 7]) expect(await getTabState(id)).toEqual({ status: 'unknown' })
    view.cards[0].mentions = 'b1.2,t0.4'
    session.data.set('tab:5', { status: 'ready', url: 'x', view: JSON.stringify(view) })
    expect(await getTabState(5)).toMatchObject({ status: 'ready', view: { cards: [{ mentions: [{ part: 'body', start: 1, end: 3 }, { part: 'title', start: 0, end: 4 }] }] } })
  })
})
