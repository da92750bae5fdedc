// Words shaped like names that the text itself shows are not names: a camelCase identifier or
// hashtag ("validateRange", "#deleteFacebook"), and an acronym the document spells out in lowercase
// words ("personally identifiable information (PII)", "HDR (high dynamic range lighting)"), a
// common noun however it is capitalised. It drops such mentions; it never adds or retypes one.
import { ENTITY_TYPES, type LabelSpan } from './labels.ts'

const PER = ENTITY_TYPES.indexOf('PER')
const ORG = ENTITY_TYPES.indexOf('ORG')

/**
 * Two lowercase letters or more, then a capital and a lowercase letter: a programmer's or a
 * hashtag's compound ("validateRange", "deleteFacebook"). Not a product's one-letter prefix
 * ("iPhone", "eBay") nor a capitalised suffix ("macOS"), and never a surname's inner capital
 * ("McCoist", "DeFreitas", which start with a capital). In CoNLL train and WikiGold's training
 * part such a word occurs once, outside any name.
 */
const IDENTIFIER = /^\p{Ll}{2,}\p{Lu}\p{Ll}/u
/** An acronym, maybe plural ("PII", "APIs"). */
const ACRONYM = /^(\p{Lu}{2,6})s?$/u
/** Closing quotes between a spelled-out term and its bracketed acronym ('"personally … information" (PII)'). */
const QUOTE = /^["'“”‘’]$/
/** Lowercase-initial word: a common noun's word. */
const LOWER = /^\p{Ll}/u

/**
 * The acronyms a text introduces with a lowercase expansion whose words' initials spell them,
 * before ("personally identifiable information (PII)") or after ("HDR (high dynamic range
 * lighting)"). In CoNLL train and WikiGold's training part the mentions of acronyms introduced so
 * are no name 18 times, MISC 11 (CoNLL tags a disease or an index so: "BSE", "CPI") and ORG 5;
 * those introduced by capitalised words are ORG 115 times. One pass; each acronym looks at most
 * its own length in words either side.
 */
export function lowercaseAcronyms(n: number, word: (i: number) => string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i < n; i++) {
    const m = ACRONYM.exec(word(i))
    if (!m) continue
    const a = m[1]
    if (i > 0 && word(i - 1) === '(' && spellsOut(a, i - 2, -1, word)) out.add(a)
    else if (i + 1 < n && word(i + 1) === '(' && spellsOut(a, i + 2, 1, word, n)) out.add(a)
  }
  return out
}

/** Whether a.length lowercase words from `from` (going `step`, quotes skipped at the start) have a's initials. */
function spellsOut(a: string, from: number, step: 1 | -1, word: (i: number) => string, n = Infinity): boolean {
  let k = from
  while (k >= 0 && k < n && QUOTE.test(word(k))) k += step
  for (let j = 0; j < a.length; j++, k += step) {
    if (k < 0 || k >= n) return false
    const w = word(k)
    const letter = a[step === 1 ? j : a.length - 1 - j]
    if (!LOWER.test(w) || w[0].toUpperCase() !== letter) return false
  }
  return true
}

/**
 * `spans` without the mentions the text shows are no names: a lone camelCase identifier of any
 * type, and a lone acronym the document spells out in lowercase typed as an organisation or a
 * person (CoNLL's MISC ones, "BSE", stay).
 */
export function withoutNonNames(spans: LabelSpan[], n: number, word: (i: number) => string): LabelSpan[] {
  let acronyms: Set<string> | undefined
  return spans.filter((s) => {
    if (s.end - s.start !== 1) return true
    const w = word(s.start)
    if (IDENTIFIER.test(w)) return false
    if (s.type !== ORG && s.type !== PER) return true
    const m = ACRONYM.exec(w)
    if (!m) return true
    acronyms ??= lowercaseAcronyms(n, word)
    return !acronyms.has(m[1])
  })
}
