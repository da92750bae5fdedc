// The story texts the perturbation suite edits: our own texts in tests/fixtures/notes and the
// body paragraphs of the demo page (tests/fixtures/demo/story.html), read with linkedom.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'

const fixtures = join(import.meta.dirname, '../../../fixtures')

export function loadStories(): Array<{ name: string; text: string }> {
  const dir = join(fixtures, 'notes')
  const stories = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
    name: f, text: readFileSync(join(dir, f), 'utf8').trim(),
  }))
  const html = readFileSync(join(fixtures, 'demo/story.html'), 'utf8')
  const { document } = parseHTML(html)
  const paras = [...document.querySelectorAll('.article-body > p')]
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean)
  stories.push({ name: 'demo/story.html', text: paras.join('\n\n') })
  return stories
}
