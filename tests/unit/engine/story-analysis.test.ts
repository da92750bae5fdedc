// analyzeStory, the one analysis path of the extension and the CLI: the headline tagged with the
// body as context, the body as it is tagged alone, the reference date publish → modified → today.
import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { detectStory } from '../../../src/page/detect-story.ts'
import { loadDefaultModelNode } from '../../../src/cli/load-model.ts'
import { analyzeStory } from '../../../src/engine/story-analysis.ts'
import { analyzeForReading, analyzeText } from '../../../src/engine/analyze.ts'
import { keepSure } from '../../../src/engine/mention-confidence.ts'

const model = loadDefaultModelNode()
const today = new Date('2026-12-08T00:00:00Z')
function storyOf(path: string) {
  const { document } = parseHTML(readFileSync(path, 'utf8'))
  const found = detectStory(document as unknown as Document, {})
  if (!found.ok) throw new Error(`${path}: no story`)
  return found.story
}
const marks = (entities: { id: string; mentions: { start: number; end: number }[] }[]) =>
  entities.map((e) => `${e.id}@${e.mentions.map((m) => `${m.start}-${m.end}`).join(',')}`).sort()

describe('analyzeStory', () => {
  it('tags the headline with the body as context: the second story\'s "Pentagon" is found only so', () => {
    const story = storyOf('tests/fixtures/second-story/story.html')
    const alone = analyzeText(story.title!, { published: story.published, lang: story.lang, model })
    expect(marks(alone.entities)).not.toContain('org:pentagon@0-8')
    const a = analyzeStory(story, { model, today, forReading: true })
    expect(marks(a.title.entities)).toContain('org:pentagon@0-8')
  })

  it('marks the body and the demo page\'s headline as when each was tagged alone', () => {
    for (const path of ['tests/fixtures/demo/story.html', 'tests/fixtures/second-story/story.html']) {
      const story = storyOf(path)
      const a = analyzeStory(story, { model, today, forReading: true })
      const opts = { published: a.reference.date, lang: story.lang, model }
      const [title, body] = keepSure([analyzeForReading(story.title ?? '', opts), analyzeForReading(story.text, opts)])
      expect(marks(a.body.entities)).toEqual(marks(body.entities))
      expect(a.body.dates).toEqual(body.dates)
      if (path.includes('demo')) expect(marks(a.title.entities)).toEqual(marks(title.entities))
    }
  })

  it('resolves against the publish date, else the modified date, else today', () => {
    const base = { title: 'Talks', text: 'Talks resumed in Geneva on Tuesday.', lang: 'en' }
    const at = (published: string | null, modified: string | null) =>
      analyzeStory({ ...base, published, modified }, { model, today, forReading: false }).reference
    expect(at('2024-01-24', '2024-02-01')).toEqual({ date: '2024-01-24', source: 'published' })
    expect(at(null, '2024-02-01')).toEqual({ date: '2024-02-01', source: 'modified' })
    expect(at(null, null)).toEqual({ date: '2026-12-08', source: 'today' })
  })

  it('keeps every name and date expression without forReading, only sure names and placeable dates with it', () => {
    const story = { title: null, text: 'The deal was signed for three years. Talks resumed in Geneva on Tuesday.', published: '2024-01-24',
      modified: null, lang: 'en' }
    const all = analyzeStory(story, { model, today, forReading: false })
    const reading = analyzeStory(story, { model, today, forReading: true })
    expect(all.body.dates.some((d) => d.type === 'DURATION')).toBe(true)
    expect(reading.body.dates.some((d) => d.type === 'DURATION')).toBe(false)
    expect(all.sentences).toEqual(reading.sentences)
    expect(all.sentences.length).toBe(2)
  })
})
