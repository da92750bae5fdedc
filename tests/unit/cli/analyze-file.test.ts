// `npm run analyze` goes the extension's one analysis path (src/engine/story-analysis.ts): on a
// page without a publish date, relative dates are resolved against its modified date, else
// today, as the extension resolves them. Before issue 19 the CLI passed the missing publish date
// on and resolved them against nothing.
import { describe, expect, it } from 'vitest'
import { analyzeContent } from '../../../src/cli/analyze-file.ts'
import { loadDefaultModelNode } from '../../../src/cli/load-model.ts'

const paragraph = (i: number) => `<p>The harbour authority said on Tuesday that the new pier would open next month, paragraph ${i} of the report ` +
  'by the city desk, after a long review of the plans by engineers and the port\'s board.</p>'
const page = (meta: string) => `<!doctype html><html lang="en"><head><title>Harbour pier to open</title>${meta}</head><body>
<article><h1>Harbour pier to open</h1>${Array.from({ length: 8 }, (_, i) => paragraph(i)).join('\n')}</article></body></html>`
const options = { text: false, published: null, url: 'https://news.example.com/2031/03/harbour-pier' }
const tuesday = (r: ReturnType<typeof analyzeContent>) => r.dates.find((d) => r.story!.text.slice(d.start, d.end) === 'Tuesday')?.value

describe('analyze-file', () => {
  it('resolves relative dates against the modified date when the page has no publish date', () => {
    const r = analyzeContent('a.html', page('<meta property="article:modified_time" content="2031-03-14T11:05:00+00:00">'), options,
      loadDefaultModelNode, new Date('2040-01-01T00:00:00Z'))
    expect(r.story?.published).toBeNull()
    expect(r.story?.modified).toMatch(/^2031-03-14/)
    expect(tuesday(r)).toBe('2031-03-11') // the Tuesday before Friday 14 March 2031
  })

  it('resolves them against today when the page has neither date, as the extension does', () => {
    const r = analyzeContent('b.html', page(''), options, loadDefaultModelNode, new Date('2031-05-09T12:00:00Z'))
    expect(r.story?.published ?? null).toBeNull()
    expect(r.story?.modified ?? null).toBeNull()
    expect(tuesday(r)).toBe('2031-05-06') // the Tuesday before Friday 9 May 2031
  })

  it('resolves them against the publish date when there is one', () => {
    const r = analyzeContent('c.html', page('<meta property="article:published_time" content="2031-03-14T08:30:00+00:00">'), options,
      loadDefaultModelNode, new Date('2040-01-01T00:00:00Z'))
    expect(tuesday(r)).toBe('2031-03-11')
  })
})
