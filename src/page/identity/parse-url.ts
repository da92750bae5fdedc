// Parses a URL a page stated (canonical link, og:url, the document's address) without throwing.
// It does not decide whether the URL is trustworthy: story-key.ts does.

export type ParsedUrl = { ok: true; url: URL } | { ok: false; reason: string }

// Longer than this is not a story address but a data blob or an attack on our storage.
const MAX_URL_LENGTH = 4096

/** `new URL` that returns a reason instead of throwing; only http and https pass. */
export function parseHttpUrl(raw: string | null | undefined, base?: URL): ParsedUrl {
  if (raw === null || raw === undefined) return { ok: false, reason: 'missing' }
  if (typeof raw !== 'string') return { ok: false, reason: 'not a string' }
  const text = raw.trim()
  if (text === '') return { ok: false, reason: 'empty' }
  if (text.length > MAX_URL_LENGTH) return { ok: false, reason: 'too long' }
  let url: URL
  try {
    url = base ? new URL(text, base) : new URL(text)
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `unsupported scheme ${url.protocol}` }
  }
  if (url.hostname === '' || !url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, reason: 'no host' }
  }
  if (url.username !== '' || url.password !== '') {
    // Credentials in a canonical link are a trick to make a URL look like another host's.
    return { ok: false, reason: 'credentials in URL' }
  }
  return { ok: true, url }
}
