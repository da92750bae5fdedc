// Which story a tab may claim: judged from the tab's own URL, never from what the page states.
import { describe, expect, it } from 'vitest'
import { onTabSite, provenKey, provenSource, siteOfUrl } from '../../../../src/page/identity/tab-site.ts'

describe('tab site', () => {
  it('names the registrable domain, with rendering hosts and aliases folded', () => {
    expect(siteOfUrl('https://www.nytimes.com/2024/01/23/x.html')).toBe('nytimes.com')
    expect(siteOfUrl('https://amp.theguardian.com/x')).toBe('theguardian.com')
    expect(siteOfUrl('https://www.bbc.co.uk/news/x')).toBe('bbc.com')
    expect(siteOfUrl('javascript:alert(1)')).toBeNull()
    expect(siteOfUrl(null)).toBeNull()
  })

  it('believes a stated URL only on the tab’s own site', () => {
    const tab = 'https://m.example-news.com/story?utm_source=x'
    expect(provenSource('https://www.example-news.com/story', tab)).toBe('https://www.example-news.com/story')
    expect(provenSource('https://victim-news.com/story', tab)).toBe(tab)
    expect(provenSource(null, tab)).toBe(tab)
    // Two sites under one public suffix are two sites.
    expect(onTabSite('https://alice.github.io/a', 'https://mallory.github.io/a')).toBe(false)
    expect(onTabSite('https://news.example.co.uk/a', 'https://www.example.co.uk/b')).toBe(true)
  })

  it('keeps a story key only when its host is on the tab’s site', () => {
    expect(provenKey('example-news.com/2024/01/story', 'https://www.example-news.com/2024/01/story')).toBe('example-news.com/2024/01/story')
    expect(provenKey('victim-news.com/2024/01/story', 'https://evil.example/copy')).toBeNull()
    expect(provenKey(null, 'https://evil.example/copy')).toBeNull()
    expect(provenKey('', 'https://evil.example/copy')).toBeNull()
  })
})
