// The text map both ways: offsets to DOM Ranges and back, under jsdom (real Ranges) and linkedom
// (a static stand-in where the DOM has no Range).
import { describe, expect, it } from 'vitest'
import { collectText } from '../../../src/page/text-map.ts'
import { DOMS, parse } from './dom.ts'

const HTML = `<html><body><div id="root">
  <p>The <b>quick</b>   brown
     fox<br>jumps over&shy;the dog.</p>
  <p>Second <a href="#">paragraph</a> here.<span style="display:none">hidden</span></p>
  <ul><li>one</li><li>two</li></ul>
</div></body></html>`

describe.each(DOMS)('text map under %s', (dom) => {
  const doc = parse(HTML, dom)
  const { map, blocks } = collectText(doc.getElementById('root')!)

  it('collapses white space, keeps <br> as a newline, drops soft hyphens and hidden text', () => {
    expect(map.text).toBe('The quick brown fox\njumps overthe dog.\n\nSecond paragraph here.\n\none\n\ntwo')
    expect(blocks.map((b) => map.text.slice(b.start, b.end))).toEqual([
      'The quick brown fox\njumps overthe dog.', 'Second paragraph here.', 'one', 'two'])
  })

  it('maps every word to a Range over the same characters and back', () => {
    for (const m of map.text.matchAll(/[A-Za-z]+/g)) {
      const start = m.index ?? 0
      const end = start + m[0].length
      const range = map.toRange(start, end)
      expect(range).not.toBeNull()
      if (dom === 'jsdom') expect(range!.toString().replace(/\u00ad/g, '')).toBe(m[0])
      expect(map.fromRange(range!)).toEqual({ start, end })
    }
  })

  it('maps a span across elements and paragraphs', () => {
    const start = map.text.indexOf('quick')
    const end = map.text.indexOf('paragraph') + 'paragraph'.length
    const range = map.toRange(start, end)!
    expect(map.fromRange(range)).toEqual({ start, end })
  })

  it('refuses offsets out of bounds', () => {
    expect(map.toRange(-1, 3)).toBeNull()
    expect(map.toRange(0, map.text.length + 1)).toBeNull()
    expect(map.toRange(5, 2)).toBeNull()
  })
})

describe('Ranges from the page (jsdom)', () => {
  it('maps a selection that starts in an element boundary', () => {
    const doc = parse(HTML, 'jsdom')
    const { map } = collectText(doc.getElementById('root')!)
    const p2 = doc.querySelectorAll('p')[1]
    const range = doc.createRange()
    range.setStart(p2, 0)
    range.setEnd(p2.querySelector('a')!.firstChild!, 4)
    const start = map.text.indexOf('Second')
    expect(map.fromRange(range)).toEqual({ start, end: map.text.indexOf('paragraph') + 4 })
  })
})
