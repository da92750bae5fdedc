// What the features know about one word form, computed once per distinct string: its
// normalised text, lowercase, shapes and case class, as hashes. No context, no labels.
import { hashString } from './hash.ts'

/** Case classes of a word form. */
export const CASE_LOWER = 0 // "army"
export const CASE_TITLE = 1 // "Army", "McCain"
export const CASE_UPPER = 2 // "ARMY", "U.S."
export const CASE_MIXED = 3 // "iPhone", "eBay"
export const CASE_NONE = 4 // "1996", ",", "😀"

/** Longest prefix or suffix the features take. */
export const MAX_AFFIX = 4
/** Shapes look at this many code units at most, so a garbage token costs no more than a word. */
const MAX_SHAPE_INPUT = 24

export interface WordForm {
  /** Normalised text: curly quotes and dashes made plain, digits kept. */
  norm: string
  lower: string
  normHash: number
  lowerHash: number
  /** Fine shape: every letter as X or x, digits d, other code units kept ("Xxxx", "X.X."). */
  shapeHash: number
  /** Short shape: runs collapsed ("Xx", "X.X.", "d,d"). */
  shortShapeHash: number
  caseClass: number
  hasDigit: boolean
  hasLetter: boolean
  /** Hashes of lowercase prefixes and suffixes of length 1..MAX_AFFIX (0 where too short). */
  prefixHashes: number[]
  suffixHashes: number[]
}

/** The plain code unit normalizeToken puts for c: curly quotes and dashes made plain. */
function plainCode(c: number): number {
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x2032 || c === 0x2bc) return 39
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) return 34
  if (c >= 0x2010 && c <= 0x2015) return 45
  if (c === 0xa0) return 32
  return c
}

export function normalizeToken(s: string): string {
  let i = 0
  while (i < s.length && plainCode(s.charCodeAt(i)) === s.charCodeAt(i)) i++
  if (i === s.length) return s // the common case: nothing to change, no string built
  let out = s.slice(0, i)
  for (; i < s.length; i++) out += String.fromCharCode(plainCode(s.charCodeAt(i)))
  return out
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ||
    (c > 0xff && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c))
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) ||
    (c > 0xff && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c))
}

export function makeWordForm(raw: string): WordForm {
  const norm = normalizeToken(raw)
  const lower = norm.toLowerCase()
  let shape = ''
  let short = ''
  let last = ''
  let uppers = 0
  let lowers = 0
  let digits = 0
  let firstUpper = false
  const n = Math.min(norm.length, MAX_SHAPE_INPUT)
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i)
    let k: string
    if (isUpper(c)) { k = 'X'; uppers++; if (i === 0) firstUpper = true }
    else if (isLower(c)) { k = 'x'; lowers++ }
    else if (c >= 48 && c <= 57) { k = 'd'; digits++ }
    else if (c >= 0xd800 && c <= 0xdfff) k = 'e'
    else if (c > 0x2e80) k = 'c' // CJK and other scripts without case
    else k = norm[i]
    if (i < n) {
      shape += k
      if (k !== last) short += k
    }
    last = k
  }
  let caseClass: number
  if (uppers + lowers === 0) caseClass = CASE_NONE
  else if (lowers === 0) caseClass = CASE_UPPER
  else if (uppers === 0) caseClass = CASE_LOWER
  else if (firstUpper) caseClass = CASE_TITLE
  else caseClass = CASE_MIXED
  const prefixHashes: number[] = []
  const suffixHashes: number[] = []
  for (let k = 1; k <= MAX_AFFIX; k++) {
    const ok = lower.length > k
    prefixHashes.push(ok ? hashString(lower.slice(0, k)) : 0)
    suffixHashes.push(ok ? hashString(lower.slice(lower.length - k)) : 0)
  }
  return {
    norm, lower,
    normHash: hashString(norm),
    lowerHash: hashString(lower),
    shapeHash: hashString(shape),
    shortShapeHash: hashString(short),
    caseClass,
    hasDigit: digits > 0,
    hasLetter: uppers + lowers > 0,
    prefixHashes, suffixHashes,
  }
}

/** A per-document (or per-run) cache: one WordForm per distinct token string. */
export class WordFormCache {
  private map = new Map<string, WordForm>()
  constructor(private readonly limit = Infinity) {}
  get(raw: string): WordForm {
    let f = this.map.get(raw)
    if (f === undefined) {
      if (this.map.size >= this.limit) this.map.clear()
      f = makeWordForm(raw)
      this.map.set(raw, f)
    }
    return f
  }
}
