// A JSON-LD export of many notes, built as the background builds them, for the test and the bench
// that look at what a big import costs ("holds 5,000 notes", scripts/bench/notes-browser.bench.ts).
import { parseHTML } from 'linkedom'
import { findStory } from '../../src/page/find-story.ts'
import { describe as describePassage } from '../../src/page/anchoring/index.ts'
import { createNote, exportWebAnnotations, type Note } from '../../src/notes/index.ts'
import { DEMO_HTML, DEMO_URL } from './harness.ts'

/** `n` notes: `onDemo` on passages of the demo story, the rest on 300 other stories. */
export function bigExport(n: number, onDemo: number): string {
  const { document } = parseHTML(DEMO_HTML)
  const found = findStory(document as unknown as Document, { url: DEMO_URL })
  if (!found.ok) throw new Error(found.reason)
  const text = found.story.text
  const sentences = [...text.matchAll(/[^.]{40,}?\./g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
  const other = 'A passage of another story that Gloss once read, with enough words to quote.'
  const notes: Note[] = []
  for (let i = 0; i < n; i++) {
    const demo = i < onDemo
    const s = sentences[i % sentences.length]
    const selector = demo ? describePassage(text, s.start, s.end) : describePassage(other, 2, 40)
    const r = createNote({ source: demo ? DEMO_URL : `https://news.example.com/story/${i % 300}/`, selector: selector!,
      text: `Note ${i}`, tags: [], story: { title: demo ? found.story.title : `Story ${i % 300}`, site: 'Example', published: null } })
    if (!r.ok) throw new Error(r.error.message)
    notes.push(r.value)
  }
  return exportWebAnnotations(notes, '2024-01-25T10:00:00.000Z')
}
