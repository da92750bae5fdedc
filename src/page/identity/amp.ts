// AMP renderings back to the story's own address: the Google AMP cache and viewer, and the AMP
// path shapes publishers use. The AMP query parameters are in tracking-params.ts.

/** The publisher URL inside an AMP cache or viewer URL, or null when it is not one. */
export function unwrapAmpCache(url: URL): string | null {
  const host = url.hostname.toLowerCase()
  // https://www-nytimes-com.cdn.ampproject.org/c/s/www.nytimes.com/2024/…/x.amp.html
  // /c/ content, /v/ viewer, /i/ image, /r/ resource; an optional /s/ means the origin is https.
  if (host.endsWith('.cdn.ampproject.org') || host === 'cdn.ampproject.org') {
    const m = /^\/[cvir]\/(s\/)?(.+)$/.exec(url.pathname)
    return m ? (m[1] ? 'https://' : 'http://') + m[2] + url.search : null
  }
  // https://www.google.com/amp/s/www.bbc.co.uk/news/amp/world-123 (also google.co.uk etc.)
  // and Bing's https://www.bing.com/amp/s/…
  if (/^(?:www\.)?(?:google\.[a-z.]+|bing\.com)$/.test(host)) {
    const m = /^\/amp\/(s\/)?(.+)$/.exec(url.pathname)
    return m ? (m[1] ? 'https://' : 'http://') + m[2] + url.search : null
  }
  return null
}

/** A path without its AMP markers: /amp/ segments (anywhere: /amp/world/x, /news/amp/x,
 *  /x/amp), .amp.html → .html, a trailing .amp (BBC) and -amp.html. */
export function stripAmpPath(path: string): string {
  const segments = path.split('/')
  const kept = segments.filter((s, i) => i === 0 || s.toLowerCase() !== 'amp')
  let out = kept.join('/')
  if (out === '') out = '/'
  return out
    .replace(/\.amp\.(html?|shtml|php)$/i, '.$1')
    .replace(/[-_]amp\.(html?|shtml)$/i, '.$1')
    .replace(/\.amp$/i, '')
}
