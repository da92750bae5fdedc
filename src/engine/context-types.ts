// Types the words around a name decide, whatever the tagger read into the name itself: an
// acronym that reports is an organisation ("the AP reported"), a seat of government that acts is
// the government ("the White House said"), where analysts work is an organisation ("analysts at
// Jefferies"), and a time zone after a clock time is no person ("3 p.m. ET"). Each rule is counted on the training data (docs/entities.md).
import { isWholeEntry } from './gazetteer.ts'
import { ENTITY_TYPES, type LabelSpan } from './labels.ts'

const PER = ENTITY_TYPES.indexOf('PER')
const ORG = ENTITY_TYPES.indexOf('ORG')
const LOC = ENTITY_TYPES.indexOf('LOC')
const MISC = ENTITY_TYPES.indexOf('MISC')

/**
 * Verbs of reporting. In CoNLL train and WikiGold's training part, an acronym of two to five
 * capitals right before one is a lone ORG 55 times, part of a longer ORG 9, LOC once and no name
 * once: who reports is a news agency, a company or a body ("AP", "AFP", "IMF").
 */
const REPORTING = new Set(['said', 'says', 'reported', 'reports', 'told', 'quoted'])
/**
 * Words after a seat of government that make it the government acting or speaking. Not a
 * possessive: "Wall Street 's expectations" and "Europe 's leading authorities" are places in
 * eng.testa.
 */
const ACTING = new Set([
  ...REPORTING, 'announced', 'spokesman', 'spokeswoman', 'spokesperson', 'officials', 'official', 'aides',
  'press',
])
/**
 * People who work somewhere, before "at" and a name ("analysts at Jefferies", "engineers at
 * Mojang"): in CoNLL train and Wikigold's training part the name there is an organisation 12
 * times, a place twice (a hospital, a nursing home) and never a person.
 */
const WORKERS = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers',
  'engineer', 'engineers', 'executive', 'executives', 'official', 'officials', 'scientist', 'scientists',
  'trader', 'traders', 'employees', 'workers', 'staff', 'dealer', 'dealers', 'broker', 'brokers', 'professor',
  'professors', 'director', 'chairman', 'president', 'spokesman', 'spokeswoman', 'head', 'chief', 'manager', 'partner',
])
/** Time-zone abbreviations as news writes them after a clock time. */
const TIME_ZONES = new Set([
  'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'BST', 'UTC',
  'CET', 'CEST', 'IST', 'JST', 'AEST', 'AEDT', 'HKT', 'SGT',
])
/** A clock time's last token: "3", "10:30", "p.m.", "noon". */
const CLOCK = /^(\d{1,2}([:.]\d{2})?|\d{3,4}|[ap]\.?m\.?|noon|midnight)$/i
const ACRONYM = /^[A-Z]{2,5}$/

function retype(s: LabelSpan, n: number, word: (i: number) => string, gaz: Uint32Array): void {
  const next = s.end < n ? word(s.end) : ''
  const lone = s.end - s.start === 1
  // an acronym that reports is an organisation; a country that reports stays a place ("UAE said")
  if (lone && (s.type === PER || s.type === MISC) && ACRONYM.test(word(s.start)) && REPORTING.has(next)) s.type = ORG
  // a seat of government that WordNet also lists as a group, acting ("the White House said",
  // "Kremlin officials"): the government; where it stands ("at the White House") stays a place
  else if (s.type === LOC && ACTING.has(next.toLowerCase()) && isWholeEntry(gaz, s.start, s.end, 'org-wordnet')) s.type = ORG
  // who works at a name works at an organisation, not at a person
  else if ((s.type === PER || s.type === MISC) && s.start >= 2 && word(s.start - 1) === 'at' && WORKERS.has(word(s.start - 2).toLowerCase())) s.type = ORG
  // "3 p.m. ET": a time zone, which CoNLL tags MISC ("GMT" 49 of 49 in train), never a person
  else if (lone && s.type !== MISC && TIME_ZONES.has(word(s.start)) && s.start > 0 && CLOCK.test(word(s.start - 1))) s.type = MISC
}

/**
 * Retypes names by the words around them, and adds an untagged acronym that reports. `gaz` is
 * the document's gazetteer codes (Gazetteer.match). Spans come sorted and without overlap, and
 * leave so.
 */
export function typesFromContext(spans: LabelSpan[], n: number, word: (i: number) => string, gaz: Uint32Array): LabelSpan[] {
  const out: LabelSpan[] = []
  let k = 0
  for (let i = 0; i < n; i++) {
    if (k < spans.length && spans[k].start <= i) {
      const s = spans[k++]
      retype(s, n, word, gaz)
      out.push(s)
      i = Math.max(i, s.end - 1)
      continue
    }
    // an untagged acronym right before a reporting verb ("the AP reported")
    if (ACRONYM.test(word(i)) && i + 1 < n && REPORTING.has(word(i + 1)) && !TIME_ZONES.has(word(i))) {
      out.push({ start: i, end: i + 1, type: ORG })
    }
  }
  while (k < spans.length) out.push(spans[k++])
  return out
}
