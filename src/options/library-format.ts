// Pure helpers of the notes library: tags typed as one line, labels for entity ids, dates, export
// file names and the words of an import report. No DOM and no extension APIs, so they are tested
// in Node.
import type { Note } from '../notes/schema.ts'
import { normalizeTags } from '../notes/note.ts'
import { formatTimeMLValue } from '../ui/format-date.ts'
import type { Replies } from '../protocol/messages.ts'

export type ImportReply = Replies['app/notes-import']

const ENTITY_KIND: Record<string, string> = { per: 'person', org: 'organisation', loc: 'place', misc: 'name' }

/** "news, iraq ,news" → ["news", "iraq"]: split on commas, trimmed, empty and repeated ones dropped. */
export const parseTagsInput = (line: string): string[] => normalizeTags(line.split(','))

export const tagsToInput = (tags: readonly string[]) => tags.join(', ')

/**
 * "per:patrick-ryder" → "Patrick Ryder (person)". Entity ids are the engine's type and slug
 * (src/engine/group-entities.ts); the library has no names stored, so the slug is read back.
 */
export function entityLabel(id: string): string {
  const m = /^([a-z]+):(.+)$/.exec(id)
  if (!m) return id
  const name = m[2].split('-').filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ')
  const kind = ENTITY_KIND[m[1]]
  return kind ? `${name} (${kind})` : name
}

/** The story's publish date as readers see it ("Tue 23 Jan 2024"), from its calendar day. */
export function publishedLabel(published: string | null): string | null {
  if (!published) return null
  // The day as the page states it: parsing it to a Date would shift it by the reader's zone.
  return formatTimeMLValue(published.slice(0, 10), { weekday: true })
}

/** The story line of a note: site and publish date, whichever are known. */
export function storyLine(note: Note): string {
  return [note.story.site, publishedLabel(note.story.published)].filter(Boolean).join(' · ')
}

/** The local calendar day, yyyy-mm-dd, used in export file names. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export type ExportKind = 'jsonld' | 'markdown' | 'memory'

export const EXPORT_FILES: Record<ExportKind, { prefix: string; extension: string; mime: string; label: string }> = {
  jsonld: { prefix: 'gloss-notes', extension: 'jsonld', mime: 'application/ld+json', label: 'notes as W3C Web Annotations (JSON-LD)' },
  markdown: { prefix: 'gloss-notes', extension: 'md', mime: 'text/markdown', label: 'notes as Markdown' },
  memory: { prefix: 'gloss-reading-memory', extension: 'json', mime: 'application/json', label: 'reading memory (JSON)' },
}

export const exportFileName = (kind: ExportKind, now: Date) =>
  `${EXPORT_FILES[kind].prefix}-${localDay(now)}.${EXPORT_FILES[kind].extension}`

/** 12000 → "12,000": counts in reports and progress read at a glance. */
export const count = (n: number) => n.toLocaleString('en')
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`

/** "Imported 4,000 of 12,000…": how far a long operation is. */
export const progressLabel = (what: string, done: number, total: number) => `${what} ${count(done)} of ${count(total)}…`

/** "1.5 MB" for a byte count, to say how far over the limit a file is. */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export interface ImportReport {
  /** One line that sums the import up. */
  summary: string
  /** Items not stored, each with its reason. */
  problems: Array<{ what: string; reason: string }>
  /** Items already stored (skipped), each with its reason. */
  skipped: Array<{ what: string; reason: string }>
}

/** What an import did, in words: imported, copies, skipped, rejected and failed items with reasons. */
export function describeImport(r: ImportReply): ImportReport {
  const parts = [`Imported ${plural(r.imported, 'note', 'notes')}`]
  if (r.copies > 0) parts.push(`${plural(r.copies, 'copy', 'copies')} kept beside a different note with the same id`)
  if (r.skipped.length > 0) parts.push(`${plural(r.skipped.length, 'note', 'notes')} already stored`)
  if (r.rejected.length > 0) parts.push(`${plural(r.rejected.length, 'item', 'items')} rejected`)
  if (r.failed.length > 0) parts.push(`${plural(r.failed.length, 'note', 'notes')} not saved`)
  const summary = parts.length === 1 ? `${parts[0]}.` : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`
  return {
    summary,
    problems: [
      ...r.rejected.map((x) => ({ what: `Item ${x.index + 1}${x.id ? ` (${x.id})` : ''}`, reason: x.reason })),
      ...r.failed.map((x) => ({ what: x.id, reason: x.reason })),
    ],
    skipped: r.skipped.map((x) => ({ what: x.id, reason: x.reason })),
  }
}
