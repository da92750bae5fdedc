// The opt-in online look-up: a Wikipedia summary for a person or organisation on a card. Off by
// default; it runs only when the reader turned it on in the options page and granted the one
// host permission, sends only the name, and caches what it gets so each name is asked once.
import * as v from 'valibot'
import { browser } from '../platform/browser.ts'
import { loadSettings } from './settings-store.ts'
import { WIKI_ORIGINS } from '../settings.ts'
import type { WikiResult } from '../protocol/messages.ts'
const API = 'https://en.wikipedia.org/api/rest_v1/page/summary/'
/** A cached summary is fresh this long. */
const CACHE_TTL_MS = 7 * 24 * 3600 * 1000
const TIMEOUT_MS = 6_000
const MAX_EXTRACT = 1_200
const cacheKey = (name: string) => `wiki/v1/${name.toLowerCase()}`


const Summary = v.object({
  type: v.optional(v.string()),
  title: v.string(),
  extract: v.optional(v.string()),
  content_urls: v.optional(v.object({ desktop: v.optional(v.object({ page: v.string() })) })),
})

export async function wikiSummary(name: string, fetchFn: typeof fetch = fetch): Promise<WikiResult> {
  if (!(await loadSettings()).onlineLookup) return { status: 'off', reason: 'the online look-up is off' }
  if (!(await browser.permissions.contains({ origins: WIKI_ORIGINS }))) return { status: 'off', reason: 'no permission for wikipedia.org' }
  const key = cacheKey(name)
  const cached = (await browser.storage.local.get(key))[key] as { at: number; result: WikiResult } | undefined
  if (cached && typeof cached.at === 'number' && Date.now() - cached.at < CACHE_TTL_MS) return cached.result
  const response = await fetchFn(API + encodeURIComponent(name.trim().replace(/ /g, '_')), {
    credentials: 'omit', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: { accept: 'application/json' },
  })
  let result: WikiResult = { status: 'none' }
  if (response.ok) {
    const parsed = v.safeParse(Summary, await response.json())
    const page = parsed.success ? parsed.output : null
    const url = page?.content_urls?.desktop?.page ?? ''
    if (page && page.type !== 'disambiguation' && page.extract && /^https:\/\/[a-z-]+\.wikipedia\.org\//.test(url)) {
      result = { status: 'found', summary: { title: page.title, extract: page.extract.slice(0, MAX_EXTRACT), url } }
    }
  } else if (response.status !== 404) {
    throw new Error(`Wikipedia answered ${response.status}`)
  }
  await browser.storage.local.set({ [key]: { at: Date.now(), result } })
  return result
}
