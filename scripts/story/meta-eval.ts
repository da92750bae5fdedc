// Metadata on the 30 news pages: title, byline and publish date from findStory, next to the
// reference (Readability's own metadata, messy in places: see corpora/README.md). Titles count as
// right when they match the reference or the page's visible headline; publish dates are checked
// against the day each page states, read by hand where the reference has none (reviewed-dates.ts).
import { detectStory } from '../../src/page/detect-story.ts'
import { loadNewsPages } from './corpus.ts'
import { parseDocument } from './dom.ts'
import { REVIEWED_PUBLISHED_DAY } from './reviewed-dates.ts'

export interface MetaRow {
  slug: string
  title: string | null
  titleOk: 'reference' | 'headline' | 'no'
  byline: string[]
  bylineRef: string | null
  bylineOk: boolean
  published: string | null
  publishedDay: string | null
  publishedOk: boolean | null
  noStory: string | null
}

const norm = (s: string | null | undefined) =>
  (s ?? '').toLowerCase().normalize('NFKC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()

function titleMatches(ours: string, ref: string | null): boolean {
  if (!ref) return false
  const o = norm(ours)
  const r = norm(ref)
  // The reference sometimes keeps the site after a separator: "Headline - Site".
  return o === r || r.split(/\s+[|–—-]\s+/).some((part) => part === o)
}

function bylineMatches(ours: string[], ref: string | null): boolean {
  if (!ref) return ours.length === 0
  const r = norm(ref).replace(/[^\p{L}\s]/gu, ' ')
  return ours.length > 0 && ours.every((name) => norm(name).split(' ').every((w) => r.includes(w.replace(/[^\p{L}]/gu, ''))))
}

export function evaluateMetadata(): MetaRow[] {
  const rows: MetaRow[] = []
  for (const page of loadNewsPages()) {
    const doc = parseDocument(page.html, 'linkedom')
    const found = detectStory(doc)
    const meta = found.ok ? found.story : null
    const title = meta?.title ?? null
    const h1 = (doc.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim()
    const titleOk = !title ? 'no' : titleMatches(title, page.expected.title) ? 'reference' : norm(title) === norm(h1) ? 'headline' : 'no'
    const published = meta?.published ?? null
    const refDay = REVIEWED_PUBLISHED_DAY[page.slug] ?? page.expected.publishedTime?.slice(0, 10) ?? null
    rows.push({
      slug: page.slug,
      title,
      titleOk,
      byline: meta?.byline ?? [],
      bylineRef: page.expected.byline,
      bylineOk: bylineMatches(meta?.byline ?? [], page.expected.byline),
      published,
      publishedDay: refDay,
      publishedOk: refDay === null ? (published === null ? null : false) : published?.slice(0, 10) === refDay,
      noStory: found.ok ? null : found.reason,
    })
  }
  return rows
}

export function printMetadata(rows: MetaRow[], showPages: boolean): void {
  const titles = rows.filter((r) => r.titleOk !== 'no').length
  const bylines = rows.filter((r) => r.bylineOk).length
  const dated = rows.filter((r) => r.publishedDay !== null)
  const dates = dated.filter((r) => r.publishedOk).length
  const stories = rows.filter((r) => !r.noStory).length
  console.log(`\nMetadata, ${rows.length} news pages (linkedom)`)
  console.log(`stories found: ${stories}/${rows.length}`)
  console.log(`title right: ${titles}/${rows.length} (${rows.filter((r) => r.titleOk === 'headline').length} by the visible headline where the reference differs)`)
  console.log(`byline agrees with the reference: ${bylines}/${rows.length}`)
  console.log(`publish day right: ${dates}/${dated.length} pages that state one; ${rows.filter((r) => r.publishedDay === null && r.published).length} dates given where none is stated`)
  if (!showPages) return
  console.log('| page | title | byline (reference) | published (day stated) |')
  console.log('|---|---|---|---|')
  for (const r of rows) {
    console.log(`| ${r.slug} | ${r.titleOk === 'no' ? '✗ ' : ''}${r.title ?? '—'} | ${r.bylineOk ? '' : '✗ '}${r.byline.join('; ') || '—'} (${(r.bylineRef ?? '—').replace(/\s+/g, ' ')}) | ${r.publishedOk === false ? '✗ ' : ''}${r.published ?? '—'} (${r.publishedDay ?? '—'}) |${r.noStory ? ' no story: ' + r.noStory : ''}`)
  }
}
