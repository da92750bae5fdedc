// The story walk (findStory: the page scan, metadata, the body and its text map) and the text map
// alone are linear on every page: DOM work is counted under linkedom (tests/unit/support/dom-work.ts)
// together with what the text collector reads (collectorWork), never timed.
import { describe, expect, it } from 'vitest'
import { findStory } from '../../../src/page/find-story.ts'
import { collectText } from '../../../src/page/text-map.ts'
import { collectorWork } from '../../../src/page/text-collector.ts'
import { countDomWork, parsePage } from '../support/dom-work.ts'
import { expectLinear, repeatTo } from '../support/linear.ts'

const LEAD = '<p>The minister said on Tuesday that the talks in Geneva would go on, and that both sides had agreed to meet again within the week.</p>'
const page = (body: string) =>
  `<!doctype html><html><head><title>Talks go on</title></head><body><nav><a href="/">Home</a></nav>` +
  `<article><h1>Talks go on</h1>${LEAD}${body}${LEAD}</article><footer>© News</footer></body></html>`

/** DOM work plus collector work of `run` on a page with `body`. */
function work(body: string, run: (doc: Document) => unknown): number {
  const doc = parsePage(page(body))
  const before = collectorWork.steps
  const dom = countDomWork(doc)
  try {
    run(doc)
  } finally {
    dom.restore()
  }
  return dom.steps + collectorWork.steps - before
}

const story = (doc: Document) => expect(findStory(doc, { url: 'https://news.example/talks' })).toBeDefined()
const textMap = (doc: Document) => collectText(doc.body)

const INPUTS: Array<[string, (n: number) => string, number]> = [
  ['a 5 MB word', (n) => `<p>${'a'.repeat(n)}</p>`, 1_250_000],
  ['5 MB of one punctuation mark', (n) => `<p>${'.'.repeat(n)}</p>`, 1_250_000],
  ['5 MB of words and spaces', (n) => `<p>${repeatTo('word ', n)}</p>`, 1_250_000],
  ['100,000 one-character paragraphs', (n) => '<p>a</p>'.repeat(n), 25_000],
  ['50,000 links in one paragraph', (n) => `<p>${'<a href="/x">link</a> '.repeat(n)}</p>`, 12_500],
  ['50,000 links in a list', (n) => `<ul>${'<li><a href="/x">Read more</a></li>'.repeat(n)}</ul>`, 12_500],
  ['50,000 empty links', (n) => '<a href="/x"></a>'.repeat(n), 12_500],
  ['10,000 nested inline elements', (n) => '<span>a '.repeat(n) + '</span>'.repeat(n), 2_500],
]

describe('the story walk does linear work', () => {
  it.each(INPUTS)('on %s', (_, body, n) => {
    expectLinear((k) => work(body(k), story), n, 4, 0.15)
  })
})

describe('the text map does linear work', () => {
  it.each(INPUTS)('on %s', (_, body, n) => {
    expectLinear((k) => work(body(k), textMap), n, 4, 0.15)
  })
})
