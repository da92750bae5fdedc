// Notes as Markdown, one section per story, for reading and pasting elsewhere. Every piece of
// note or page text is escaped, so a note that contains markup shows that markup as text.
import type { Note } from './schema.ts'

/** Characters CommonMark may read as syntax anywhere in a line; a backslash makes them literal. */
const INLINE_SYNTAX = /[\\`*_{}[\]<>()#|~!&]/g
/** Line starts that open a block (heading, quote, list, numbered list). */
const BLOCK_START = /^(\s*)([#>+-]|\d+[.)])/

export function escapeMarkdown(text: string): string {
  return text.split('\n').map((line) =>
    line.replace(INLINE_SYNTAX, '\\$&').replace(BLOCK_START, (_, sp: string, mark: string) =>
      sp + mark.replace(/([#>+\-.)])$/, '\\$1'))).join('\n')
}

/** A URL made safe inside Markdown link parentheses. */
const linkTarget = (url: string) => url.replace(/[()<> ]/g, (c) => encodeURIComponent(c))

const quoteBlock = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim())
  .split('\n').map((l) => `> ${l}`).join('\n')

/** Markdown of the notes, grouped by story (newest story first), in text order within one. */
export function exportMarkdown(notes: readonly Note[], generated: string): string {
  const stories = new Map<string, Note[]>()
  for (const n of notes) {
    const key = n.target.storyKey ?? n.target.source
    stories.set(key, [...(stories.get(key) ?? []), n])
  }
  const latest = (ns: Note[]) => ns.reduce((a, n) => (n.modified > a ? n.modified : a), '')
  const groups = [...stories.values()].sort((a, b) => (latest(a) < latest(b) ? 1 : -1))
  const out = [`# Gloss notes`, '', `Exported ${generated}: ${notes.length} note${notes.length === 1 ? '' : 's'}.`]
  for (const group of groups) {
    const first = group[0]
    const title = escapeMarkdown(first.story.title ?? first.target.source)
    const meta = [first.story.site, first.story.published].filter(Boolean).map((s) => escapeMarkdown(s!))
    out.push('', `## [${title}](${linkTarget(first.target.source)})`)
    if (meta.length > 0) out.push('', meta.join(' · '))
    const sorted = [...group].sort((a, b) => a.target.selector[1].start - b.target.selector[1].start)
    for (const n of sorted) {
      out.push('', quoteBlock(n.target.selector[0].exact), '')
      if (n.body.text.trim()) out.push(escapeMarkdown(n.body.text), '')
      const tags = n.body.tags.map((t) => `#${escapeMarkdown(t.replace(/\s+/g, '-'))}`)
      const facts = [`noted ${n.created.slice(0, 10)}`, ...(n.entityId ? [`entity ${escapeMarkdown(n.entityId)}`] : []), ...tags]
      out.push(`*${facts.join(' · ')}*`)
    }
  }
  return out.join('\n') + '\n'
}
