// Rules that use the organisation list on names the tagger found: pieces of one known
// organisation joined, and a country's other name that is also a company's ("Emirates").
import { gazCode } from './gazetteer.ts'
import { ENTITY_TYPES, type LabelSpan } from './labels.ts'

const ORG = ENTITY_TYPES.indexOf('ORG')
const LOC = ENTITY_TYPES.indexOf('LOC')

/**
 * Names the tagger split inside one organisation the organisation list knows whole are that
 * organisation ("U.S." | "Customs" | "and" | "Border Protection"): the tagger found the names, the
 * list says they are one. Only where the pieces start and end exactly with the list's match.
 */
export function joinKnownOrganisations(spans: LabelSpan[], gaz: Uint32Array): LabelSpan[] {
  const out: LabelSpan[] = []
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]
    if (gazCode(gaz[s.start], 'org-known') === 1) {
      let end = s.start + 1
      while (end < gaz.length && gazCode(gaz[end], 'org-known') === 2) end++
      let last = k
      while (last + 1 < spans.length && spans[last + 1].end <= end) last++
      if (last > k && spans[last].end === end) {
        out.push({ start: s.start, end, type: ORG })
        k = last
        continue
      }
    }
    out.push(s)
  }
  return out
}

/**
 * A one-word place that is only another name of a country ("Emirates", not "United Arab
 * Emirates"), which an organisation list also holds, is the organisation when no article stands
 * before it: "flying Emirates" is the airline, "across the Emirates" the country. News names a country
 * by its own name; a company keeps the short one.
 */
export function isCompanyNotCountry(s: LabelSpan, n: number, word: (i: number) => string, gaz: Uint32Array,
  aliases: Record<string, string>): boolean {
  if (s.type !== LOC || s.end - s.start !== 1 || gazCode(gaz[s.start], 'org-known') !== 3) return false
  const w = word(s.start)
  const country = aliases[w.toLowerCase()]
  if (country === undefined || country.toLowerCase() === w.toLowerCase() || !/^\p{Lu}\p{Ll}/u.test(w)) return false
  // "the Emirates" is the country, unless a noun follows ("the Emirates app")
  const article = s.start > 0 && word(s.start - 1).toLowerCase() === 'the'
  return !article || (s.end < n && /^\p{Ll}+$/u.test(word(s.end)))
}
