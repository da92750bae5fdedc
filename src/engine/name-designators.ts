// Head nouns that finish a name the tagger cut short, a general mechanism for names the 1996
// training data never saw: a facility designator makes a place ("Al-Asad Air Base", "Ramstein Air
// Base", "Heathrow Airport"); a newspaper's head noun makes an organisation ("Washington Examiner",
// where the tagger took "Washington" for a place); in an all-capitals line a leading "THE" is
// not part of the name ("FROM THE WASHINGTON EXAMINER").
import { ENTITY_TYPES, type LabelSpan } from './labels.ts'

const ORG = ENTITY_TYPES.indexOf('ORG')
const LOC = ENTITY_TYPES.indexOf('LOC')

/** Words that end a facility's name. */
const FACILITY_HEADS = new Set(['base', 'airbase', 'airport', 'airfield', 'air-base'])
/** Words that may stand between a name and its facility head ("Air", "Naval"). */
const FACILITY_MODIFIERS = new Set(['air', 'naval', 'military', 'army', 'marine', 'international', 'force', 'joint'])
/** Head nouns of newspapers' names. */
const NEWS_HEADS = new Set([
  'examiner', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'inquirer',
  'telegraph', 'observer', 'courier', 'dispatch', 'bulletin', 'gazette', 'register', 'enquirer',
])
/** How many tokens a facility name may add after the tagged span ("Air Base"). */
const MAX_FACILITY_TAIL = 3

const isCapitalised = (w: string) => w.length > 0 && w[0] !== w[0].toLowerCase()
/** Capitalised but not all capitals ("Base", not "BASE"). */
const isTitleWord = (w: string) => isCapitalised(w) && w.slice(1) !== w.slice(1).toUpperCase()

/** Extends or retypes spans by the head nouns above; spans stay in order and disjoint. */
export function applyDesignators(spans: LabelSpan[], n: number, word: (i: number) => string): LabelSpan[] {
  const out: LabelSpan[] = []
  for (let k = 0; k < spans.length; k++) {
    const s = { ...spans[k] }
    const prev = out[out.length - 1]
    if (prev && s.start < prev.end) continue // swallowed by an extension
    // A facility: the span, then capitalised modifiers, then a head. Not in an all-capitals line:
    // there CoNLL marks only the city ("BELGRADE AIRPORT"), and an airport that is a company stays
    // an organisation ("Kansai International Airport"); both cost testa F1 when extended or retyped.
    let j = s.end
    while (j < n && j - s.end < MAX_FACILITY_TAIL && isTitleWord(word(j)) &&
      FACILITY_MODIFIERS.has(word(j).toLowerCase())) j++
    if (j < n && j - s.end < MAX_FACILITY_TAIL && isTitleWord(word(j)) && FACILITY_HEADS.has(word(j).toLowerCase())) {
      s.end = j + 1
      s.type = LOC
    } else if (s.end - s.start > 1 && s.type !== ORG && isTitleWord(word(s.end - 1)) &&
      FACILITY_HEADS.has(word(s.end - 1).toLowerCase())) {
      s.type = LOC
    } else if (s.end < n && isCapitalised(word(s.end)) && NEWS_HEADS.has(word(s.end).toLowerCase()) &&
      (k + 1 >= spans.length || spans[k + 1].start > s.end)) {
      // "THE" before a newspaper's name in an all-capitals line is the article, not the name
      // (elsewhere CoNLL keeps it: "THE HAGUE", "THE OVAL").
      if (s.end - s.start > 1 && word(s.start) === 'THE') s.start++
      s.end++
      s.type = ORG
    }
    out.push(s)
  }
  return out
}
