// Titles from pages that escaped their metadata twice ("&amp;amp;", "&#x27;") read as a reader sees them.
import { describe, expect, it } from 'vitest'
import { decodeEntities } from '../../../src/page/read-metadata.ts'

describe('decodeEntities', () => {
  it('decodes the references a twice-escaped title keeps', () => {
    expect(decodeEntities('Price Guide &amp; Rates')).toBe('Price Guide & Rates')
    expect(decodeEntities('SF&#x27;s 21+ Best Movers')).toBe("SF's 21+ Best Movers")
    expect(decodeEntities('&quot;Quoted&quot; &#39;x&#39; &lt;b&gt;')).toBe('"Quoted" \'x\' <b>')
  })
  it('leaves text without references, unknown names and out-of-range numbers alone', () => {
    expect(decodeEntities('Fish & chips')).toBe('Fish & chips')
    expect(decodeEntities('&copy; &bogus; &#x110000;')).toBe('&copy; &bogus; &#x110000;')
  })
})
