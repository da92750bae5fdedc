// quietReason, the cheap look detectStory runs before findStory: a reason on pages that surely hold
// no story, and never one where findStory finds a story (checked on every page fixture).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { findStory } from '../../../src/page/find-story.ts'
import { quietReason } from '../../../src/page/quiet-reason.ts'
import { DOMS, parse } from './dom.ts'

const dir = join(import.meta.dirname, '../../fixtures/pages')
const slugs = readdirSync(dir).filter((s) => !s.startsWith('.')).sort()
const para = (i: number) =>
  `<p>Paragraph ${i} of a report on the harbour, with enough words in it to read as prose, and a full stop.</p>`
const story = `<article><h1>Harbour report</h1>${para(1)}${para(2)}${para(3)}${para(4)}</article>`

describe.each(DOMS)('quietReason under %s', (dom) => {
  it.each(slugs)('never rejects a page findStory reads as a story: %s', (slug) => {
    const html = readFileSync(join(dir, slug, 'page.html'), 'utf8')
    const { url } = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as { url?: string }
    const opts = url ? { url } : {}
    const found = findStory(parse(html, dom, url), opts)
    if (found.ok) expect(quietReason(parse(html, dom, url), opts)).toBeNull()
  })

  it('rejects the home page fixture and the video page with a line of text', () => {
    for (const [slug, reason] of [['home-page', 'home page'], ['video-page', 'no story text']]) {
      const html = readFileSync(join(dir, slug, 'page.html'), 'utf8')
      const { url } = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as { url?: string }
      expect(quietReason(parse(html, dom, url), url ? { url } : {})).toBe(reason)
    }
  })

  it('rejects empty documents and pages whose only text is in scripts and styles', () => {
    for (const html of ['', '<html></html>', '<html><body>   </body></html>']) expect(quietReason(parse(html, dom))).not.toBeNull()
    const shell = `<html><head><style>${'p{color:red}'.repeat(50)}</style></head><body><div id="app"></div>
      <script>${'window.__state = "a long serialised state of the application";'.repeat(20)}</script>
      <noscript>${para(1)}${para(2)}</noscript><template>${story}</template><p>Loading…</p></body></html>`
    expect(quietReason(parse(shell, dom))).toBe('no story text')
  })

  it('rejects a site root without article metadata, and keeps one that says it is an article', () => {
    const page = `<html><head>__META__</head><body>${story}</body></html>`
    const url = 'https://news.example.org/'
    expect(quietReason(parse(page.replace('__META__', ''), dom, url), { url })).toBe('home page')
    expect(findStory(parse(page.replace('__META__', ''), dom, url), { url }).ok).toBe(false)
    const article = page.replace('__META__', '<meta property="og:type" content="article">')
    expect(quietReason(parse(article, dom, url), { url })).toBeNull()
    const ld = page.replace('__META__', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour report"}</script>')
    expect(quietReason(parse(ld, dom, url), { url })).toBeNull()
    // Not at the root: the same page without metadata is worth a look.
    expect(quietReason(parse(page.replace('__META__', ''), dom), { url: 'https://news.example.org/2031/03/harbour' })).toBeNull()
  })

  it('looks at a story page, long or short', () => {
    expect(quietReason(parse(`<html><body>${story}</body></html>`, dom))).toBeNull()
    const long = `<html><body><article><h1>A very long report</h1>${Array.from({ length: 1000 }, (_, i) => para(i)).join('')}</article></body></html>`
    expect(quietReason(parse(long, dom))).toBeNull()
  })
})

describe('quietReason on other document types', () => {
  it('rejects an XML feed', () => {
    const feed = new JSDOM(`<rss><channel><title>Feed</title><item><description>${'A long description of a story. '.repeat(20)}</description></item></channel></rss>`,
      { contentType: 'application/rss+xml' }).window.document
    expect(quietReason(feed)).toBe('not a web page')
  })
})
