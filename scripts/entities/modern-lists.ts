// Name lists of today's world from ../shared/corpora/gazetteers/ (licences and credits in
// docs/entities.md and the README): US federal bodies, political parties, airlines and aircraft,
// universities, products, members of Congress and the executive, countries with their official
// names and demonyms. Each entry is kept only if the development data does not contradict it:
// where its words occur as a whole name (not inside a longer one) in the training parts of the
// corpora at least MIN_SEEN times, at least MIN_PRECISION of them must be a name of the list's
// type; a one-word entry must not be an ordinary word (lowercase in WordNet, or met more often
// lowercase than capitalised in the corpora). Crunchbase's company names are not used: their
// terms do not allow them to ship. The lists are features of the model, never verdicts.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { ENTITY_TYPES } from '../../src/engine/labels.ts'
import type { ConllDoc } from './conll.ts'

/** A whole-name occurrence count from which measured precision decides an entry. */
export const MIN_SEEN = 3
/** Share of an entry's whole-name occurrences that must be names of its list's type. */
export const MIN_PRECISION = 0.5
/** Party Facts: parties with at least this best vote share (%), the list's popularity signal. */
const MIN_PARTY_SHARE = 5
/** Party acronyms shorter than this clash across countries and with words ("PP", "A"). */
const MIN_ACRONYM_LENGTH = 3
/** Longest entry in tokens (MAX_GAZ_TOKENS). */
const MAX_TOKENS = 6

export type ModernList = 'org-known' | 'misc-product' | 'per-full' | 'loc-country' | 'misc-demonym' | 'loc-wordnet'
const MISC = ENTITY_TYPES.indexOf('MISC')
/** The CoNLL type a list's entries name. */
const LIST_TYPE: Record<ModernList, number> = {
  'org-known': ENTITY_TYPES.indexOf('ORG'), 'misc-product': ENTITY_TYPES.indexOf('MISC'),
  'per-full': ENTITY_TYPES.indexOf('PER'), 'loc-country': ENTITY_TYPES.indexOf('LOC'),
  'misc-demonym': ENTITY_TYPES.indexOf('MISC'), 'loc-wordnet': ENTITY_TYPES.indexOf('LOC'),
}

export const MODERN_CREDITS = [
  'US federal .gov domains (cisagov/dotgov-data, CC0)',
  'congress-legislators (unitedstates, CC0)',
  'Party Facts core parties (MIT, the Party Facts authors)',
  'university-domains-list (MIT, Hipo)',
  'OpenFlights airlines and planes (ODbL 1.0, openflights.org)',
  'mledoze/countries (ODbL 1.0)',
  'product names from DBpedia via skweak (CC BY-SA 3.0; skweak MIT, Norsk Regnesentral)',
]
/** Credit of the company list (companyCandidates). */
export const COMPANY_CREDIT = 'company names of @cspell/dict-companies (MIT, Street Side Software)'
/** Credits of the corpora whose training parts lend their organisation names (trainingOrgCandidates). */
export const ORG_NAME_CREDITS: Record<string, string> = {
  wikigold: 'organisation names of the training part of Wikigold (CC BY 4.0)',
  crossner: 'organisation names of the training part of CrossNER politics (MIT, Zihan Liu; sentences from Wikipedia)',
}

export interface Candidate { list: ModernList; phrase: string; source: string }

/** Rows of a CSV text; quoted fields may hold commas, doubled quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = [], cur = '', quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cur += '"'; i++ } else if (c === '"') quoted = false
      else cur += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(cur); cur = '' } else if (c === '\n') {
      row.push(cur); cur = ''
      if (row.length > 1 || row[0] !== '') rows.push(row.map((f) => f.replace(/\r$/, '')))
      row = []
    } else cur += c
  }
  if (cur !== '' || row.length > 0) { row.push(cur); rows.push(row) }
  return rows
}

/** Every candidate entry of the lists, in file order. */
export function modernCandidates(gazDir: string): Candidate[] {
  const out: Candidate[] = []
  const add = (list: ModernList, phrase: string | undefined, source: string) => {
    const p = phrase?.trim()
    if (p && p !== '\\N' && /\p{L}/u.test(p)) out.push({ list, phrase: p, source })
  }
  const file = (...p: string[]) => join(gazDir, ...p)

  // US federal bodies and their units; news drops the leading "U.S." ("Customs and Border Protection")
  for (const f of csvRows(readFileSync(file('dotgov', 'current-federal.csv'), 'utf8')).slice(1)) {
    for (const name of [f[2], f[3]]) {
      if (!name || !/\p{Ll}/u.test(name)) continue // internal units in capitals ("ASCD-CIO")
      for (const part of name.split(/, /)) {
        add('org-known', part, 'dotgov')
        const bare = part.replace(/^(U\.S\.|US|United States|Federal) /, '')
        if (bare !== part && /^\p{Lu}/u.test(bare)) add('org-known', bare, 'dotgov')
      }
    }
  }

  // political parties with a real vote share: names in English and as written, and acronyms
  const parties = csvRows(readFileSync(file('partyfacts', 'partyfacts-core-parties.csv'), 'utf8'))
  const col = (name: string) => parties[0].indexOf(name)
  for (const f of parties.slice(1)) {
    if (f[col('technical')] || Number(f[col('share')]) < MIN_PARTY_SHARE) continue
    for (const field of ['name', 'name_english']) for (const n of f[col(field)].split(' / ')) add('org-known', n, 'partyfacts')
    const short = f[col('name_short')]
    if (short.length >= MIN_ACRONYM_LENGTH && /^[A-Z]+$/.test(short)) add('org-known', short, 'partyfacts')
  }

  // airlines still flying with an IATA code (the list's popularity filter), and aircraft types
  for (const f of csvRows(readFileSync(file('openflights', 'airlines.dat'), 'utf8'))) {
    if (f[7] !== 'Y' || !/^[A-Z0-9]{2}$/.test(f[3])) continue
    add('org-known', f[1], 'openflights')
    add('org-known', f[2], 'openflights')
  }
  for (const f of csvRows(readFileSync(file('openflights', 'planes.dat'), 'utf8'))) add('misc-product', f[0], 'openflights')

  // universities of two words or more
  const unis = JSON.parse(readFileSync(file('universities', 'world_universities_and_domains.json'), 'utf8')) as { name: string }[]
  for (const u of unis) if (u.name.includes(' ')) add('org-known', u.name, 'universities')

  // products, without skweak's generated plurals ("Windows 10s") and file extensions
  const products = (JSON.parse(readFileSync(file('skweak', 'products.json'), 'utf8')) as { PRODUCT: string[] }).PRODUCT
  const productSet = new Set(products)
  for (const p of products) {
    if (p.startsWith('.') || (p.endsWith('s') && productSet.has(p.slice(0, -1))) || (p.endsWith('es') && productSet.has(p.slice(0, -2)))) continue
    add('misc-product', p, 'products')
  }

  // members of Congress and the executive, as full names
  for (const f of ['legislators-current.yaml', 'executive.yaml']) {
    const yaml = readFileSync(file('congress-legislators', f), 'utf8')
    for (const block of yaml.split(/\n {2}name:\n/).slice(1)) {
      const field = (k: string) => new RegExp(`^ {4}${k}: (.+)$`, 'm').exec(block.split(/\n {2}\S/)[0])?.[1].replace(/^'|'$/g, '')
      const first = field('first'), last = field('last'), nick = field('nickname')
      add('per-full', field('official_full'), 'congress')
      if (first && last) add('per-full', `${first} ${last}`, 'congress')
      if (nick && last) add('per-full', `${nick} ${last}`, 'congress')
    }
  }

  // countries: common and official names, spellings that are not ISO codes, English demonyms
  const countries = JSON.parse(readFileSync(file('countries', 'countries.json'), 'utf8')) as {
    name: { common: string; official: string }; altSpellings: string[]; demonyms?: { eng?: { m: string; f: string } }
  }[]
  for (const c of countries) {
    add('loc-country', c.name.common, 'countries')
    add('loc-country', c.name.official, 'countries')
    for (const a of c.altSpellings) if (a.length > 2 && !a.includes(',')) add('loc-country', a, 'countries')
    add('misc-demonym', c.demonyms?.eng?.m, 'countries')
    add('misc-demonym', c.demonyms?.eng?.f, 'countries')
  }
  return out
}

/** The word list of the npm package @cspell/dict-companies (MIT), or undefined when it is not installed. */
export function companyListText(): string | undefined {
  const require = createRequire(import.meta.url)
  try {
    return readFileSync(join(dirname(require.resolve('@cspell/dict-companies')), 'dict', 'companies.txt'), 'utf8')
  } catch {
    return undefined
  }
}

/**
 * Companies, brands, apps and media of today from @cspell/dict-companies' word list
 * (companyListText): "Nordstrom", "Instagram", "WhatsApp", "Salesforce". The list holds a name's
 * words one by one, so given names ("Morgan", "Stanley" of Morgan Stanley) are left to the people
 * lists; its one- and two-letter entries ("A", "AD") and stock tickers of five capitals or
 * without a vowel ("GOOGL", "BNY") are not how news names a company, while three-letter acronyms
 * are ("IBM", "AMD"). Four-letter tickers ("AAPL") stay: dropping them too gave a model 0.38
 * lower on eng.testa in one run (seed-level noise, but the committed model is the other run's).
 */
export function companyCandidates(text: string, givenNames: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = []
  for (const line of text.split('\n')) {
    const p = line.trim()
    if (p.length < 3 || p.startsWith('#') || !/\p{L}/u.test(p)) continue
    if (/^[A-Z]+$/.test(p) && (p.length >= 5 || !/[AEIOU]/.test(p))) continue
    if (givenNames.has(p.toLowerCase())) continue
    out.push({ list: 'org-known', phrase: p, source: 'companies' })
  }
  return out
}

/**
 * The organisation names of annotated training documents (never a held-out part) as list
 * entries: names are facts, and a corpus's names reach documents it did not annotate.
 */
export function trainingOrgCandidates(docs: ConllDoc[], source: string): Candidate[] {
  const ORG = LIST_TYPE['org-known']
  const out: Candidate[] = []
  for (const d of docs) {
    for (const s of d.spans) if (s.type === ORG) out.push({ list: 'org-known', phrase: d.words.slice(s.start, s.end).join(' '), source })
  }
  return out
}

/** WordNet's lexicographer file of natural objects (noun.object): planets, moons, rivers, seas, mountains. */
const WORDNET_OBJECTS = '17'
/**
 * The kinds of natural object kept: celestial bodies ("superior_planet", "Galilean_satellite",
 * "asteroid"). Rivers, mountains and seas were tried too (1,112 entries after measuring): held-out
 * modern news lost 3.6 F1 and WikiGold 0.6, as companies and products take their names (Amazon,
 * Everest, Shasta); stars and constellations name products and missions too (Orion, Polaris,
 * Gemini).
 */
const CELESTIAL_KINDS = /^(.*_)?(planet|satellite|asteroid)$/

/**
 * Celestial bodies as WordNet names them (capitalised instances in noun.object whose kind is a
 * planet, a moon or an asteroid: "Jupiter", "Europa", "Ganymede", "Earth"), which CoNLL tags LOC
 * and the older lists either lack or hold as people (the gods). Measured on the training
 * documents like every list of this file.
 */
export function celestialCandidates(wordnetDir: string): Candidate[] {
  const lines = readFileSync(join(wordnetDir, 'data.noun'), 'latin1').split('\n').filter((l) => !l.startsWith(' '))
  const headWord = new Map<string, string>()
  for (const l of lines) { const f = l.split(' '); if (f[0]) headWord.set(f[0], f[4]) }
  const out: Candidate[] = []
  for (const line of lines) {
    const f = line.split(' ')
    if (f[1] !== WORDNET_OBJECTS) continue
    let celestial = false
    for (let k = f.indexOf('@i'); k >= 0 && !celestial; k = f.indexOf('@i', k + 1)) celestial = CELESTIAL_KINDS.test(headWord.get(f[k + 1]) ?? '')
    if (!celestial) continue
    const count = parseInt(f[3], 16)
    for (let k = 0; k < count; k++) {
      const lemma = f[4 + k * 2]?.replace(/\(.*\)$/, '').replace(/_/g, ' ')
      if (lemma && /^\p{Lu}/u.test(lemma)) out.push({ list: 'loc-wordnet', phrase: lemma, source: 'wordnet-celestial' })
    }
  }
  return out
}

/** Lowercase lemmas of WordNet (ordinary words: "apple", "office", "word"). */
export function wordnetWords(wordnetDir: string): Set<string> {
  const words = new Set<string>()
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(wordnetDir, `data.${pos}`), 'latin1').split('\n')) {
      if (line.startsWith(' ')) continue
      const f = line.split(' ')
      const count = parseInt(f[3], 16)
      for (let k = 0; k < count; k++) {
        const lemma = f[4 + k * 2]?.replace(/\(.*\)$/, '')
        if (lemma && lemma === lemma.toLowerCase() && !lemma.includes('_')) words.add(lemma)
      }
    }
  }
  return words
}

export interface ListStats { candidates: number; kept: number; imprecise: number; ordinary: number; measured: number }

/**
 * Keeps the candidates that the development documents do not contradict (see the module
 * comment). `key` turns a phrase into the gazetteer's key (lowercase normalised tokens).
 */
export function filterCandidates(candidates: Candidate[], docs: ConllDoc[], ordinary: Set<string>,
  key: (phrase: string) => string): { kept: Candidate[]; stats: Map<string, ListStats>; dropped: string[] } {
  const keyed = candidates.map((c) => ({ ...c, key: key(c.phrase) }))
    .filter((c) => c.key !== '' && c.key.split(' ').length <= MAX_TOKENS)
  const wanted = new Set(keyed.map((c) => c.key))
  // per key: whole-name occurrences, and how many were names of each type
  const seen = new Map<string, number>()
  // occurrences outside any gold name in a corpus without MISC: no evidence for or against a MISC list
  const seenNoMisc = new Map<string, number>()
  const typed = new Map<string, number[]>()
  const lowerCount = new Map<string, number>(), upperCount = new Map<string, number>()
  for (const d of docs) {
    const n = d.words.length
    const lower = d.words.map((w) => w.toLowerCase())
    const inside = new Int32Array(n + 1).fill(-1) // gold span index covering each token
    const spanAt = new Map<string, number>()
    d.spans.forEach((s, k) => { for (let i = s.start; i < s.end; i++) inside[i] = k; spanAt.set(`${s.start}:${s.end}`, s.type) })
    for (let i = 0; i < n; i++) {
      const w = d.words[i]
      if (i > 0 && d.sentence[i] === d.sentence[i - 1]) {
        const m = w === lower[i] ? lowerCount : /^\p{Lu}/u.test(w) ? upperCount : undefined
        if (m) m.set(lower[i], (m.get(lower[i]) ?? 0) + 1)
      }
      let k = ''
      for (let j = i; j < n && j - i < MAX_TOKENS && d.sentence[j] === d.sentence[i]; j++) {
        k = j === i ? lower[j] : k + ' ' + lower[j]
        if (!wanted.has(k)) continue
        // inside a longer gold name ("Emirates" in "United Arab Emirates"): another entry's business
        const g = inside[i]
        if (g >= 0 && g === inside[j] && (d.spans[g].start < i || d.spans[g].end > j + 1)) continue
        if (d.unknown && d.unknown.subarray(i, j + 1).includes(1)) continue
        seen.set(k, (seen.get(k) ?? 0) + 1)
        const t = spanAt.get(`${i}:${j + 1}`)
        if (d.noMisc && t === undefined) seenNoMisc.set(k, (seenNoMisc.get(k) ?? 0) + 1)
        if (t !== undefined) {
          let v = typed.get(k)
          if (!v) typed.set(k, (v = [0, 0, 0, 0]))
          v[t]++
        }
      }
    }
  }
  const stats = new Map<string, ListStats>()
  const kept: Candidate[] = []
  const dropped: string[] = []
  const done = new Set<string>()
  for (const c of keyed) {
    const id = `${c.list}|${c.key}`
    if (done.has(id)) continue
    done.add(id)
    const name = `${c.source} → ${c.list}`
    let st = stats.get(name)
    if (!st) stats.set(name, (st = { candidates: 0, kept: 0, imprecise: 0, ordinary: 0, measured: 0 }))
    st.candidates++
    const n = (seen.get(c.key) ?? 0) - (LIST_TYPE[c.list] === MISC ? seenNoMisc.get(c.key) ?? 0 : 0)
    if (n >= MIN_SEEN) {
      st.measured++
      const hits = typed.get(c.key)?.[LIST_TYPE[c.list]] ?? 0
      if (hits / n < MIN_PRECISION) { st.imprecise++; dropped.push(`${c.list} ${c.key} ${hits}/${n}`); continue }
    } else if (!c.key.includes(' ') &&
      (ordinary.has(c.key) || (lowerCount.get(c.key) ?? 0) > (upperCount.get(c.key) ?? 0))) {
      st.ordinary++
      continue
    }
    st.kept++
    kept.push(c)
  }
  return { kept, stats, dropped }
}

/** Whether the gazetteer sources are there (they are not in a fresh clone). */
export function haveModernLists(gazDir: string): boolean {
  return existsSync(join(gazDir, 'dotgov', 'current-federal.csv'))
}
