// Facts for place cards, all inside the package (countries-list, MIT): for a country its flag,
// capital, continent and languages; for a capital city, the country it is the capital of. No
// network. Population is not in the package, so cards do not show one.
import { continents, countries, getEmojiFlag, languages } from 'countries-list'

export interface PlaceFacts {
  kind: 'country' | 'capital'
  /** ISO 3166-1 alpha-2 code of the country ("IQ"), shown where no font draws its flag. */
  code: string
  flag: string
  country: string
  capital: string
  continent: string
  languages: string[]
}

type Code = keyof typeof countries
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[.\s]+/g, ' ').trim().toLowerCase()

let byName: Map<string, Code> | null = null
let byCapital: Map<string, Code> | null = null

function index(): void {
  byName = new Map()
  byCapital = new Map()
  for (const code of Object.keys(countries) as Code[]) {
    const c = countries[code] as { name: string; capital: string; alias?: string[] }
    for (const n of [c.name, ...(c.alias ?? [])]) byName.set(fold(n), code)
    if (c.capital) byCapital.set(fold(c.capital), code)
  }
  // Common news forms the package lacks.
  for (const [n, code] of [['u s', 'US'], ['the united states', 'US'], ['britain', 'GB'], ['great britain', 'GB'], ['uk', 'GB'], ['the uk', 'GB'], ['gaza', 'PS'], ['west bank', 'PS']] as const) {
    byName.set(n, code)
  }
}

function factsOf(code: Code, kind: PlaceFacts['kind']): PlaceFacts {
  const c = countries[code]
  return {
    kind,
    code,
    flag: getEmojiFlag(code),
    country: c.name,
    capital: c.capital,
    continent: continents[c.continent as keyof typeof continents],
    languages: c.languages.map((l) => languages[l as keyof typeof languages]?.name ?? l),
  }
}

/** Facts for a place name (canonical name or an alias), or null when the package knows none. */
export function placeFacts(names: string[]): PlaceFacts | null {
  if (!byName) index()
  for (const n of names) {
    const code = byName!.get(fold(n))
    if (code) return factsOf(code, 'country')
  }
  for (const n of names) {
    const code = byCapital!.get(fold(n))
    if (code) return factsOf(code, 'capital')
  }
  return null
}

/** The facts as one line of text ("Iraq · capital Baghdad · Asia · Arabic, Kurdish"), without the flag. */
export function factsLine(f: PlaceFacts): string {
  return f.kind === 'country'
    ? `${f.country} · capital ${f.capital} · ${f.continent} · ${f.languages.slice(0, 3).join(', ')}`
    : `Capital of ${f.country} · ${f.continent}`
}

/**
 * The facts line of each place in these entities that the package knows, by entity id. Built by
 * the background and sent with the analysis, so the content script (loaded on every page) does
 * not carry the country tables for its hover cards.
 */
export function placeFactsById(entities: readonly { id: string; type: string; name: string; aliases: string[] }[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of entities) {
    if (e.type !== 'LOC' || e.id in out) continue
    const f = placeFacts([e.name, ...e.aliases])
    if (f) out[e.id] = factsLine(f)
  }
  return out
}
