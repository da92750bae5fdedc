// The story's metadata: title, byline, published and modified time, site, canonical URL, language.
// Sources in the order that proved most accurate on real pages (docs/story.md): JSON-LD of the
// story, then OpenGraph and other meta tags, then microdata, <time>, and the visible page.
import type { StoryMeta } from './types.ts'
import { indexById, isStoryType, ldAuthors, ldString, typesOf, type LdObject } from './json-ld.ts'
import { toIso } from './iso-date.ts'
import { parseByline } from './byline.ts'
import type { Visible } from './read-visible.ts'
import type { PageParts } from './page-parts.ts'

/** Meta tags read, by lower-cased name or property. */
type Metas = Map<string, string>

function readMetas(metas: Element[]): Metas {
  const out: Metas = new Map()
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]
    // itemprop metas are microdata of some item on the page, read with their scope (read-visible.ts).
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('http-equiv')
    const content = m.getAttribute('content')
    if (!key || content === null) continue
    const k = key.trim().toLowerCase()
    if (!out.has(k) && content.trim()) out.set(k, content.trim())
  }
  return out
}

const first = (metas: Metas, keys: string[]): string | null => {
  for (const k of keys) {
    const v = metas.get(k)
    if (v) return v
  }
  return null
}

const PUBLISHED_META = ['article:published_time', 'og:article:published_time', 'datepublished', 'published_time',
  'article.published', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued',
  'dcterms.created', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'ptime', 'dat', 'displaydate',
  'og:published_time', 'article:published', 'datecreated', 'citation_publication_date']
/** Other meta names for the publication day ("published", "w-published-date"); not "publisher". */
const PUBLISHED_KEY = /(?:^|[-_.:])publish(?:ed)?(?:[-_.]?(?:date|time|at|on))?$/

/**
 * A publication day from weaker sources, for a story that nothing else dates: another meta name
 * with "published" in it, or the page's WebPage object (WordPress with Yoast writes one on every
 * page, shops and catalogues too, so it does not count as the page dating itself in
 * classify-page.ts: on WCXB it would have kept a few catalogue pages from being left quiet).
 */
export function weakPublished(parts: PageParts, objects: LdObject[]): string | null {
  for (const [k, v] of readMetas(parts.metas)) {
    const day = PUBLISHED_KEY.test(k) ? toIso(v) : null
    if (day) return day
  }
  const page = objects.find((o) => o.datePublished !== undefined && typesOf(o).some((t) => /WebPage/i.test(t)))
  return toIso(ldString(page?.datePublished))
}

const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'modified_time', 'utime',
  'dcterms.modified', 'last-modified', 'article:modified', 'lastmod']
/** A login rather than a name: one word in lower case, or with a dot or an underscore ("q_admin"). */
const LOGIN_NAME = /^(?:[^\s\p{Lu}]+|\S*[._]\S*)$/u
const AUTHOR_META = ['author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator', 'dcterms.creator', 'cxenseparse:author', 'twitter:creator:name']

/** The JSON-LD object that describes the story: an Article kind, else a WebPage with a headline. */
function storyObject(objects: LdObject[]): LdObject | null {
  return objects.find(isStoryType) ?? objects.find((o) => typesOf(o).some((t) => /WebPage/i.test(t)) && ldString(o.headline)) ?? null
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null
  try {
    const u = new URL(href.trim(), base ?? undefined)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

function normLang(lang: string | null | undefined): string | null {
  if (!lang) return null
  const s = lang.trim().replace(/_/g, '-')
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(s) ? s : null
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Character references left in a metadata title by a page that escaped it twice ("&amp;", "&#x27;"). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos|nbsp);/gi, (all, ref: string) => {
    const r = ref.toLowerCase()
    if (r[0] !== '#') return NAMED_ENTITIES[r] ?? all
    const code = r[1] === 'x' ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all
  })
}

/** The title a reader sees: the headline on the page when it matches a metadata title, else the
 * page's one visible `h1`, else the first metadata title. */
function chooseTitle(ld: LdObject | null, metas: Metas, titleEl: Element | null, visible: Visible, site: string | null): string | null {
  const title = chooseTitleText(ld, metas, titleEl, visible, site)
  return title === null ? null : decodeEntities(title)
}

function chooseTitleText(ld: LdObject | null, metas: Metas, titleEl: Element | null, visible: Visible, site: string | null): string | null {
  const candidates = [ldString(ld?.headline), first(metas, ['og:title', 'twitter:title', 'dc.title', 'title', 'headline']),
    ldString(ld?.name), titleEl?.textContent?.trim() || null].filter((x): x is string => !!x)
  const norm = (s: string) => s.toLowerCase().replace(/[\s"'“”‘’«»]+/g, ' ').trim()
  for (const h of visible.headlines) {
    const n = norm(h)
    // The heading is the metadata title, or most of it ("Headline | Site" holds "Headline").
    if (n.length >= 3 && candidates.some((c) => {
      const m = norm(c)
      return (m.includes(n) && n.length * 2 >= m.length) || (n.includes(m) && m.length >= 10)
    })) return h
  }
  // A page's one visible h1 is its headline, even when the metadata titles say it otherwise (an
  // SEO title, a year changed since): unless it is the site's name.
  // Not when it shares no word with any metadata title: then it is a menu button, a promotion box
  // or the site's name in an h1 ("Open Menu Close Menu"), and the metadata knows the headline.
  if (visible.h1 !== null && (!site || norm(visible.h1) !== norm(site)) &&
    (candidates.length === 0 || candidates.some((c) => sharesWord(visible.h1!, c)))) return visible.h1
  const meta = candidates[0]
  return meta ? stripSite(meta, site) : null
}

/** Words of four letters or more, lower-cased: what two titles of one story share. */
const TITLE_WORD = /[\p{L}\p{N}]{4,}/gu

function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().match(TITLE_WORD) ?? [])
  return (b.toLowerCase().match(TITLE_WORD) ?? []).some((w) => words.has(w))
}

const TITLE_SEPARATOR = /\s+[|–—·•»:-]\s+/

/** "Headline | Site", "Headline - Site - Section": the headline. */
function stripSite(title: string, site: string | null): string {
  const parts = title.split(TITLE_SEPARATOR)
  if (parts.length < 2) return title.trim()
  const siteNorm = site?.toLowerCase().replace(/\W+/g, '')
  const kept = parts.filter((p) => !siteNorm || p.toLowerCase().replace(/\W+/g, '') !== siteNorm)
  // Keep the longest part when nothing named the site: the headline is the long one.
  const pick = kept.length > 0 ? kept : parts
  return pick.reduce((a, b) => (b.length > a.length ? b : a)).trim()
}

export interface MetadataOptions {
  url?: string
}

/** The metadata from the page's parts (page-parts.ts), its JSON-LD objects and what it shows. */
export function readMetadata(doc: Document, parts: PageParts, objects: LdObject[], vis: Visible, opts: MetadataOptions = {}): StoryMeta {
  const metas = readMetas(parts.metas)
  const ld = storyObject(objects)
  const publisher = ld ? ldString((ld.publisher as LdObject | undefined)?.name ?? ld.publisher) : null
  const site = first(metas, ['og:site_name', 'application-name', 'apple-mobile-web-app-title']) ?? publisher
  const docUrl = doc.URL && /^https?:/.test(doc.URL) ? doc.URL : null
  const base = opts.url ?? docUrl
  const canonical = parts.canonical?.getAttribute('href') ?? null
  const url = absoluteUrl(canonical, base) ?? absoluteUrl(first(metas, ['og:url', 'twitter:url']), base) ??
    absoluteUrl(ldString(ld?.url) ?? ldString((ld?.mainEntityOfPage as LdObject | undefined)?.['@id'] ?? ld?.mainEntityOfPage), base) ??
    absoluteUrl(base, null)

  // Bylines in order of trust: JSON-LD people, the author metas in turn, the visible bylines in
  // page order, then organisations named as author in JSON-LD. The first that names someone other
  // than the outlet wins. The outlet's own name ("ServiceTitan" on its blog, "Rick Steves" on his
  // site) and a login name stated in metadata ("andrew.keaveney") are kept only when nobody else
  // is named, since then they are the byline a reader sees.
  const key = (s: string) => s.toLowerCase().replace(/\.[a-z]{2,3}(?:\.[a-z]{2})?$/, '').replace(/[^\p{L}\p{N}]/gu, '')
  const siteKeys = [site, publisher].filter((x): x is string => !!x).map(key)
  const ldBy = ld ? ldAuthors(ld.author ?? ld.creator, indexById(objects)) : { people: [], organisations: [] }
  const stated = (raw: string | undefined) => parseByline(raw === undefined ? raw : decodeEntities(raw), { stated: true })
  const sources: Array<() => string[]> = [
    () => ldBy.people.flatMap(stated),
    ...AUTHOR_META.map((k) => () => stated(metas.get(k))),
    ...vis.authors.map((candidate) => () => parseByline(candidate)),
    () => ldBy.organisations.flatMap(stated),
  ]
  let byline: string[] = []
  let fallback: string[] = []
  for (const source of sources) {
    const names = source()
    const others = names.filter((n) => !siteKeys.includes(key(n)) && !LOGIN_NAME.test(n))
    if (others.length > 0) {
      byline = others
      break
    }
    if (fallback.length === 0) fallback = names
  }
  byline = [...new Set(byline.length > 0 ? byline : fallback)]

  const published = toIso(ldString(ld?.datePublished)) ?? toIso(first(metas, PUBLISHED_META)) ??
    vis.published ?? toIso(ldString(ld?.dateCreated))
  const modified = toIso(ldString(ld?.dateModified)) ?? toIso(first(metas, MODIFIED_META)) ?? vis.modified

  const lang = normLang(doc.documentElement?.getAttribute('lang')) ?? normLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normLang(first(metas, ['content-language', 'og:locale', 'language', 'dc.language'])) ?? normLang(ldString(ld?.inLanguage))

  return {
    title: chooseTitle(ld, metas, parts.title, vis, site),
    byline,
    published,
    modified,
    site,
    url,
    lang,
  }
}
