// One input of `npm run analyze`: a saved page (or, with --text, a story's text) in, the record of
// the analyze contract (docs/architecture.md) out. Pages are parsed with linkedom.
import { parseHTML } from 'linkedom'
import { detectStory } from '../page/detect-story.ts'
import type { Story } from '../page/types.ts'
import { analyzeStory } from '../engine/story-analysis.ts'
import type { EntityModel } from '../engine/entity-model.ts'
import type { DateMention } from '../engine/types.ts'

export interface AnalyzeFileOptions {
  /** The file is the story text itself, not a page. */
  text: boolean
  published: string | null
  url: string | null
}

export interface AnalyzeRecord {
  file: string
  story: Story | null
  noStory?: string
  entities: Array<{ id: string; name: string; type: string; mentions: Array<{ start: number; end: number }> }>
  dates: DateMention[]
}

/** `today`: for a story with neither a publish nor a modified date, as in the extension. */
export function analyzeContent(file: string, content: string, opts: AnalyzeFileOptions, model: () => EntityModel,
  today: Date = new Date()): AnalyzeRecord {
  let story: Story
  if (opts.text) {
    story = { title: null, byline: [], published: opts.published, modified: null, site: null, url: opts.url, lang: null, text: content }
  } else {
    const { document } = parseHTML(content)
    const found = detectStory(document as unknown as Document, opts.url ? { url: opts.url } : {})
    if (!found.ok) return { file, story: null, noStory: found.reason, entities: [], dates: [] }
    story = found.story
    if (opts.published) story = { ...story, published: opts.published }
    if (opts.url && !story.url) story = { ...story, url: opts.url }
  }
  // The extension's one analysis path, keeping every name and date expression the engine finds.
  const analysis = analyzeStory(story, { model: model(), today, forReading: false }).body
  return {
    file,
    story,
    entities: analysis.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })) })),
    dates: analysis.dates.map((d) => ({ start: d.start, end: d.end, type: d.type, value: d.value, grain: d.grain })),
  }
}
