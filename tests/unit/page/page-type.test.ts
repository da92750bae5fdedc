// The page-type classifier and its features: the committed model matches the feature code, the
// features read what they say on pages of our own, the classifier names the kind of page it
// leaves quiet, and no page the extension's own suites read as a story is left quiet by it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FEATURE_NAMES, pageFeatures } from '../../../src/page/page-features.ts'
import { judgePageType, probabilities } from '../../../src/page/page-type.ts'
import { MODEL } from '../../../src/page/page-type-model.ts'
import { bodyOf } from '../../../src/page/find-story.ts'
import { detectStory } from '../../../src/page/detect-story.ts'
import { quietReason } from '../../../src/page/quiet-reason.ts'
import { DOMS, parse } from './dom.ts'

const fixtures = join(import.meta.dirname, '../../fixtures')
const page = (slug: string) => {
  const html = readFileSync(join(fixtures, 'pages', slug, 'page.html'), 'utf8')
  const { url } = JSON.parse(readFileSync(join(fixtures, 'pages', slug, 'expected.json'), 'utf8')) as { url: string }
  return { html, url }
}
const featuresOf = (html: string, url: string, dom: (typeof DOMS)[number]) => {
  const doc = parse(html, dom, url)
  return pageFeatures(doc, bodyOf(doc.documentElement)!, url)
}

describe('the page-type model', () => {
  it('was trained on the features the code computes, in the same order', () => {
    expect(MODEL.features).toEqual(FEATURE_NAMES)
    expect(MODEL.mean).toHaveLength(FEATURE_NAMES.length)
    expect(MODEL.scale).toHaveLength(FEATURE_NAMES.length)
    for (const w of MODEL.weights) expect(w).toHaveLength(FEATURE_NAMES.length)
    expect(MODEL.weights).toHaveLength(MODEL.classes.length)
    expect(MODEL.classes).toContain('article')
    expect(MODEL.threshold).toBeGreaterThan(0)
    expect(MODEL.threshold).toBeLessThan(0.5)
  })

  it('gives probabilities that sum to one, stable on extreme inputs', () => {
    const p = probabilities(MODEL, FEATURE_NAMES.map(() => 1e6))
    expect(p.every((x) => Number.isFinite(x) && x >= 0)).toBe(true)
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9)
  })
})

describe.each(DOMS)('page features under %s', (dom) => {
  it('read prices, a buy button and little prose on a product page', () => {
    const { html, url } = page('product-page')
    const f = featuresOf(html, url, dom)
    expect(f.prices).toBeGreaterThan(0)
    expect(f.shopPath).toBe(1)
  })

  it('read cards, prices and linked headings on a shop category', () => {
    const { html, url } = page('shop-category')
    const f = featuresOf(html, url, dom)
    expect(f.prices).toBeGreaterThan(Math.log1p(10))
    expect(f.linkedHeadings).toBeGreaterThan(Math.log1p(10))
    expect(f.selects).toBeGreaterThan(0)
    expect(f.bestShare).toBeLessThan(0.5)
  })

  it('read calls to action, a phone link and the reader addressed on a service page', () => {
    const { html, url } = page('service-landing')
    const f = featuresOf(html, url, dom)
    expect(f.ctas).toBeGreaterThan(0)
    expect(f.telLinks).toBeGreaterThan(0)
    expect(f.youRate).toBeGreaterThan(0)
    expect(f.forms).toBeGreaterThan(0)
  })

  it('read long paragraphs in one container on an article', () => {
    const { html, url } = page('basic-article')
    const f = featuresOf(html, url, dom)
    expect(f.bestShare).toBeGreaterThan(0.5)
    expect(f.linkShare).toBeLessThan(0.2)
    expect(f.pCount).toBeGreaterThan(Math.log1p(3))
    expect(f.buyButton).toBe(0)
    const guide = featuresOf(page('company-guide').html, page('company-guide').url, dom)
    expect(guide.longP).toBeGreaterThan(Math.log1p(3))
    expect(guide.bestShare).toBeGreaterThan(0.5)
  })

  it('are the same under both DOMs', () => {
    for (const slug of ['basic-article', 'shop-category', 'service-landing', 'company-guide']) {
      const { html, url } = page(slug)
      const [a, b] = DOMS.map((d) => featuresOf(html, url, d))
      for (const name of FEATURE_NAMES) expect([slug, name, b[name]]).toEqual([slug, name, a[name]])
    }
  })
})

describe.each(DOMS)('the page-type classifier under %s', (dom) => {
  it('names what it leaves quiet', () => {
    expect(judgePageType(featuresOf(page('product-page').html, page('product-page').url, dom)).reason).toBe('product page')
    expect(judgePageType(featuresOf(page('shop-category').html, page('shop-category').url, dom)).reason).toBe('shop category')
    expect(judgePageType(featuresOf(page('service-landing').html, page('service-landing').url, dom)).reason).toBe('service page')
  })

  it('is not asked about a page that calls itself an article (findStory judges it; the walk would cost a news page a third of detection)', () => {
    const { html, url } = page('shop-category')
    expect(quietReason(parse(html, dom, url), { url })).toBe('shop category')
    const article = html.replace('<meta property="og:type" content="website">', '<meta property="og:type" content="article">')
    expect(quietReason(parse(article, dom, url), { url })).toBeNull()
  })

  it('reads a guide on a company site, with neither metadata nor a story address, as a story', () => {
    const { html, url } = page('company-guide')
    expect(judgePageType(featuresOf(html, url, dom)).reason).toBeNull()
  })

  it('leaves no page the browser suites read as a story quiet', () => {
    for (const [file, urlFile] of [['demo/story.html', 'demo/url.txt'], ['second-story/story.html', 'second-story/url.txt']]) {
      const url = readFileSync(join(fixtures, urlFile), 'utf8').trim()
      const found = detectStory(parse(readFileSync(join(fixtures, file), 'utf8'), dom, url), { url })
      expect([file, found.ok]).toEqual([file, true])
    }
    const fallback = 'https://www.harbourgazette.example/2031/04/02/pier-reopens'
    const html = readFileSync(join(fixtures, 'story-e2e/fallback-story.html'), 'utf8')
    expect(detectStory(parse(html, dom, fallback), { url: fallback }).ok).toBe(true)
  })
})
