// One spelling for a story's address: the key's host, path and query. It does not choose among
// the page's URLs (story-key.ts does) and does not fetch anything.
import { stripAmpPath, unwrapAmpCache } from './amp.ts'
import { normaliseHost, registrableDomain } from './hosts.ts'
import { parseHttpUrl } from './parse-url.ts'
import { isNoiseParam } from './tracking-params.ts'

export interface NormalUrl {
  /** Host without www/m/amp labels, lowercase, port kept only when not 80 or 443. */
  host: string
  /** The registrable domain, for same-site checks. */
  site: string
  /** Path without AMP markers, index files, a trailing slash or repeated slashes. */
  path: string
  /** Query without noise parameters, sorted by name; '' when none is left. */
  query: string
  /** host + path + (?query): the story key this URL gives. */
  key: string
  /** The URL to open: its own scheme and host (www kept, AMP cache unwrapped), normal path and
   *  query, so it still resolves on sites whose bare domain does not. */
  href: string
}

// Directory index files: /2024/01/x/index.html is /2024/01/x (CNN's article URLs end so).
const INDEX_FILE = /\/(?:index|default)\.(?:html?|shtml|php|aspx?|jsp)$/i
// Unreserved characters may be percent-encoded or not (RFC 3986 §6.2.2.2): decode them.
const ENCODED_UNRESERVED = /%(2[dDeE]|3\d|[46][1-9a-fA-F]|[57][0-9aA]|5[fF]|7[eE])/g
// Nested AMP cache wrappers are unwrapped at most this many times.
const MAX_UNWRAP = 3

/** The publisher's own URL when `url` is an AMP cache or viewer address, else `url`. */
export function unwrapAmp(url: URL): URL {
  let current = url
  for (let i = 0; i < MAX_UNWRAP; i++) {
    const inner = unwrapAmpCache(current)
    if (inner === null) return current
    const parsed = parseHttpUrl(inner)
    if (!parsed.ok) return current
    current = parsed.url
  }
  return current
}

function normalisePath(pathname: string): string {
  let path = pathname.replace(/\/{2,}/g, '/')
  path = path.replace(ENCODED_UNRESERVED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  path = path.replace(/%[0-9a-f]{2}/g, (m) => m.toUpperCase())
  path = stripAmpPath(path)
  path = path.replace(INDEX_FILE, '/')
  if (path.length > 1) path = path.replace(/\/+$/, '')
  return path === '' ? '/' : path
}

function normaliseQuery(search: string, site: string): string {
  const params = new URLSearchParams(search)
  const kept: [string, string][] = []
  for (const [name, value] of params) {
    if (name !== '' && !isNoiseParam(name, value, site)) kept.push([name, value])
  }
  // Stable sort by name keeps repeated parameters (?tag=a&tag=b) in their order.
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return new URLSearchParams(kept).toString()
}

/** Normalises an http(s) URL for story identity. The scheme is dropped: http and https of one
 *  address are one story. Hash-bang fragments (#!/story/1) are kept: they route content. */
export function normaliseUrl(input: URL): NormalUrl {
  const url = unwrapAmp(input)
  const port = url.port === '' || url.port === '80' || url.port === '443' ? '' : ':' + url.port
  const host = normaliseHost(url.hostname) + port
  const site = registrableDomain(url.hostname)
  let path = normalisePath(url.pathname)
  if (url.hash.startsWith('#!')) path += url.hash
  const query = normaliseQuery(url.search, site)
  const tail = path + (query === '' ? '' : '?' + query)
  return { host, site, path, query, key: host + tail, href: `${url.protocol}//${url.host.toLowerCase()}${tail}` }
}
