// Single-page sites and lazy-loaded text: watches the document (debounced) and the URL, and
// calls back when either may have changed the story. The caller re-detects and re-sends only
// when the story's text or URL really changed (the background also caches by text hash).
/** Quiet time after the last mutation before looking again. */
const DEBOUNCE_MS = 600
/** At most one look this often, however busy the page (ads, tickers, live blogs). */
const MIN_INTERVAL_MS = 2_000
/**
 * Longest wait from the first change not yet looked at to the look, however busy the page: a
 * ticker changing every 10 ms would otherwise push the quiet time back forever (issue 14).
 */
export const MAX_WAIT_MS = 3_000

export function watchStory(doc: Document, ignore: (node: Node) => boolean, onChange: (reason: 'url' | 'dom') => void,
  signal: AbortSignal): void {
  let url = doc.location?.href ?? ''
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastRun = 0
  /** When the first change since the last look came, and why a look is due (a URL change wins). */
  let pending: { since: number; reason: 'url' | 'dom' } | null = null
  const schedule = (reason: 'url' | 'dom') => {
    clearTimeout(timer)
    const now = Date.now()
    pending = { since: pending?.since ?? now, reason: pending?.reason === 'url' ? 'url' : reason }
    const quiet = pending.reason === 'url' ? DEBOUNCE_MS : Math.max(DEBOUNCE_MS, lastRun + MIN_INTERVAL_MS - now)
    timer = setTimeout(() => {
      const due = pending!.reason
      pending = null
      lastRun = Date.now()
      onChange(due)
    }, Math.max(0, Math.min(quiet, pending.since + MAX_WAIT_MS - now)))
  }
  const observer = new MutationObserver((records) => {
    const href = doc.location?.href ?? ''
    if (href !== url) { url = href; schedule('url'); return }
    const relevant = (r: MutationRecord) => !ignore(r.target) &&
      (r.type === 'characterData' || [...r.addedNodes, ...r.removedNodes].some((n) => !ignore(n)))
    if (records.some(relevant)) {
      schedule('dom')
    }
  })
  observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true })
  doc.defaultView?.addEventListener('popstate', () => {
    if (doc.location.href !== url) { url = doc.location.href; schedule('url') }
  }, { signal })
  signal.addEventListener('abort', () => { observer.disconnect(); clearTimeout(timer) })
}
