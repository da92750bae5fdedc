// Times the content script from its start to the frame that first paints its highlights, as one
// User Timing measure, FIRST_HIGHLIGHT, that `npm run bench` reads from the page
// (scripts/bench/first-highlight.bench.ts). It does not time anything else.
//
// The measure is visible to the page's scripts, and that is harmless (docs/architecture.md, threat
// model): it is made only on a page whose highlights are already in the shared CSS.highlights
// registry, where the page can see Gloss and poll for the paint itself; what it adds is when the
// content script started, which depends on the browser, not on anything of the reader's. A page
// that is not a story gets no entry, so the timeline tells no page more than the highlights do.

/** The measure's name in the page's performance timeline. */
export const FIRST_HIGHLIGHT = 'gloss:first-highlight'

/** When this script started: module evaluation, the first thing the content script does. */
const startedAt = performance.now()
let measured = false

/** The highlights were just registered: measure to the frame that paints them, once a page. */
export function highlightsPainted(): void {
  if (measured) return
  measured = true
  requestAnimationFrame(() => {
    try {
      performance.measure(FIRST_HIGHLIGHT, { start: startedAt })
    } catch {
      // a page that replaced `performance` gets no measure; nothing else depends on it
    }
  })
}
