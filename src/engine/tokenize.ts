// Tokenizer and sentence splitter for English news text, with UTF-16 offsets into the original
// string. It follows the CoNLL-2003 conventions the entity model was trained on: "'s" and "n't"
// stand alone, abbreviations keep their period ("U.S.", "Gen."), hyphenated compounds stay whole
// ("U.S.-Iraq", "Al-Asad"), numbers keep their separators ("1,000", "3.5"). It does not
// normalise: features see `normalizeToken` of the token text (curly quotes and dashes made plain).

export interface Token {
  /** The token as it stands in the text (text.slice(start, end)). */
  text: string
  /** UTF-16 offset of the first code unit. */
  start: number
  /** UTF-16 offset after the last code unit. */
  end: number
  /** Index of the sentence the token belongs to, from 0, increasing. */
  sentence: number
}

/** Longest token we keep whole; longer runs (garbage, base64) are cut so features stay cheap. */
export const MAX_TOKEN_LENGTH = 64

/** Words whose trailing period belongs to the word (titles, months, designators, Latin). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'maj', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'cpl',
  'pvt', 'sen', 'rep', 'gov', 'pres', 'rev', 'fr', 'st', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp',
  'ltd', 'co', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'no', 'nos',
  'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'ave', 'blvd', 'rd', 'hon', 'messrs', 'mme',
])

/**
 * US states as news abbreviates them after a party letter ("D-Minn.", "R-Calif."): the period
 * belongs to the compound, which CoNLL counts as one MISC name.
 */
const STATE_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'mass', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo',
])
/** A party letter and a state: "D-Minn", "R-Calif". */
const PARTY_STATE = /^[DRI]-([A-Z][a-z]+)$/

/** True for a code unit that is part of a word: letters, digits, marks, and any non-ASCII letter. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba
  if (c === 0xd7 || c === 0xf7) return false
  if (c >= 0x2000 && c <= 0x2bff) return false // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false // CJK punctuation
  if (c >= 0xd800 && c <= 0xdfff) return false // surrogates: emoji and other astral symbols
  if (c >= 0xfe00 && c <= 0xfe0f) return false // variation selectors
  if (c >= 0xff00 && c <= 0xff0f) return false // full-width punctuation
  return c !== 0xfeff
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc
}

function isLetterCode(c: number): boolean {
  return isWordCode(c) && !(c >= 48 && c <= 57)
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57
}

function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
}

/** Length of a clitic ("'s", "'re", "n't"...) starting at i (an apostrophe or "n"), else 0. */
function cliticLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i)
  if (isApostrophe(c)) {
    let j = i + 1
    while (j < end && j - i <= 3 && isLetterCode(text.charCodeAt(j))) j++
    const tail = text.slice(i + 1, j).toLowerCase()
    if (j < end && isWordCode(text.charCodeAt(j))) return 0
    return tail === 's' || tail === 're' || tail === 've' || tail === 'll' || tail === 'd' ||
      tail === 'm' || tail === '' ? j - i : 0
  }
  if ((c === 110 || c === 78) && i + 2 < end + 1 && isApostrophe(text.charCodeAt(i + 1))) {
    const t = text.charCodeAt(i + 2)
    const after = i + 3 < end ? text.charCodeAt(i + 3) : 32
    if ((t === 116 || t === 84) && !isWordCode(after)) return 3
  }
  return 0
}

/** End of the word that starts at `start` (a word code unit), following the rules above. */
function wordEnd(text: string, start: number, n: number): number {
  let i = start
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isWordCode(c)) {
      if ((c === 110 || c === 78) && i > start && cliticLength(text, i, n) === 3) return i
      i++
      continue
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0
    if (!isWordCode(next)) break
    const prev = text.charCodeAt(i - 1)
    if (c === 45 || c === 0x2010 || c === 0x2011) { i++; continue } // hyphen inside a compound
    if (c === 46 && isWordCode(prev)) { i++; continue } // U.S, 3.5, e.g
    if ((c === 44 || c === 58) && isDigitCode(prev) && isDigitCode(next)) { i++; continue } // 1,000 10:30
    if (c === 38 && isUpperCode(prev) && isUpperCode(next)) { i++; continue } // AT&T
    if (c === 47 && isDigitCode(prev) && isDigitCode(next)) { i++; continue } // 3/4
    if (isApostrophe(c) && isLetterCode(prev) && isLetterCode(next)) {
      if (cliticLength(text, i, n) > 0) break
      i++ // O'Brien, D'Alema
      continue
    }
    break
  }
  return i
}

/** Whether the word text[start, end) takes the period that follows it. */
function takesPeriod(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end)
  if (word.indexOf('.') > 0) return isLetterCode(word.charCodeAt(word.length - 1)) // U.S, e.g
  if (word.length === 1) return isLetterCode(word.charCodeAt(0)) // initials: J.
  const party = PARTY_STATE.exec(word)
  if (party) return STATE_ABBREVIATIONS.has(party[1].toLowerCase())
  return ABBREVIATIONS.has(word.toLowerCase())
}

/** Abbreviations that stand before a name, so never end a sentence ("Gen. The" does not occur). */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'maj', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'cpl',
  'pvt', 'sen', 'rep', 'gov', 'pres', 'rev', 'fr', 'st', 'mt', 'ft', 'hon', 'messrs', 'mme',
])
/**
 * Capitalised words that open a sentence and never follow an initial or an abbreviation inside
 * a name: after one, an abbreviation's period also ends the sentence ("in the U.S. The company",
 * "the Xbox One S. That"). No one-letter words: "A." and "I." are initials too.
 */
const SENTENCE_OPENERS = new Set([
  'the', 'that', 'this', 'these', 'those', 'there', 'it', 'its', 'he', 'she', 'we', 'they', 'you',
  'his', 'her', 'their', 'our', 'my', 'and', 'but', 'so', 'yet', 'if', 'when', 'while', 'after',
  'before', 'what', 'how', 'why', 'who', 'which', 'some', 'many', 'most', 'all', 'both', 'still',
  'also', 'however', 'meanwhile', 'then', 'now', 'instead', 'in', 'on', 'at', 'for', 'with', 'as',
  'an', 'not', 'no', 'one', 'to', 'by', 'from', 'is', 'was', 'are', 'were',
])

/** Whether the text after a period at `from` is a space and then a sentence opener. */
function opensSentence(text: string, from: number, n: number, work?: { steps: number }): boolean {
  let j = from
  if (j >= n || !isSpaceCode(text.charCodeAt(j))) return false
  while (j < n && isSpaceCode(text.charCodeAt(j))) j++
  if (work) work.steps += j - from
  const start = j
  if (j >= n || !isUpperCode(text.charCodeAt(j))) return false
  j++
  while (j < n && j - start <= 9 && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++
  if (j < n && isWordCode(text.charCodeAt(j))) return false
  return SENTENCE_OPENERS.has(text.slice(start, j).toLowerCase())
}

const TERMINATORS = '.!?\u2026'
const CLOSERS = '"\'\u201d\u2019)]}\u00bb'

/**
 * Splits text into tokens with offsets and sentence ids. Linear in the text's length (`work`
 * counts the code units examined, the tokens made and every look-ahead past a token, for the
 * tests that prove it: tests/unit/engine/linear-tokenize.test.ts); never throws. Sentences end at
 * ".", "!", "?" (with the closing quotes and brackets that follow) unless lowercase text goes on, and at every line break (headlines, paragraphs). A period that an
 * abbreviation keeps ("U.S.") never ends a sentence: a wrong break costs the tagger more than a
 * missed one.
 */
export function tokenize(text: string, work?: { steps: number }): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let sentence = 0
  let breakPending = false // the previous token ended a sentence
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpaceCode(c)) {
      if ((c === 10 || c === 13 || c === 0x2028 || c === 0x2029) && tokens.length > 0) breakPending = true
      i++
      continue
    }
    let end: number
    let endsSentence = false
    if (isWordCode(c)) {
      const clitic = cliticLength(text, i, n)
      // A word longer than a token may be is cut anyway: looking further than that (and the one
      // code unit after it that decides a boundary) would make a long run of letters quadratic.
      const limit = Math.min(n, i + MAX_TOKEN_LENGTH + 2)
      end = clitic === 3 && (c === 110 || c === 78) ? i + 3 : wordEnd(text, i, limit)
      if (work) work.steps += end - i
      if (end === i) end = i + 1
      const period = end < n && text.charCodeAt(end) === 46 && takesPeriod(text, i, end)
      const opens = period && opensSentence(text, end + 1, n, work)
      // an initial before a sentence opener is a one-letter word ending its sentence ("One S.")
      if (period && !(end - i === 1 && opens)) {
        endsSentence = opens && !TITLE_ABBREVIATIONS.has(text.slice(i, end).toLowerCase())
        end++
        // "U.S.-Iraq", "U.S.-led": an abbreviation that opens a hyphenated compound
        const h = end < n ? text.charCodeAt(end) : 0
        if ((h === 45 || h === 0x2010) && end + 1 < n && isWordCode(text.charCodeAt(end + 1))) {
          const from = end
          end = wordEnd(text, end + 1, n)
          if (work) work.steps += end - from
        }
      }
    } else if (isApostrophe(c) && cliticLength(text, i, n) > 1 && tokens.length > 0 &&
      tokens[tokens.length - 1].end === i) {
      end = i + cliticLength(text, i, n)
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      end = i + 2 // one astral symbol (emoji) as one token
    } else if (c === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
      end = i + 3
    } else {
      end = i + 1
    }
    if (end - i > MAX_TOKEN_LENGTH) end = i + MAX_TOKEN_LENGTH
    const closer = end - i === 1 && CLOSERS.indexOf(text[i]) >= 0
    // a closing quote or bracket right after a terminator stays in the sentence it closes
    if (breakPending && !(closer && tokens.length > 0 && tokens[tokens.length - 1].end === i)) {
      sentence++
      breakPending = false
    }
    tokens.push({ text: text.slice(i, end), start: i, end, sentence })
    if (work) work.steps++
    if (end - i === 1 && TERMINATORS.indexOf(text[i]) >= 0) {
      breakPending = !followedByLowercase(text, end, n, work)
    } else if (end - i === 3 && c === 46) {
      breakPending = !followedByLowercase(text, end, n, work)
    } else if (endsSentence) {
      breakPending = true
    }
    i = end
  }
  return tokens
}

function followedByLowercase(text: string, from: number, n: number, work?: { steps: number }): boolean {
  let j = from
  while (j < n && (isSpaceCode(text.charCodeAt(j)) || CLOSERS.indexOf(text[j]) >= 0)) {
    if (text.charCodeAt(j) === 10) break
    j++
  }
  if (work) work.steps += j - from
  if (j < n && text.charCodeAt(j) === 10) return false
  if (j >= n) return false
  const c = text.charCodeAt(j)
  return (c >= 97 && c <= 122) || c === 44 || c === 59
}

/** Sentence spans: [start, end) offsets of each sentence's first and last token. */
export function splitSentences(text: string, tokens: Token[] = tokenize(text)): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (const t of tokens) {
    const cur = out[t.sentence]
    if (cur === undefined) out[t.sentence] = { start: t.start, end: t.end }
    else cur.end = t.end
  }
  return out.filter((s) => s !== undefined)
}
