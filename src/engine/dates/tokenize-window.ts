// Tokenizes a slice of text for the date grammar: words (lower-cased, abbreviation periods kept
// in the span), integers, ordinals ("3rd"), decades ("1980s", "'80s"), clock times ("9:30"),
// slash dates ("11/02/89"), other numbers ("2.50", "1,990") and single punctuation marks.
// Offsets are UTF-16 code units into the whole text.

export type TokKind = 'w' | 'n' | 'yy' | 'o' | 'ds' | 'clk' | 'sl' | 'num' | 'p' | 'pos'

export interface Tok {
  s: number
  e: number
  /** Lower case; without the abbreviation period; "am"/"pm" for a.m./p.m. */
  w: string
  k: TokKind
  /** First letter upper case (words only). */
  cap: boolean
  /** The numeric value of n, yy, o, ds and clk (hour) tokens; NaN otherwise. */
  n: number
  /** Whitespace before this token (false when glued to the previous one, as in "mid-October"). */
  sp: boolean
}

/** Abbreviations whose trailing period belongs to the token. */
const DOT_WORDS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'st', 'mt',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'gov', 'sen', 'rep', 'corp', 'inc', 'co', 'no', 'vs',
])

const isDigit = (c: number) => c >= 48 && c <= 57
export const isLetter = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0
const isApos = (c: number) => c === 39 || c === 0x2019

// Token objects are reused from call to call: the date pass tokenizes a small window around
// every trigger word, and fresh objects each time cost more in garbage collection than in work.
const pool: Tok[] = []
const shared: Tok[] = []

function put(out: Tok[], s: number, e: number, w: string, k: TokKind, cap: boolean, n: number, sp: boolean): void {
  let t = pool[out.length]
  if (t === undefined) {
    t = { s, e, w, k, cap, n, sp }
    pool.push(t)
  } else {
    t.s = s
    t.e = e
    t.w = w
    t.k = k
    t.cap = cap
    t.n = n
    t.sp = sp
  }
  out.push(t)
}

/**
 * The tokens of text[from, to). The array and its tokens are reused by the next call: read them
 * before tokenizing again.
 */
export function tokenizeWindow(text: string, from: number, to: number): Tok[] {
  const out = shared
  out.length = 0
  let i = from
  let sp = true
  while (i < to) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      sp = true
      i++
      continue
    }
    const s = i
    if (isLetter(c)) {
      while (i < to && isLetter(text.charCodeAt(i))) i++
      let w = text.slice(s, i).toLowerCase()
      // a.m. / p.m.
      if ((w === 'a' || w === 'p') && text.charCodeAt(i) === 46 && (text.charCodeAt(i + 1) | 32) === 109) {
        i += 2
        if (text.charCodeAt(i) === 46) i++
        w += 'm'
      } else if (text.charCodeAt(i) === 46 && DOT_WORDS.has(w)) {
        i++
      }
      put(out, s, i, w, 'w', c >= 65 && c <= 90, NaN, sp)
    } else if (isDigit(c)) {
      while (i < to && isDigit(text.charCodeAt(i))) i++
      const digits = text.slice(s, i)
      const next = text.charCodeAt(i)
      if (next === 58 && isDigit(text.charCodeAt(i + 1))) {
        // clock time: 9:30, 14:05:10
        i++
        while (i < to && (isDigit(text.charCodeAt(i)) || (text.charCodeAt(i) === 58 && isDigit(text.charCodeAt(i + 1))))) i++
        put(out, s, i, text.slice(s, i), 'clk', false, Number(digits), sp)
      } else if (next === 47 && isDigit(text.charCodeAt(i + 1))) {
        i++
        while (i < to && (isDigit(text.charCodeAt(i)) || (text.charCodeAt(i) === 47 && isDigit(text.charCodeAt(i + 1))))) i++
        put(out, s, i, text.slice(s, i), 'sl', false, NaN, sp)
      } else if ((next === 44 || next === 46) && isDigit(text.charCodeAt(i + 1))) {
        // 1,990 or 2.50: a quantity, never a year or a day
        i++
        while (i < to && (isDigit(text.charCodeAt(i)) || ((text.charCodeAt(i) === 44 || text.charCodeAt(i) === 46) && isDigit(text.charCodeAt(i + 1))))) i++
        put(out, s, i, text.slice(s, i), 'num', false, NaN, sp)
      } else if (next === 115 && !isLetter(text.charCodeAt(i + 1)) && digits.length >= 2) {
        i++ // 1980s, 80s
        put(out, s, i, digits + 's', 'ds', false, Number(digits), sp)
      } else if (isLetter(next)) {
        let j = i
        while (j < to && isLetter(text.charCodeAt(j))) j++
        const suffix = text.slice(i, j).toLowerCase()
        if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') {
          put(out, s, j, digits + suffix, 'o', false, Number(digits), sp)
          i = j
        } else {
          put(out, s, i, digits, 'n', false, Number(digits), sp)
        }
      } else {
        put(out, s, i, digits, 'n', false, Number(digits), sp)
      }
    } else if (isApos(c) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && !isDigit(text.charCodeAt(i + 3))) {
      // '80s, '89
      const n = Number(text.slice(i + 1, i + 3))
      if (text.charCodeAt(i + 3) === 115) {
        i += 4
        put(out, s, i, `'${n}s`, 'ds', false, n, sp)
      } else {
        i += 3
        put(out, s, i, `'${n}`, 'yy', false, n, sp) // a two-digit year
      }
    } else if (isApos(c) && (text.charCodeAt(i + 1) | 32) === 115 && !isLetter(text.charCodeAt(i + 2))) {
      i += 2
      put(out, s, i, "'s", 'pos', false, NaN, sp)
    } else {
      i++
      put(out, s, i, text[s], 'p', false, NaN, sp)
    }
    sp = false
  }
  return out
}
