// Which story a tab may claim, judged from the one address the browser vouches for: the tab's own
// URL (the message sender's, never a URL the page states). A page may state any canonical link or
// og:url it likes, and a compromised content script may send any story key; neither may reach the
// notes of a story on another site. Within the tab's own site a stated canonical is believed (as
// story-key.ts does), since the site already serves both addresses.
import { registrableDomain } from './hosts.ts'
import { parseHttpUrl } from './parse-url.ts'

/** The registrable domain of an http(s) URL, or null when it is not one. */
export function siteOfUrl(url: string | null | undefined): string | null {
  const parsed = parseHttpUrl(url)
  return parsed.ok ? registrableDomain(parsed.url.hostname) : null
}

/** Whether `url` is on the same site as the tab's own URL. */
export function onTabSite(url: string | null | undefined, tabUrl: string): boolean {
  const site = siteOfUrl(url)
  return site !== null && site === siteOfUrl(tabUrl)
}

/** The story's address for notes: the URL the page states when it is on the tab's site, else the tab's own. */
export function provenSource(statedUrl: string | null | undefined, tabUrl: string): string {
  return statedUrl && onTabSite(statedUrl, tabUrl) ? statedUrl : tabUrl
}

/** A story key ("host/path?query") the content script sent, kept only when its host is on the tab's site. */
export function provenKey(key: string | null | undefined, tabUrl: string): string | null {
  if (!key) return null
  const host = key.split('/', 1)[0]
  return onTabSite(`https://${host}/`, tabUrl) ? key : null
}
