// The demo page (tests/fixtures/demo/story.html, around the seed story): headline, byline, dates
// and the body from its first sentence to its last, with the in-story promotion line kept.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findStory } from '../../../src/page/find-story.ts'
import { DOMS, parse } from './dom.ts'

const demo = join(import.meta.dirname, '../../fixtures/demo')

describe.skipIf(!existsSync(join(demo, 'story.html'))).each(DOMS)('demo page under %s', (dom) => {
  it('finds the story', () => {
    const url = readFileSync(join(demo, 'url.txt'), 'utf8').trim()
    const r = findStory(parse(readFileSync(join(demo, 'story.html'), 'utf8'), dom, url), { url })
    if (!r.ok) throw new Error(r.reason)
    const { story } = r
    expect(story.title).toBe('US and Iraq to discuss future military presence in country')
    expect(story.byline).toEqual(['Dana Whitfield'])
    expect(story.published).toBe('2024-01-24T06:00:00-05:00')
    expect(story.site).toBe('Washington Examiner')
    expect(story.lang).toBe('en-US')
    expect(story.text.startsWith('The U.S. military has troops')).toBe(true)
    expect(story.text.endsWith('decimation of Gaza.')).toBe(true)
    // The promotion line is the site speaking, not the story (issue 15): left out, its neighbours joined.
    expect(story.text).not.toContain('CLICK HERE')
    expect(story.text).toContain('permanently.”\n\nRyder, however,')
    expect(r.titleMap?.text).toBe(story.title)
  })
})
