// Drives the read rule (src/memory/read-rule.ts) from page visibility: a story counts as read
// once analysed and visible for ten seconds in all, and then `onRead` runs once. A tab opened
// in the background and never looked at is never read.
import { initialReadState, msUntilRead, readStep, type ReadEvent } from '../memory/read-rule.ts'

export interface ReadTracker {
  analysed(): void
}

export function trackReading(doc: Document, onRead: () => void, signal: AbortSignal): ReadTracker {
  let state = initialReadState()
  let timer: ReturnType<typeof setTimeout> | undefined
  const step = (event: ReadEvent) => {
    const r = readStep(state, event)
    state = r.state
    clearTimeout(timer)
    if (r.becameRead) { onRead(); return }
    const wait = msUntilRead(state, Date.now())
    if (wait !== null) timer = setTimeout(() => step({ type: 'tick', at: Date.now() }), wait + 50)
  }
  if (doc.visibilityState === 'visible') step({ type: 'visible', at: Date.now() })
  doc.addEventListener('visibilitychange', () =>
    step({ type: doc.visibilityState === 'visible' ? 'visible' : 'hidden', at: Date.now() }), { signal })
  doc.defaultView?.addEventListener('pagehide', () => step({ type: 'hidden', at: Date.now() }), { signal })
  signal.addEventListener('abort', () => clearTimeout(timer))
  return { analysed: () => step({ type: 'analysed', at: Date.now() }) }
}
