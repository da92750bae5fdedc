// @vitest-environment jsdom
// The popup's story view under jsdom, over a view built by the real card model: what the browser
// tests cannot reach (the toolbar popup opened from a hover card's "Show in popup" cannot be
// opened headlessly, so its handler's result — a state with `focus` — is rendered here), and the
// roving tabindex's bookkeeping (one Tab stop, arrows, a card's buttons joining when it opens).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { settleEffects } from '../support/preact-frames.ts'
import type { ReadyTabState, StoryAnalysis } from '../../../src/protocol/messages.ts'
import { buildView } from '../../../src/background/tab-view.ts'

/** The background's replies: the notes of the tab and the story text they come with, when a test
 *  sets them, nothing else. */
let tabNotes: unknown[] = []
let tabText: string | null = null
vi.mock('../../../src/platform/send.ts', () => ({ send: async (msg: { type: string }) => msg.type === 'app/notes-for-tab'
  ? { ok: true, value: { notes: tabNotes, story: { status: 'ready', text: tabText } } } : { ok: false, error: { code: 'none', message: 'not here' } } }))
vi.mock('../../../src/platform/browser.ts', () => ({ browser: { runtime: { openOptionsPage: () => undefined } } }))
// jsdom lays nothing out, so it has no scrolling: the popup's scrollIntoView calls do nothing here.
Element.prototype.scrollIntoView = function scrollIntoView() {}
const { StoryView } = await import('../../../src/popup/story-view.tsx')

// The page writes the name with a no-break space, as the demo story does "Kataib Hezbollah".
const text = 'Patrick\u00a0Ryder spoke in Baghdad on Tuesday. The Pentagon agreed with Iraqi officials. Ryder said Iraq was calm on Jan. 10.'
const at = (s: string, from = 0) => { const i = text.indexOf(s, from); return { start: i, end: i + s.length } }
const analysis: StoryAnalysis = {
  title: { entities: [], dates: [] },
  body: {
    entities: [
      { id: 'per:ryder', name: 'Patrick Ryder', type: 'PER', aliases: ['Ryder'], mentions: [at('Patrick\u00a0Ryder'), at('Ryder', 50)] },
      { id: 'loc:baghdad', name: 'Baghdad', type: 'LOC', aliases: [], mentions: [at('Baghdad')] },
      { id: 'org:pentagon', name: 'Pentagon', type: 'ORG', aliases: [], mentions: [at('Pentagon')] },
      { id: 'misc:iraqi', name: 'Iraqi', type: 'MISC', aliases: [], mentions: [at('Iraqi')] },
      { id: 'loc:iraq', name: 'Iraq', type: 'LOC', aliases: [], mentions: [at('Iraq ')] },
    ],
    dates: [
      { ...at('Tuesday'), type: 'DATE', value: '2024-01-23', grain: 'day' },
      { ...at('Jan. 10'), type: 'DATE', value: '2024-01-10', grain: 'day' },
    ],
  },
  sentences: [{ start: 0, end: 42 }, { start: 43, end: 84 }, { start: 85, end: text.length }],
  reference: { date: '2024-01-24', source: 'published' },
}
const state = (focus: string | null = null): ReadyTabState => ({
  status: 'ready', url: 'https://example.com/story', key: null, analysedAt: '2024-01-24T12:00:00Z', textHash: 'x', focus,
  story: { title: 'Talks', byline: [], published: '2024-01-24', modified: null, site: 'Example', url: null, lang: 'en' },
  read: { chars: text.length, total: text.length }, view: buildView(analysis, text, 'Talks'), text,
})

let root: HTMLElement | null = null
async function show(s: ReadyTabState): Promise<HTMLElement> {
  root = document.createElement('main')
  document.body.append(root)
  await act(() => { render(<StoryView state={s} tabId={1} />, root!) })
  return root
}
afterEach(async () => {
  tabNotes = []
  tabText = null
  // unmounted inside act, then every effect scheduled since has run: none is left for after jsdom goes
  if (root) { const r = root; await act(() => { render(null, r) }); r.remove(); root = null }
  await settleEffects()
})

const key = async (k: string) => act(() => { document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })) })
const tabStops = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('.cards [data-rove]')].filter((b) => b.tabIndex === 0)
const activeCard = () => document.activeElement?.closest('[data-entity]')?.getAttribute('data-entity')

describe('popup story view', () => {
  it('opens the card the hover card asked for and gives it focus', async () => {
    const el = await show(state('org:pentagon'))
    const card = el.querySelector('article[data-entity="org:pentagon"]')!
    expect(card.getAttribute('data-open')).toBe('true')
    expect(card.querySelector('.card-details')!.hasAttribute('hidden')).toBe(false)
    expect(activeCard()).toBe('org:pentagon')
    expect(tabStops(el)).toEqual([document.activeElement])
  })

  it('is one Tab stop; arrows move between cards and into an open card’s buttons', async () => {
    const el = await show(state())
    expect(tabStops(el)).toHaveLength(1)
    tabStops(el)[0].focus()
    expect(activeCard()).toBe('per:ryder')
    await key('ArrowDown')
    expect(activeCard()).not.toBe('per:ryder')
    await key('Home')
    expect(activeCard()).toBe('per:ryder')
    await act(() => { (document.activeElement as HTMLButtonElement).click() })
    await key('ArrowDown')
    expect(document.activeElement!.className).toBe('mention')
    expect(activeCard()).toBe('per:ryder')
    expect(tabStops(el)).toEqual([document.activeElement])
    await key('End')
    expect(document.activeElement!.closest('[data-card="other-names"]')).not.toBeNull()
    expect(document.activeElement!.textContent).toBe('Iraqi')
  })

  it('labels a person’s card "Person" and folds the demonym into the other names row', async () => {
    const el = await show(state())
    const ryder = el.querySelector('article[data-entity="per:ryder"]')!
    expect(ryder.querySelector('.card-meta')!.textContent).toBe('Person · 2 mentions')
    expect(el.querySelector('article[data-entity="misc:iraqi"]')).toBeNull()
    expect(el.querySelector('[data-card="other-names"]')!.textContent).toBe('Other names: Iraqi')
    // The first mention as written is set in bold, no-break space and all.
    expect(ryder.querySelector('.card-summary strong')!.textContent).toBe('Patrick\u00a0Ryder')
  })

  it('keeps many notes to one Tab stop, so they do not push the cards away', async () => {
    const { noteOn, STORY } = await import('../notes/fixtures.ts')
    tabNotes = [noteOn(STORY.slice(0, 20)), noteOn(STORY.slice(30, 50)), noteOn(STORY.slice(60, 80))]
    tabText = STORY
    const el = await show({ ...state(), read: { chars: STORY.length, total: STORY.length } })
    // The notes come in a reply, and the list settles its Tab stop after they render.
    const quotes = await vi.waitFor(() => {
      const q = [...el.querySelectorAll<HTMLElement>('[data-card="notes"] .note-quote')]
      if (q.length !== 3 || q[0].tabIndex !== 0) throw new Error('notes not settled yet')
      return q
    }, { timeout: 20_000 })
    expect(quotes.map((q) => q.tabIndex)).toEqual([0, -1, -1])
    quotes[0].focus()
    await key('ArrowDown')
    expect(document.activeElement).toBe(quotes[1])
    expect(quotes.map((q) => q.tabIndex)).toEqual([-1, 0, -1])
  })

  it('searches the timeline too', async () => {
    const el = await show(state())
    const q = el.querySelector<HTMLInputElement>('#q')!
    await act(() => { q.value = '10 jan'; q.dispatchEvent(new Event('input', { bubbles: true })) })
    expect([...el.querySelectorAll('[data-card="timeline"] li .when')].map((e) => e.textContent)).toEqual(['10 Jan 2024'])
    expect(el.querySelector('[data-card="timeline"] .phrase')!.textContent).toBe('Jan. 10')
  })
})
