// Table-driven: every tests/fixtures/pages/<slug>/ page through findStory, under linkedom and
// jsdom, against its expected.json. The two DOMs must give the same story text. `detect` is what
// the content script's whole pipeline says (detectStory: the cheap look, then findStory) where it
// differs from findStory alone (a page only the page-type classifier leaves quiet); every page
// findStory reads as a story must stay a story through the pipeline.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findStory } from '../../../src/page/find-story.ts'
import { detectStory } from '../../../src/page/detect-story.ts'
import { DOMS, parse } from './dom.ts'

interface Expected {
  url?: string
  ok: boolean
  reason?: string
  title?: string
  byline?: string[]
  published?: string
  modified?: string
  site?: string
  storyUrl?: string
  lang?: string
  startsWith?: string
  endsWith?: string
  includes?: string[]
  excludes?: string[]
  headings?: string[]
  /** The reason detectStory gives, when the cheap look leaves the page quiet. */
  detect?: string
}

const dir = join(import.meta.dirname, '../../fixtures/pages')
const slugs = readdirSync(dir).filter((s) => !s.startsWith('.')).sort()

describe.each(slugs)('page fixture %s', (slug) => {
  const html = readFileSync(join(dir, slug, 'page.html'), 'utf8')
  const want = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as Expected
  const texts: string[] = []

  it.each(DOMS)('under %s', (dom) => {
    const result = findStory(parse(html, dom, want.url), want.url ? { url: want.url } : {})
    if (!want.ok) {
      expect(result).toEqual({ ok: false, reason: want.reason })
      return
    }
    if (!result.ok) throw new Error(`no story: ${result.reason}`)
    const { story, blocks } = result
    texts.push(story.text)
    if (want.title !== undefined) expect(story.title).toBe(want.title)
    if (want.byline !== undefined) expect(story.byline).toEqual(want.byline)
    if (want.published !== undefined) expect(story.published).toBe(want.published)
    if (want.modified !== undefined) expect(story.modified).toBe(want.modified)
    if (want.site !== undefined) expect(story.site).toBe(want.site)
    if (want.storyUrl !== undefined) expect(story.url).toBe(want.storyUrl)
    if (want.lang !== undefined) expect(story.lang).toBe(want.lang)
    if (want.startsWith !== undefined) expect(story.text.startsWith(want.startsWith)).toBe(true)
    if (want.endsWith !== undefined) expect(story.text.endsWith(want.endsWith)).toBe(true)
    for (const s of want.includes ?? []) expect(story.text).toContain(s)
    for (const s of want.excludes ?? []) expect(story.text).not.toContain(s)
    if (want.headings !== undefined) {
      expect(blocks.filter((b) => b.kind === 'heading').map((b) => story.text.slice(b.start, b.end))).toEqual(want.headings)
    }
    // Blocks tile the text: in order, separated by the paragraph break.
    for (let i = 1; i < blocks.length; i++) expect(story.text.slice(blocks[i - 1].end, blocks[i].start)).toBe('\n\n')
  })

  it.each(DOMS)('through the content script\'s pipeline under %s', (dom) => {
    const result = detectStory(parse(html, dom, want.url), want.url ? { url: want.url } : {})
    if (want.detect !== undefined) expect(result).toEqual({ ok: false, reason: want.detect })
    else if (want.ok) expect(result.ok).toBe(true)
    else expect(result.ok).toBe(false)
  })

  if (want.ok) {
    it('gives the same text under both DOMs', () => {
      const all = DOMS.map((dom) => {
        const r = findStory(parse(html, dom, want.url), want.url ? { url: want.url } : {})
        return r.ok ? r.story.text : null
      })
      expect(all[0]).not.toBeNull()
      expect(all[1]).toBe(all[0])
      void texts
    })
  }
})
