// Story pages of a chosen length, built from the demo story's paragraphs, for the tests and the
// bench that look at what one big story costs (tab state in storage.session, the text cap).
import { DEMO_HTML, DEMO_URL } from './harness.ts'

/** The demo story's paragraphs, as the page has them (plain text, no markup inside). */
const PARAGRAPHS = [...DEMO_HTML.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1])

/** The story text a reader sees for one paragraph: the entities `&amp;` and `&#39;` decoded. */
const visibleLength = (p: string) => p.replace(/&[a-z0-9#]+;/gi, 'x').length

/**
 * A story page at `url` whose body is about `chars` characters long (the demo's paragraphs over
 * and over, each numbered so no two paragraphs are the same text), with the demo's headline.
 */
export function bigStoryPage(url: string, chars: number): string {
  const out: string[] = []
  let total = 0
  for (let i = 0; total < chars; i++) {
    const p = `${PARAGRAPHS[i % PARAGRAPHS.length]} (Part ${i + 1}.)`
    out.push(`<p>${p}</p>`)
    total += visibleLength(p) + 2 // the blank line between paragraphs in the story text
  }
  return DEMO_HTML.replace(/<div class="article-body">[\s\S]*?<\/div>\s*<div class="share"/, `<div class="article-body">${out.join('\n')}</div><div class="share"`)
    .replaceAll(DEMO_URL, url)
}
