// Author names from a byline as pages write it: "By Jane Doe and John Roe", "Par Sébastien
// Farcis", "JANE DOE, Staff Writer", "By Brenda Goodman, MA WebMD Health News", a date run in.
// Names only: no "By", no dates, no job titles, no outlet.

/** "By", in the languages of the news we read; "Written by", "Posted by:", "Guide by", "Authors:". */
const BY = /^(?:(?:[\p{L}-]+\s+)?by|(?:insights\s+)?from|par|por|von|door|av|escrito por|authors?)(?:\s*:\s*|\s+|$)/iu
/** "byJane Doe", "Written byJane Doe": "by" run into the name (case matters, so "Bywater" stays). */
const BY_RUN_IN = /^(?:(?:[Ww]ritten|[Pp]osted)\s+)?by(?=\p{Lu})/u
/** Separators between names. */
const SEPARATOR = /\s*(?:,|;|&|\||\/|\s[–—]\s|\band\b|\bet\b|\bund\b|\by\b|\be\b|\ben\b|\bcon\b|\bwith\b|\bavec\b)\s*/i
/** Words that make a byline part a title, a desk role or an outlet rather than a name. */
const NOT_A_NAME = /\b(?:writer|reporter|correspondent|editor|contributing|columnist|news|health|associated press|reuters|agency|agence|bureau|updated|published|posted|publié|publie|mis à jour|actualizado|atualizado|publicado|veröffentlicht|photographer|photos?|video|senior|chief|political|science|business|technology|culture|opinion|analyst|follow|twitter|email|min read|read|ago|today|yesterday|author|name|says)\b/i
/**
 * Words of a collective byline: "The Investopedia Team", "Podium Staff", "TOI Lifestyle Desk",
 * "Our Editors". A reader's byline, and WCXB's gold keeps them, but only as the byline's first
 * name: after a name they are the writer's role ("Jane Doe, Staff").
 */
const COLLECTIVE = /\b(?:team|staff|desk|editors|editorial|newsroom|contributors?)\b/i
/** News agencies: a credit, not an author's name. */
const AGENCY = /^(?:afp|ap|dpa|efe|ansa|upi|apa|sda|anp|tass|xinhua|reuters|pa|pa media|press association|associated press|agence france-presse|bloomberg)$/i
/**
 * Honorifics before a name ("Dr Jane Doe", "Prof. Dr. Jan Roe", "Sir Tom Vale"): a title, not part
 * of the name (issue 15: names only). Dropped only when a name follows, so "Dr." alone is no name.
 */
const HONORIFIC = /^(?:(?:dr|prof|professor|sir|dame|rev|revd|reverend|mr|mrs|ms|mx|miss)\.?\s+)+(?=\p{L})/iu
/** Credentials after a name ("Jane Doe, MD"): dropped, case-sensitive so "Jack Ma" stays. */
const CREDENTIAL = /^(?:MA|MD|PhD|RN|MPH|MS|MSc|BSc|DO|Jr|Sr)\.?(?:\s|$)/
/**
 * A job title after the name, with no comma between ("Liz Kenny Former McKinsey Consultant",
 * "Matt CheckHead Winemaker"): the name ends where it starts, once the name has two words.
 */
const ROLE_WORD = /^(?:former|founder|co-founder|cofounder|head|director|manager|lead|senior|chief|ceo|cto|cfo|coo|president|vice|expert|consultant|specialist|coordinator|strategist|marketing|content|certified|licensed|board-certified|owner|partner|attorney|lawyer|professor|doctor|nurse|researcher|engineer|developer|designer|editor|writer|reporter|columnist|contributor|correspondent)$/i
/** The same words glued to the name before them ("HabernyFounder"): a space goes in first. */
const ROLE_RUN_IN = /(\p{Ll})((?:Former|Founder|Co-Founder|Head|Director|Manager|Lead|Senior|Chief|CEO|President|Expert|Consultant|Specialist|Coordinator|Marketing|Content|Certified|Licensed|Owner|Partner|Attorney|Editor|Writer|Reporter)\b)/gu
/** Credentials after a name with no comma ("Cara Dumaplin RN"): dropped. */
const TRAILING_CREDENTIAL = /(?:\s+(?:MA|MD|PhD|RN|BSN|MPH|MS|MSc|BSc|DO|RD|LVT|DVM|FACLM|Jr|Sr)\.?)+$/
/** Dates, times and numbers are never part of a name. */
const HAS_DIGIT = /\d/
const MAX_NAME_WORDS = 5
const MAX_NAMES = 8
const MAX_BYLINE_CHARS = 300
/**
 * A date or a time run into the byline ("Jane Doe22 Dec 2016", "April 28, 2019 at 6:01 am",
 * "Jane DoeLast updated…", "EcoFlow- 2025/4/29", "Sat, 20 Dec"): the byline ends there.
 */
const DATE_TAIL = /\s*(?:(?:last\s+)?(?:updated|modified)|(?:published|posted)(?!\s*by)|\d{1,2}:\d{2}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\b\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}[-/]\d{1,2}[-/]\d{1,2}|\son\s+\d|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+\d).*$/iu
/** A month name glued to the name before it ("Scott MattonMarch 2, 2026"): a space goes in first. */
const MONTH_RUN_IN = /(\p{Ll})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d)/gu

export interface BylineOptions {
  /**
   * The names come from the page's metadata (JSON-LD, meta author), where a site states its
   * author as it is: a lower-case name or a handle ("kirstin boatto", "q_admin") is kept there,
   * while in visible text a name must have a capital letter.
   */
  stated?: boolean
}

function titleCaseIfShouting(name: string): string {
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return name
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
}

/** A name without the honorifics before it: "Dr. Jane Doe" → "Jane Doe". */
export function stripHonorifics(name: string): string {
  return name.replace(HONORIFIC, '')
}

function stripBy(s: string): string {
  return s.replace(BY, '').replace(BY_RUN_IN, '')
}

/** `first` is the byline's first name when this part comes after it, else null. */
function cleanName(part: string, first: string | null, stated: boolean): string | null {
  let s = stripBy(part.replace(/\s+/g, ' ').trim()).trim()
  s = s.replace(/^[-–—:•·|]+\s*/, '').replace(/[-–—:•·|.]+$/, '').trim()
  // "(avec Damien Leloup…)" and the like are handled as separate names by the caller.
  s = s.replace(/[()[\]]/g, '').trim()
  if (CREDENTIAL.test(s) || AGENCY.test(s)) return null
  s = stripHonorifics(s).replace(TRAILING_CREDENTIAL, '')
  let words = s.split(' ')
  // An avatar's initials before the name ("NB Nicole Burke"): the picture's text, not the name.
  if (words.length >= 3 && /^\p{Lu}{2,3}$/u.test(words[0]) && words[0] === words.slice(1, 1 + words[0].length).map((w) => w[0]).join('')) {
    words = words.slice(1)
    s = words.join(' ')
  }
  if (!stated) {
    // Visible text runs a title on after the name: the first name ends where the title starts,
    // and a later part with a title word is the title's rest ("Jane Doe, Home Security Expert").
    const role = words.findIndex((w, i) => (i >= 2 || first !== null) && ROLE_WORD.test(w))
    if (role >= 0 && first !== null) return null
    if (role > 0) {
      words = words.slice(0, role)
      s = words.join(' ')
    }
  }
  if (s.length < 3 || HAS_DIGIT.test(s) || NOT_A_NAME.test(s) || /^https?:|@|www\./i.test(s)) return null
  if (first !== null && COLLECTIVE.test(s)) return null
  // In visible text a later name has two words, unless the first had one ("Linny and Peter"): a
  // single word after a full name is the rest of a title ("Brett Cruz, Privacy and Digital…").
  if (first !== null && !stated && words.length < 2 && !/^\S+$/.test(first)) return null
  if (words.length > MAX_NAME_WORDS) return null
  // A name has at least one word that starts with a capital letter (any script without case passes).
  if (!stated && !words.some((w) => /^\p{Lu}/u.test(w) || !/\p{Ll}/u.test(w))) return null
  return titleCaseIfShouting(s)
}

/** Author names in a byline string, in order, without duplicates. */
export function parseByline(raw: string | null | undefined, opts: BylineOptions = {}): string[] {
  if (!raw) return []
  let text = raw.replace(/\s+/g, ' ').trim()
  // An address is no byline (article:author is often the writer's profile page).
  if (text.length === 0 || text.length > MAX_BYLINE_CHARS || /^(?:https?:|www\.)/i.test(text)) return []
  text = text.replace(MONTH_RUN_IN, '$1 $2').replace(ROLE_RUN_IN, '$1 $2').replace(DATE_TAIL, '')
  text = text.replace(/(\p{Ll})(\d)/gu, '$1 $2')
  const out: string[] = []
  for (const part of stripBy(text).split(SEPARATOR)) {
    const name = cleanName(part, out[0] ?? null, opts.stated === true)
    if (name && !out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name)
    if (out.length >= MAX_NAMES) break
  }
  return out
}
