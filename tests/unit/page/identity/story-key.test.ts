import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { resolveStoryKey, storyKey, storyKeyOfUrl, type StoryKeyInput } from '../../../../src/page/story-key.ts'

type Variant = string | StoryKeyInput
interface Fixture {
  same: { publisher: string; key: string; variants: Variant[] }[]
  distinct: { why: string; a: Variant; b: Variant }[]
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/identity/publishers.json', import.meta.url), 'utf8'),
) as Fixture

const input = (v: Variant): StoryKeyInput => (typeof v === 'string' ? { documentUrl: v } : v)
const label = (v: Variant) => (typeof v === 'string' ? v : JSON.stringify(v))

describe('storyKey: one key for a story under its URL variants', () => {
  for (const group of fixture.same) {
    describe(group.publisher, () => {
      it.each(group.variants.map((v) => [label(v), v] as const))('%s', (_, v) => {
        expect(storyKey(input(v))).toBe(group.key)
      })
    })
  }
})

describe('storyKey: no wrong merge', () => {
  it.each(fixture.distinct.map((d) => [d.why, d] as const))('%s', (_, d) => {
    const a = storyKey(input(d.a))
    const b = storyKey(input(d.b))
    expect(a).not.toBeNull()
    expect(b).not.toBeNull()
    expect(a).not.toBe(b)
  })
})

describe('resolveStoryKey: which URL was believed, and why not the others', () => {
  it('prefers a trustworthy canonical link over og:url and the document', () => {
    const r = resolveStoryKey({
      documentUrl: 'https://www.example.com/amp/world/story-about-things-1234567',
      canonical: 'https://www.example.com/world/story-about-things-1234567',
      ogUrl: 'https://www.example.com/world/other',
    })
    expect(r).toMatchObject({ ok: true, source: 'canonical', key: 'example.com/world/story-about-things-1234567' })
  })

  it('ignores a canonical link to another site and says so', () => {
    const r = resolveStoryKey({
      documentUrl: 'https://scraper.example.net/copied-story-about-things',
      canonical: 'https://www.nytimes.com/2024/01/23/us/politics/senate-budget-vote.html',
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.source).toBe('document')
    expect(r.key).toBe('scraper.example.net/copied-story-about-things')
    expect(r.ignored[0]).toMatchObject({ source: 'canonical' })
    expect(r.ignored[0].reason).toMatch(/other site/)
  })

  it('falls back to og:url when the canonical link points to the home page', () => {
    const r = resolveStoryKey({
      documentUrl: 'https://www.gazette.example/news/2024/fire-at-mill-street?utm_source=fb&session=9',
      canonical: 'https://www.gazette.example/',
      ogUrl: 'https://www.gazette.example/news/2024/fire-at-mill-street',
    })
    expect(r).toMatchObject({ ok: true, source: 'og', key: 'gazette.example/news/2024/fire-at-mill-street' })
    if (r.ok) expect(r.ignored.map((i) => i.reason)).toEqual(['home page above a deeper document'])
  })

  it('keeps a canonical link above the document when it names a story (pagination)', () => {
    const r = resolveStoryKey({
      documentUrl: 'https://www.example.com/news/world-europe-68012345/page/2',
      canonical: 'https://www.example.com/news/world-europe-68012345',
    })
    expect(r).toMatchObject({ ok: true, source: 'canonical', key: 'example.com/news/world-europe-68012345' })
  })

  it('ignores a canonical link that drops the query naming the document', () => {
    const r = resolveStoryKey({
      documentUrl: 'https://www.example.com/news/story?id=4411',
      canonical: 'https://www.example.com/news/story',
    })
    expect(r).toMatchObject({ ok: true, source: 'document', key: 'example.com/news/story?id=4411' })
  })

  it('believes the home page as canonical for the home page itself', () => {
    expect(storyKey({ documentUrl: 'https://www.example.com/?utm_source=x', canonical: 'https://example.com/' }))
      .toBe('example.com/')
  })

  it('uses the canonical link of a saved page whose document URL is not http', () => {
    const r = resolveStoryKey({
      documentUrl: 'file:///home/me/saved/story.html',
      canonical: 'https://www.theguardian.com/world/2024/jan/23/ukraine-grain-corridor-talks',
    })
    expect(r).toMatchObject({ ok: true, source: 'canonical', key: 'theguardian.com/world/2024/jan/23/ukraine-grain-corridor-talks' })
  })

  it('uses the AMP link only when the document URL is unusable', () => {
    expect(storyKey({ documentUrl: 'about:blank', ampUrl: 'https://www.example.com/amp/world/a-story-here' }))
      .toBe('example.com/world/a-story-here')
    expect(storyKey({ documentUrl: 'https://www.example.com/article/a-story-here', ampUrl: 'https://www.example.com/article/amp/id123' }))
      .toBe('example.com/article/a-story-here')
  })
})

describe('storyKey: malformed input never throws', () => {
  const bad: [string, StoryKeyInput][] = [
    ['nothing', { documentUrl: null }],
    ['empty', { documentUrl: '' }],
    ['garbage', { documentUrl: 'not a url at all' }],
    ['javascript:', { documentUrl: 'javascript:alert(1)' }],
    ['host with spaces', { documentUrl: 'https://exa mple.com/x' }],
    ['no host', { documentUrl: 'https://' }],
    ['a number', { documentUrl: 42 as unknown as string }],
    ['huge', { documentUrl: 'https://example.com/' + 'a'.repeat(10_000) }],
  ]
  it.each(bad)('%s gives null with a reason', (_, i) => {
    expect(storyKey(i)).toBeNull()
    const r = resolveStoryKey(i)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(/no usable URL/)
  })

  it('falls back to the document when the canonical link is malformed', () => {
    const r = resolveStoryKey({ documentUrl: 'https://www.example.com/a/b-c-d', canonical: 'http://[::1' })
    expect(r).toMatchObject({ ok: true, source: 'document', key: 'example.com/a/b-c-d' })
    if (r.ok) expect(r.ignored).toEqual([{ source: 'canonical', reason: 'malformed' }])
  })

  it('refuses credentials that disguise a host', () => {
    const r = resolveStoryKey({ documentUrl: 'https://www.bbc.com/news/x-1234567', canonical: 'https://www.bbc.com@evil.example/news/x' })
    expect(r).toMatchObject({ ok: true, source: 'document', key: 'bbc.com/news/x-1234567' })
  })
})

describe('normalisation details', () => {
  it.each([
    ['sorts kept parameters', 'https://ex.com/a?b=2&a=1', 'ex.com/a?a=1&b=2'],
    ['decodes unreserved escapes', 'https://ex.com/%7Euser/%61rticle', 'ex.com/~user/article'],
    ['uppercases other escapes', 'https://ex.com/caf%c3%a9', 'ex.com/caf%C3%A9'],
    ['encodes non-ASCII paths one way', 'https://ex.com/café', 'ex.com/caf%C3%A9'],
    ['collapses repeated slashes', 'https://ex.com//news///a-b-c', 'ex.com/news/a-b-c'],
    ['keeps hash-bang routes', 'https://ex.com/#!/story/12', 'ex.com/#!/story/12'],
    ['keeps a trailing dot host equal', 'https://www.ex.com./a', 'ex.com/a'],
    ['strips m. only above the registrable domain', 'https://m.co.uk/a', 'm.co.uk/a'],
    ['unwraps nested AMP viewers', 'https://www.google.co.uk/amp/s/www-ex-com.cdn.ampproject.org/c/s/www.ex.com/a.amp.html', 'ex.com/a.html'],
  ])('%s', (_, url, key) => {
    expect(storyKeyOfUrl(url)).toBe(key)
  })
})
