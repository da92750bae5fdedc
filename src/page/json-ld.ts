// Reads the JSON-LD blocks of a page into plain objects, tolerating what real pages ship: @graph,
// arrays, HTML comments and CDATA around the JSON, trailing commas, raw newlines in strings, and
// hostile input (huge, deeply nested or cyclic-looking data is cut off, never followed forever).

/** JSON-LD text longer than this is not read (a page's metadata is a few KB; more is abuse). */
const MAX_JSON_CHARS = 500_000
/** At most this many objects are visited across all blocks of a page. */
const MAX_OBJECTS = 5_000
/** Objects nested deeper than this are not visited. */
const MAX_DEPTH = 12

export type LdObject = Record<string, unknown>

function parseLenient(raw: string): unknown {
  let text = raw.trim()
  if (text.length === 0 || text.length > MAX_JSON_CHARS) return null
  text = text.replace(/^\s*(?:<!--|<!\[CDATA\[)/, '').replace(/(?:-->|\]\]>)\s*$/, '').trim()
  try {
    return JSON.parse(text)
  } catch {
    // Common breakage: trailing commas, raw control characters inside strings, two objects
    // written one after the other.
    const repaired = text
      .replace(/,\s*([}\]])/g, '$1')
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/}\s*{/g, '},{')
    try {
      return JSON.parse(repaired)
    } catch {
      try {
        return JSON.parse(`[${repaired}]`)
      } catch {
        return null
      }
    }
  }
}

/** Every object with an @type in the page's JSON-LD, in document order, flattened. */
export function readJsonLd(doc: Document): LdObject[] {
  let scripts: ArrayLike<Element>
  try {
    scripts = doc.querySelectorAll('script[type="application/ld+json" i], script[type="application/ld+json"]')
  } catch {
    scripts = doc.querySelectorAll('script[type="application/ld+json"]')
  }
  return readJsonLdScripts(scripts)
}

/** The same, from the page's `<script type="application/ld+json">` elements (page-parts.ts). */
export function readJsonLdScripts(scripts: ArrayLike<Element>): LdObject[] {
  const out: LdObject[] = []
  let visited = 0
  const seen = new Set<unknown>()
  for (let s = 0; s < scripts.length; s++) {
    const data = parseLenient(scripts[s].textContent ?? '')
    if (data === null || typeof data !== 'object') continue
    // Iterative walk: a stack of (value, depth).
    const stack: Array<[unknown, number]> = [[data, 0]]
    const found: LdObject[] = []
    while (stack.length > 0 && visited < MAX_OBJECTS) {
      const [value, depth] = stack.pop()!
      if (value === null || typeof value !== 'object' || seen.has(value) || depth > MAX_DEPTH) continue
      seen.add(value)
      visited++
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1])
        continue
      }
      const obj = value as LdObject
      if (obj['@type'] !== undefined) found.push(obj)
      // A page's story may sit in @graph or as the mainEntity of a WebPage.
      for (const key of ['@graph', 'mainEntity', 'itemListElement']) {
        const inner = obj[key]
        if (inner && typeof inner === 'object') stack.push([inner, depth + 1])
      }
    }
    out.push(...found)
  }
  return out
}

/** The @type values of an object, as a list of strings. */
export function typesOf(obj: LdObject): string[] {
  const t = obj['@type']
  if (typeof t === 'string') return [t]
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string')
  return []
}

/** Schema.org types of a story: Article and its kin. */
const STORY_TYPE = /^(?:schema:)?(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|DiscussionForumPosting|Review)$/i

export function isStoryType(obj: LdObject): boolean {
  return typesOf(obj).some((t) => STORY_TYPE.test(t))
}

/** A string from a JSON-LD value: the value itself, or its name, or its @value. */
export function ldString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = ldString(v)
      if (s) return s
    }
    return null
  }
  if (value && typeof value === 'object') {
    const o = value as LdObject
    return ldString(o['@value']) ?? ldString(o.name) ?? null
  }
  return null
}

/** The page's JSON-LD objects by their @id, for values that only point at one ({"@id": "…#/schema/person/…"}). */
export function indexById(objects: LdObject[]): Map<string, LdObject> {
  const out = new Map<string, LdObject>()
  for (const o of objects) {
    const id = o['@id']
    if (typeof id === 'string' && !out.has(id)) out.set(id, o)
  }
  return out
}

/** The names of a JSON-LD author value, people and organisations apart. */
export interface LdAuthors {
  people: string[]
  organisations: string[]
}

/** Types whose author is a body, not a person: a byline only when no person is named. */
const ORGANISATION_TYPE = /Organization|Corporation|WebSite|Brand/i

/**
 * Names of a JSON-LD author value: a string, a Person, an Organization, a reference by @id to one
 * of them elsewhere on the page (Yoast writes every author so), or a list of these.
 */
export function ldAuthors(value: unknown, byId: Map<string, LdObject>): LdAuthors {
  const out: LdAuthors = { people: [], organisations: [] }
  const list = Array.isArray(value) ? value : [value]
  for (const v of list.slice(0, 20)) {
    if (typeof v === 'string') out.people.push(v)
    else if (v && typeof v === 'object') {
      let o = v as LdObject
      const id = o['@id']
      if (ldString(o.name) === null && typeof id === 'string') o = byId.get(id) ?? o
      const name = ldString(o.name)
      if (!name) continue
      if (typesOf(o).some((t) => ORGANISATION_TYPE.test(t))) out.organisations.push(name)
      else out.people.push(name)
    }
  }
  return out
}
