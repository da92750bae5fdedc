// Single-page sites and lazy-loaded text: watches the document (debounced) and the URL, and
// calls back when either may have changed the story. The caller re-detects and re-sends only
// when the story's text or URL really changed (the background also caches by text hash).
/** Quiet time after the last mutation before looking again. */
const DEBOUNCE_MS = 600
/** At most one look this often, however busy the page (ads, tickers, live blogs). */
const MIN_INTERVAL_MS = 2_000

export function watchStory(doc: Document, ignore: (node: Node) => boolean, onChange: (reason: 'url' | 'dom') => void,
  signal: AbortSignal): void {
  let url = doc.location?.href ?? ''
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastRun = 0
  const schedule = (reason: 'url' | 'dom') => {
    clearTimeout(timer)
    const wait = Math.max(DEBOUNCE_MS, lastRun + MIN_INTERVAL_MS - Date.now())
    timer = setTimeout(() => {
      lastRun = Date.now()
      onChange(reason)
    }, reason === 'url' ? DEBOUNCE_MS : wait)
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
