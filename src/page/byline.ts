// Author names from a byline as pages write it: "By Jane Doe and John Roe", "Par Sébastien
// Farcis", "JANE DOE, Staff Writer", "By Brenda Goodman, MA WebMD Health News", a date run in.
// Names only: no "By", no dates, no job titles, no outlet.

/** "By", in the languages of the news we read. */
const BY = /^(?:by|from|par|por|von|door|av|escrito por|written by|words by|reporting by|author)\s*:?\s+/i
/** Separators between names. */
const SEPARATOR = /\s*(?:,|;|&|\||\/|\s[–—]\s|\band\b|\bet\b|\bund\b|\by\b|\be\b|\ben\b|\bcon\b|\bwith\b|\bavec\b)\s*/i
/** Words that make a byline part a title, a desk or an outlet rather than a name. */
const NOT_A_NAME = /\b(?:staff|writer|reporter|correspondent|editor|editors|contributor|contributing|columnist|news|health|desk|associated press|reuters|agency|agence|bureau|updated|published|posted|publié|publie|mis à jour|actualizado|atualizado|publicado|veröffentlicht|photographer|photos?|video|senior|chief|political|science|business|technology|culture|opinion|analyst|team|newsroom|follow|twitter|email|min read|read|ago|today|yesterday|author|name)\b/i
/** News agencies: a credit, not an author's name. */
const AGENCY = /^(?:afp|ap|dpa|efe|ansa|upi|apa|sda|anp|tass|xinhua|reuters|pa|pa media|press association|associated press|agence france-presse|bloomberg)$/i
/** Credentials after a name ("Jane Doe, MD"): dropped, case-sensitive so "Jack Ma" stays. */
const CREDENTIAL = /^(?:MA|MD|PhD|RN|MPH|MS|MSc|BSc|DO|Jr|Sr)\.?(?:\s|$)/
/** Dates, times and numbers are never part of a name. */
const HAS_DIGIT = /\d/
const MAX_NAME_WORDS = 5
const MAX_NAMES = 8
const MAX_BYLINE_CHARS = 300

function titleCaseIfShouting(name: string): string {
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return name
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
}

function cleanName(part: string): string | null {
  let s = part.replace(/\s+/g, ' ').replace(BY, '').trim()
  s = s.replace(/^[-–—:•·|]+\s*/, '').replace(/[-–—:•·|.]+$/, '').trim()
  // "(avec Damien Leloup…)" and the like are handled as separate names by the caller.
  s = s.replace(/[()[\]]/g, '').trim()
  if (CREDENTIAL.test(s) || AGENCY.test(s)) return null
  if (s.length < 3 || HAS_DIGIT.test(s) || NOT_A_NAME.test(s) || /^https?:|@|www\./i.test(s)) return null
  const words = s.split(' ')
  if (words.length > MAX_NAME_WORDS) return null
  // A name has at least one word that starts with a capital letter (any script without case passes).
  if (!words.some((w) => /^\p{Lu}/u.test(w) || !/\p{Ll}/u.test(w))) return null
  return titleCaseIfShouting(s)
}

/** Author names in a byline string, in order, without duplicates. */
export function parseByline(raw: string | null | undefined): string[] {
  if (!raw) return []
  let text = raw.replace(/\s+/g, ' ').trim()
  if (text.length === 0 || text.length > MAX_BYLINE_CHARS) return []
  // Cut at a date or a time run into the byline ("Jane Doe22 Dec 2016", "April 28, 2019 at 6:01 am",
  // "Jane DoeLast updated…").
  text = text.replace(/\s*(?:(?:last\s+)?(?:updated|modified)|published|posted|\d{1,2}:\d{2}|\d{1,2}\s+\w{3,9}\.?\s+\d{4}|\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}).*$/i, '')
  text = text.replace(/(\p{Ll})(\d)/gu, '$1 $2')
  const out: string[] = []
  for (const part of text.replace(BY, '').split(SEPARATOR)) {
    const name = cleanName(part)
    if (name && !out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name)
    if (out.length >= MAX_NAMES) break
  }
  return out
}
