// Grouping mentions into entities: one entity per thing the text names, with a canonical name and
// an id from type and name. Rules, cheapest first: country aliases ("U.S.", "US", "the United
// States" → United States); a person's surname or first name alone joins the full name used in
// the text ("Ryder" → "Patrick Ryder"); an acronym joins the organisation it abbreviates when the
// text spells it out; otherwise mentions with the same surface form are one entity.
import type { Entity, EntityType } from './types.ts'
import type { Mention } from './find-mentions.ts'
import { normalizeToken } from './word-form.ts'

/** Small words an acronym skips ("Department of Defense" → DOD, "Organization for ..."). */
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&'])

/**
 * An organisation's name without a leading "the" or a trailing legal suffix: "Harbor Freight Co."
 * and later "the Harbor Freight subsidiary" ("Harbor Freight") are one company.
 */
const ORG_AFFIXES = /^the\s+|,?\s+(?:co|corp|inc|ltd|llc|plc|co\.|corp\.|inc\.|ltd\.|l\.l\.c\.)$/g
const surfaceKey = (type: EntityType, lower: string) =>
  `${type}:${type === 'ORG' && lower.includes(' ') ? lower.replace(ORG_AFFIXES, '') : lower}`

interface Group {
  type: EntityType
  names: Map<string, number> // surface → count
  mentions: Mention[]
  /** Token texts of the longest surface form, for surname and acronym matching. */
  words: string[]
  canonical?: string
}

/** Surface form of a mention: plain quotes and dashes, single spaces. */
function surface(text: string, m: Mention): string {
  const s = normalizeToken(text.slice(m.start, m.end))
  return /\s\s|[\t\n\r\u00a0]/.test(s) ? s.replace(/\s+/g, ' ') : s
}

const isAllCaps = (s: string) => s.toUpperCase() === s && s.toLowerCase() !== s

/** Words of two or more letters in capitals ("MALCOLM", "CNN"). */
const capsWords = (name: string) => name.split(' ').filter((w) => w.length > 1 && isAllCaps(w)).length

/** "WASHINGTON EXAMINER" → "Washington Examiner"; a single capitalised token stays ("CNN"). */
function displayName(name: string): string {
  if (!isAllCaps(name) || !name.includes(' ')) return name
  return name.split(' ').map((w) => (/^[A-Z][A-Z'-]+$/.test(w) && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w)).join(' ')
}

export function entityId(type: EntityType, name: string): string {
  // most names are ASCII: skip the Unicode decomposition and classes for them (same slug)
  const slug = (/^[\x20-\x7e]*$/.test(name)
    ? name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'))
    .replace(/^-+|-+$/g, '')
  return `${type.toLowerCase()}:${slug}`
}

function acronymOf(words: string[]): string {
  return words.filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()))
    .map((w) => w.split('-').map((p) => p[0] ?? '').join('')).join('').toUpperCase()
}

export function groupMentions(text: string, mentions: Mention[], aliases: Record<string, string>): Entity[] {
  const groups: Group[] = []
  const bySurface = new Map<string, Group>()
  const add = (g: Group, m: Mention, name: string) => {
    g.mentions.push(m)
    g.names.set(name, (g.names.get(name) ?? 0) + 1)
    if (name.split(' ').length > g.words.length) g.words = name.split(' ')
  }
  const newGroup = (type: EntityType, key: string, canonical?: string): Group => {
    const g: Group = { type, names: new Map(), mentions: [], words: [], canonical }
    groups.push(g)
    bySurface.set(key, g)
    return g
  }
  // pass 1: country aliases and exact surface forms; multi-word names first so that a lone
  // surname meets its full name whichever comes first in the text
  const ordered = mentions.slice().sort((a, b) => (b.tokenEnd - b.tokenStart) - (a.tokenEnd - a.tokenStart) || a.start - b.start)
  const pending: [Mention, string][] = []
  for (const m of ordered) {
    const name = surface(text, m)
    const lower = name.toLowerCase()
    const country = aliases[lower] ?? (lower.startsWith('the ') ? aliases[lower.slice(4)] : undefined)
    // an organisation named by a country's other name in a word ("Emirates", the airline) is not
    // the country; an acronym typed ORG still is ("U.S.")
    const company = m.type === 'ORG' && /^\p{Lu}\p{Ll}+$/u.test(name) && country?.toLowerCase() !== lower
    if (country !== undefined && !company && (m.type === 'LOC' || m.type === 'ORG' || m.type === 'MISC' && !name.includes(' '))) {
      const key = `country:${country}`
      add(bySurface.get(key) ?? newGroup('LOC', key, country), m, name)
      continue
    }
    const g = bySurface.get(surfaceKey(m.type, lower)) ?? bySurface.get(`PER:${lower}`)
    if (g) { add(g, m, name); continue }
    if (m.tokenEnd - m.tokenStart === 1) { pending.push([m, name]); continue }
    add(newGroup(m.type, surfaceKey(m.type, lower)), m, name)
  }
  // pass 2: a single word joins a person named in full, or the organisation it abbreviates
  const nameParts = new Map<string, Group>()
  const acronyms = new Map<string, Group>()
  for (const g of groups) {
    if (g.words.length < 2) continue
    if (g.type === 'PER') {
      const lastWord = g.words[g.words.length - 1].toLowerCase()
      const firstWord = g.words[0].toLowerCase()
      if (!nameParts.has(lastWord)) nameParts.set(lastWord, g)
      if (!nameParts.has(firstWord)) nameParts.set(firstWord, g)
    } else {
      const a = acronymOf(g.words)
      if (!acronyms.has(a)) acronyms.set(a, g)
    }
  }
  for (const [m, name] of pending) {
    const lower = name.toLowerCase()
    let target = bySurface.get(surfaceKey(m.type, lower)) ?? nameParts.get(lower)
    if (!target && /^[A-Z]{2,8}$/.test(name)) target = acronyms.get(name)
    if (!target) target = newGroup(m.type, surfaceKey(m.type, lower))
    add(target, m, name)
  }
  return groups.map(toEntity).sort((a, b) => a.mentions[0].start - b.mentions[0].start)
}

function toEntity(g: Group): Entity {
  // type: the majority of the mentions' types, unless an alias rule fixed it
  const votes = new Map<EntityType, number>()
  for (const m of g.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + 1)
  let type = g.type
  if (g.canonical === undefined) {
    for (const [t, v] of votes) if (v > (votes.get(type) ?? 0)) type = t
  }
  // canonical: the longest name, preferring one not in all capitals and then one with fewer
  // words in capitals (a paragraph's capitalised lead-in, "MALCOLM Fraser", against "Malcolm
  // Fraser"), then the most frequent
  const names = [...g.names.entries()].sort((a, b) =>
    Number(isAllCaps(a[0])) - Number(isAllCaps(b[0])) || capsWords(a[0]) - capsWords(b[0]) ||
    b[0].length - a[0].length || b[1] - a[1] ||
    (a[0] < b[0] ? -1 : 1))
  const name = g.canonical ?? displayName(names[0][0])
  const aliases = [...g.names.keys()].filter((n) => n !== name).sort()
  const mentions = g.mentions.map((m) => ({ start: m.start, end: m.end, confidence: m.confidence })).sort((a, b) => a.start - b.start)
  let confidence = 0
  for (const m of g.mentions) if (m.confidence > confidence) confidence = m.confidence
  return { id: entityId(type, name), name, type, aliases, mentions, confidence }
}
