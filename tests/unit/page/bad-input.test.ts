// Bad input: no exception escapes findStory; the answer is a story or no story with a reason.
import { describe, expect, it } from 'vitest'
import { findStory } from '../../../src/page/find-story.ts'
import { readJsonLd } from '../../../src/page/json-ld.ts'
import { DOMS, parse } from './dom.ts'

const para = (i: number) =>
  `<p>Paragraph ${i} of a very long report on the harbour, with enough words in it to read as prose, and a full stop.</p>`

describe.each(DOMS)('bad input under %s', (dom) => {
  it('answers empty documents with a reason', () => {
    for (const html of ['', '<html></html>', '<html><body></body></html>', '<html><body>   </body></html>']) {
      const r = findStory(parse(html, dom))
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.reason).toMatch(/empty document|no story text/)
    }
  })

  it('reads a 20,000-word page', () => {
    const html = `<html><body><article><h1>A very long report</h1>${Array.from({ length: 1000 }, (_, i) => para(i)).join('')}</article></body></html>`
    const r = findStory(parse(html, dom))
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.story.text.split(/\s+/).length).toBeGreaterThan(20_000)
      expect(r.blocks.length).toBe(1000)
    }
  })

  it('survives 5,000-deep nesting without recursion', () => {
    const depth = 5000
    const html = `<html><body>${'<div>'.repeat(depth)}<article>${para(1)}${para(2)}${para(3)}${para(4)}</article>${'</div>'.repeat(depth)}</body></html>`
    const r = findStory(parse(html, dom))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.story.text.startsWith('Paragraph 1 of')).toBe(true)
  })

  it('ignores hostile and broken JSON-LD', () => {
    const nested = '['.repeat(20_000) + ']'.repeat(20_000)
    const html = `<html><head>
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken", </script>
      <script type="application/ld+json">${nested}</script>
      <script type="application/ld+json">{"@type": "NewsArticle", "__proto__": {"polluted": true}, "author": {"name": {"name": {"name": 5}}}}</script>
      <script type="application/ld+json">not json at all</script>
      <meta property="og:title" content="Harbour report"></head>
      <body><article><h1>Harbour report</h1>${para(1)}${para(2)}${para(3)}${para(4)}</article></body></html>`
    const r = findStory(parse(html, dom))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.story.title).toBe('Harbour report')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('repairs JSON-LD with trailing commas and reads @graph and arrays', () => {
    const html = `<html><head>
      <script type="application/ld+json">[{"@type": "Organization", "name": "X"}, {"@graph": [{"@type": ["NewsArticle"], "headline": "Graph headline", "author": [{"@type": "Person", "name": "Ada Lin"},],}]}]</script>
      </head><body></body></html>`
    const objs = readJsonLd(parse(html, dom))
    expect(objs.map((o) => o['@type'])).toEqual(['Organization', ['NewsArticle']])
  })

  it('reads the light DOM of a shadow host and does not throw', () => {
    const doc = parse(`<html><body><article><h1>Shadow host</h1><div id="host"></div>${para(1)}${para(2)}${para(3)}${para(4)}</article></body></html>`, dom)
    const host = doc.getElementById('host') as Element & { attachShadow?: (o: { mode: string }) => ShadowRoot }
    if (host.attachShadow) {
      const root = host.attachShadow({ mode: 'open' })
      root.appendChild(doc.createElement('p')).textContent = 'Inside the shadow root.'
    }
    const r = findStory(doc)
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.story.text).toContain('Paragraph 3 of')
  })

  it('never changes the DOM', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><article><h1>Title here</h1>${para(1)}<div class="share">Share</div>${para(2)}${para(3)}</article></body></html>`
    const doc = parse(html, dom)
    const before = doc.documentElement.outerHTML
    findStory(doc)
    expect(doc.documentElement.outerHTML).toBe(before)
  })
})
