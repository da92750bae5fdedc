// Host names for story identity: one spelling for the mobile, www and AMP hosts of a site, and
// the registrable domain ("site") used to decide whether a canonical link stays on its own site.
// A small suffix list, not the Public Suffix List: enough for the news sites we know, and a miss
// only makes a check stricter (a canonical link ignored), never merges two stories.

// Subdomain labels that name a rendering of the same site, not a different site.
// "www1", "www2"… are used by Folha (www1.folha.uol.com.br) and others behind load balancers.
const RENDERING_LABEL = /^(?:www\d*|m|mobile|amp)$/

// Second-level labels under a country code that are sold as public suffixes (example.co.uk).
const SECOND_LEVEL = new Set([
  'co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'nic', 'mil', 'ltd', 'plc',
])

// Whole suffixes that are public although not of the form above.
const PUBLIC_SUFFIXES = new Set([
  'github.io', 'blogspot.com', 'wordpress.com', 'substack.com', 'medium.com', 'tumblr.com',
  'cdn.ampproject.org', 'appspot.com', 'herokuapp.com', 'netlify.app', 'vercel.app',
])

// Hosts that serve the same stories under another name, each mapped to the one we key on.
// Only pairs known to mirror paths one to one belong here: a wrong pair would merge stories.
const HOST_ALIASES: Record<string, string> = {
  'bbc.co.uk': 'bbc.com', // www.bbc.co.uk/news/x and www.bbc.com/news/x are one article
  'guardian.co.uk': 'theguardian.com', // the Guardian's pre-2013 domain, paths kept
  'edition.cnn.com': 'cnn.com', // CNN International edition, same paths
  'us.cnn.com': 'cnn.com',
}

/** Lowercase, no trailing dot, no www/m/mobile/amp labels, known aliases mapped. */
export function normaliseHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/\.$/, '')
  // Strip rendering labels one at a time ("amp.m.example.com"), never down to a public suffix.
  for (;;) {
    const dot = host.indexOf('.')
    if (dot < 0) break
    const first = host.slice(0, dot)
    const rest = host.slice(dot + 1)
    if (!RENDERING_LABEL.test(first) || isPublicSuffix(rest) || !rest.includes('.')) break
    host = rest
  }
  return HOST_ALIASES[host] ?? host
}

/** Whether a host is itself a public suffix (com, co.uk, github.io), so nothing to strip to. */
export function isPublicSuffix(host: string): boolean {
  const labels = host.split('.')
  if (labels.length === 1) return true
  if (PUBLIC_SUFFIXES.has(host)) return true
  return labels.length === 2 && labels[1].length === 2 && SECOND_LEVEL.has(labels[0])
}

/** The registrable domain: "nytimes.com" for www.nytimes.com, "uol.com.br" for
 *  folha.uol.com.br; aliases mapped, so bbc.co.uk and bbc.com are one site. */
export function registrableDomain(hostname: string): string {
  const host = normaliseHost(hostname)
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return host // an IP address
  const labels = host.split('.')
  // The longest public suffix decides: one label more than it is the site.
  for (let i = 1; i < labels.length; i++) {
    if (isPublicSuffix(labels.slice(i).join('.'))) {
      const site = labels.slice(i - 1).join('.')
      return HOST_ALIASES[site] ?? site
    }
  }
  return host
}
