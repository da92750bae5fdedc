// Who or what a name is, as the story itself says it: the title that introduces a person
// ("Pentagon spokesman Maj. Gen. Patrick Ryder" → "Pentagon spokesman"), an apposition ("Jane Roe,
// the chief executive of Acme," → "chief executive of Acme"), or the kind noun beside an
// organisation ("Kataib Hezbollah militia group", "the militant group Hamas"). Pure and linear:
// only a bounded window around an entity's first few mentions is read. It guesses nothing the
// text does not state, and the lexicon is small and general (titles and kinds, no names).
import type { Entity, EntityType, Span } from './types.ts'

/** Mentions looked at, in order, for a stated role: the story introduces a name early. */
const MENTIONS_CHECKED = 3
/** Characters read on each side of a mention. */
const WINDOW_CHARS = 120
/** Words a title before a name, or an apposition after it, may have at most. */
const MAX_TITLE_WORDS = 6
const MAX_APPOSITION_WORDS = 10
/**
 * A name that stands right beside what the story calls it (a person's title just before it, an
 * organisation's kind noun beside it) is the kind of thing the recogniser took it for, whatever
 * its margin: the reading view may show it (PAINT_CONFIDENCE in mention-confidence.ts).
 */
export const STATED_CONFIDENCE = 0.9

/** Honorifics and ranks: part of how a name is written, not what the person does. */
const RANKS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rev.', 'sir', 'dame', 'maj.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.',
  'cpl.', 'pvt.', 'adm.', 'cmdr.', 'brig.', 'lt', 'maj', 'gen', 'col', 'capt', 'sgt', 'adm', 'colonel',
  'lieutenant', 'sergeant', 'admiral', 'brigadier', 'corporal', 'marshal',
])
/** Words that open a rank of two words ("Rear Adm.", "Vice Adm.", "Staff Sgt."), skipped only there. */
const RANK_PREFIXES = new Set(['rear', 'vice', 'staff', 'first', 'master', 'air', 'lt.', 'maj.', 'brig.', 'sgt.'])
/** The word a person's title ends in: what they do. */
const ROLE_NOUNS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'governor', 'senator', 'representative', 'congressman', 'congresswoman', 'mayor', 'ambassador', 'envoy',
  'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'executive', 'officer', 'commander', 'chief', 'leader',
  'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'attorney', 'prosecutor', 'adviser',
  'advisor', 'founder', 'co-founder', 'speaker', 'editor', 'coach', 'manager', 'head', 'lawmaker', 'diplomat',
  'official', 'analyst', 'economist', 'professor', 'researcher', 'author', 'correspondent', 'reporter',
  'general', 'candidate', 'nominee', 'emir', 'sheikh', 'ayatollah', 'cardinal', 'bishop', 'archbishop',
  'deputy', 'commissioner', 'counsel', 'treasurer', 'captain', 'striker', 'goalkeeper', 'player',
])
/** Words that may stand before a role noun inside a title ("prime", "press", "foreign"). */
const ROLE_MODIFIERS = new Set([
  'prime', 'vice', 'deputy', 'acting', 'interim', 'former', 'chief', 'executive', 'press', 'foreign',
  'defense', 'defence', 'interior', 'finance', 'state', 'national', 'security', 'senior', 'top', 'supreme',
  'general', 'attorney', 'secretary', 'assistant', 'associate', 'managing', 'head', 'lead', 'principal',
  'military', 'health', 'trade', 'economy', 'justice', 'education', 'energy', 'army', 'navy', 'police',
  'opposition', 'party', 'union', 'government', 'white', 'house', 'district', 'federal', 'regional', 'local',
])
/** Nouns that say what kind of body an organisation is. */
const KIND_NOUNS = new Set([
  'group', 'militia', 'party', 'company', 'firm', 'agency', 'organization', 'organisation', 'network',
  'broadcaster', 'newspaper', 'outlet', 'bank', 'charity', 'union', 'movement', 'coalition', 'alliance',
  'ministry', 'department', 'council', 'committee', 'court', 'army', 'force', 'forces', 'club', 'team',
  'university', 'institute', 'carrier', 'airline', 'maker', 'manufacturer', 'retailer', 'startup', 'regulator',
  'watchdog', 'publisher', 'insurer', 'lender', 'operator', 'faction', 'government', 'cartel',
])
/**
 * Kind nouns that, right after a name, say what the named body is ("Kataib Hezbollah militia
 * group"); others there name a part of it ("Khmer Nation Party steering committee", "the Tajik
 * government"), so they count only before the name or in an apposition.
 */
const KIND_AFTER = new Set([
  'group', 'militia', 'party', 'company', 'firm', 'agency', 'organization', 'organisation', 'network', 'broadcaster',
  'newspaper', 'bank', 'charity', 'movement', 'coalition', 'alliance', 'carrier', 'airline', 'faction', 'cartel',
])
/** Capitalised words that are not part of a title before a name (a day, a month, a sentence opener). */
const NOT_TITLE = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'said', 'says', 'when', 'while', 'after', 'before', 'as', 'on', 'in',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
])
/** Words that open an apposition or a kind phrase and are left out of the role. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their'])
/** Words that end a clause: an apposition that meets one before its comma is no apposition. */
const CLAUSE_WORDS = new Set(['said', 'says', 'told', 'added', 'is', 'was', 'are', 'were', 'has', 'had', 'will', 'would'])

export interface StatedRole {
  role: string
  /** Where the story said it: a title or kind noun right beside the name, or an apposition. */
  from: 'beside' | 'apposition'
}

interface Word { text: string; lower: string; start: number; end: number }

/** Words and single punctuation marks of text[from, to), with offsets into text. */
function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = []
  // The window alone is sliced and scanned, so the cost is the window's, not the text's.
  for (const m of text.slice(from, to).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*|[^\s\p{L}\p{N}]/gu)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length })
  }
  return out
}

const isCapitalised = (w: Word) => /^\p{Lu}/u.test(w.text)
const isWord = (w: Word) => /^[\p{L}\p{N}]/u.test(w.text)
/** A word with a sentence's full stop on it ("said.") rather than an abbreviation's ("Gen."). */
const endsSentence = (w: Word) => w.text.endsWith('.') && !RANKS.has(w.lower) && !/^(\p{L}\.)+$/u.test(w.text)

function phrase(text: string, words: Word[]): string {
  return text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ').replace(/[.,]$/, '')
}

/** A person's title just before the name, ranks between them skipped. */
function titleBefore(text: string, start: number): string | null {
  const words = wordsIn(text, Math.max(0, start - WINDOW_CHARS), start)
  let i = words.length - 1
  while (i >= 0 && RANKS.has(words[i].lower)) {
    i--
    if (i >= 0 && RANK_PREFIXES.has(words[i].lower)) i--
  }
  if (i < 0 || !ROLE_NOUNS.has(words[i].lower.replace(/[.,]$/, '')) || endsSentence(words[i])) return null
  const end = i
  i--
  while (i >= 0 && end - i < MAX_TITLE_WORDS) {
    const w = words[i]
    if (!isWord(w) || endsSentence(w) || NOT_TITLE.has(w.lower)) break
    if (!(ROLE_NOUNS.has(w.lower) || ROLE_MODIFIERS.has(w.lower) || isCapitalised(w))) break
    i--
  }
  return phrase(text, words.slice(i + 1, end + 1))
}

/** "Name, (the|a) … role noun …," — up to the comma or the sentence's end. */
function appositionAfter(text: string, end: number, nouns: ReadonlySet<string>): string | null {
  const words = wordsIn(text, end, Math.min(text.length, end + WINDOW_CHARS))
  if (words[0]?.text !== ',') return null
  let i = 1
  if (/^\d+$/.test(words[i]?.text ?? '') && words[i + 1]?.text === ',') i += 2 // an age: "Jane Roe, 45, the …"
  if (!words[i] || !DETERMINERS.has(words[i].lower)) return null
  const from = i + 1
  let hasNoun = false
  for (i = from; i < words.length && i - from < MAX_APPOSITION_WORDS; i++) {
    const w = words[i]
    if (!isWord(w) || endsSentence(w)) break
    if (CLAUSE_WORDS.has(w.lower)) return null
    if (nouns.has(w.lower)) hasNoun = true
  }
  const stop = words[i]
  const closed = stop ? /^[,.;)]$/.test(stop.text) || endsSentence(stop) : end + WINDOW_CHARS >= text.length
  if (stop && endsSentence(stop)) {
    if (nouns.has(stop.lower.slice(0, -1))) hasNoun = true
    i++ // the word that ends the sentence ends the apposition too
  }
  if (!hasNoun || !closed || i === from) return null
  return phrase(text, words.slice(from, i))
}

/** An organisation's kind noun right after its name ("Kataib Hezbollah militia group"). */
function kindAfter(text: string, end: number): string | null {
  const words = wordsIn(text, end, Math.min(text.length, end + 40))
  let last = -1
  for (let i = 0; i < Math.min(2, words.length); i++) {
    const w = words[i]
    if (!isWord(w) || isCapitalised(w)) break
    if (KIND_AFTER.has(w.lower.replace(/[.,]$/, ''))) last = i
    if (endsSentence(w)) break
  }
  return last < 0 ? null : phrase(text, words.slice(0, last + 1))
}

/** An organisation's kind noun right before its name ("the militant group Hamas"). */
function kindBefore(text: string, start: number): string | null {
  const words = wordsIn(text, Math.max(0, start - 60), start)
  let i = words.length - 1
  if (i < 0 || !KIND_NOUNS.has(words[i].lower)) return null
  const last = i
  while (i > 0 && last - i < 2 && isWord(words[i - 1]) && !isCapitalised(words[i - 1]) &&
    !DETERMINERS.has(words[i - 1].lower) && !endsSentence(words[i - 1])) i--
  return phrase(text, words.slice(i, last + 1))
}

/** What the story says a name is, from its first mentions; null when it does not say. */
export function statedRole(text: string, type: EntityType, mentions: readonly Span[]): StatedRole | null {
  if (type !== 'PER' && type !== 'ORG') return null
  const checked = mentions.slice(0, MENTIONS_CHECKED)
  for (const m of checked) {
    const beside = type === 'PER' ? titleBefore(text, m.start) : kindAfter(text, m.end) ?? kindBefore(text, m.start)
    if (beside) return { role: beside, from: 'beside' }
  }
  for (const m of checked) {
    const role = appositionAfter(text, m.end, type === 'PER' ? ROLE_NOUNS : KIND_NOUNS)
    if (role) return { role, from: 'apposition' }
  }
  return null
}

/**
 * Entities with the role the story states for them. A name the story introduces right beside
 * its title or kind is as sure as STATED_CONFIDENCE: the text says what it is.
 */
export function withRoles(text: string, entities: Entity[]): Entity[] {
  return entities.map((e) => {
    const stated = statedRole(text, e.type, e.mentions)
    if (!stated) return e
    const confidence = stated.from === 'beside' ? Math.max(e.confidence ?? 0, STATED_CONFIDENCE) : e.confidence
    return { ...e, role: stated.role, confidence }
  })
}
