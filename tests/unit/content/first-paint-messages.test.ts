// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.washingtonexaminer.com/policy/defense/2897854/us-and-iraq-to-discuss-future-military-presence-in-country/"}
// The content script's messages on a story page, in order (issue 18), checked by order, not by
// time: the story goes to the background first, in one message, and the page paints from its
// reply, settings included; notes and memory are asked only after the paint. The real content
// script runs on the demo story under jsdom (which has no CSS Custom Highlight API: the paint
// itself is the browser suite's; here the moment it is done is what counts).
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'

const events: string[] = []
const settings = {
  enabled: true, everyMention: false,
  kinds: { per: true, org: true, loc: true, misc: true, date: true },
  colours: { per: '#000', org: '#000', loc: '#000', misc: '#000', date: '#000' },
}
vi.mock('../../../src/platform/send.ts', () => ({
  send: async (msg: { type: string }) => {
    events.push(msg.type)
    if (msg.type === 'page/story') {
      return { ok: true, value: { places: {}, settings, analysis: { title: { entities: [], dates: [] }, body: { entities: [], dates: [] },
        sentences: [], reference: { date: '2024-01-24', source: 'published' } } } }
    }
    if (msg.type === 'page/notes') return { ok: true, value: [] }
    if (msg.type === 'page/memory') return { ok: true, value: {} }
    return { ok: false, error: { code: 'not-found', message: 'not in this test' } }
  },
}))
vi.mock('../../../src/platform/browser.ts', () => ({
  browser: { runtime: { id: 'gloss', onMessage: { addListener: () => {} } } },
}))
vi.mock('../../../src/content/first-highlight.ts', () => ({ highlightsPainted: () => { events.push('painted') } }))

describe('a story page’s first paint', () => {
  it('takes one message: the story, whose reply brings the settings; notes and memory come after', async () => {
    const html = readFileSync('tests/fixtures/demo/story.html', 'utf8')
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '')
    await import('../../../src/content/index.ts')
    await vi.waitFor(() => { if (!events.includes('page/memory')) throw new Error('not done yet') }, { timeout: 30_000 })
    expect(events.slice(0, 2)).toEqual(['page/story', 'painted'])
    expect(events).not.toContain('page/settings')
    expect(events.indexOf('page/notes')).toBeGreaterThan(events.indexOf('painted'))
    expect(events.indexOf('page/memory')).toBeGreaterThan(events.indexOf('painted'))
  })
})
