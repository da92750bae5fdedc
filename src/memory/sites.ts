// Sites as the reading memory spells them, so that an excluded or forgotten site matches the
// story keys it should. Host spelling is shared with story keys (a pure string module of the
// page layer).
import { normaliseHost } from '../page/identity/hosts.ts'

/** "nytimes.com" from a host, an address or a story key, spelled as story keys spell hosts
 *  (no scheme, port, path, www/m/amp label; bbc.co.uk is bbc.com). */
export function normaliseSite(input: string): string {
  const s = input.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
  return normaliseHost(s.split(/[/?#@]/)[0].replace(/:\d+$/, ''))
}

export const hostOfKey = (key: string) => key.split('/')[0].replace(/:\d+$/, '')
export const siteMatches = (host: string, site: string) => site !== '' && (host === site || host.endsWith('.' + site))
