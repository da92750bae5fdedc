// Asks the background for a tab's state, and asks again while the tab is still being analysed.
import { useEffect, useState } from 'preact/hooks'
import { send } from '../platform/send.ts'
import type { GlossError, TabState } from '../protocol/messages.ts'

/** How often to ask again while a tab is analysing or not yet reported. */
const POLL_MS = 250
/** Stop asking about an unreported tab after this long: it is not going to report. */
const UNKNOWN_GIVE_UP_MS = 4_000

/** Without the story text: the cards need only the view (the note list gets the text with the notes). */
const askTabState = (tabId: number) => send({ type: 'app/tab-state', tabId, text: false })

let early: { tabId: number; reply: ReturnType<typeof askTabState> } | null = null

/** Asks for a tab's state at once, before the popup renders anything: the hook's first ask takes
 *  this reply, so the question does not wait for a first render and its effects' frame (issue 18). */
export function askTabStateEarly(tabId: number): void {
  early = { tabId, reply: askTabState(tabId) }
}

export type Loaded = { kind: 'loading' } | { kind: 'state'; state: TabState } | { kind: 'error'; error: GlossError }

export function useTabState(tabId: number | null): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })
  useEffect(() => {
    if (tabId === null) {
      setLoaded({ kind: 'error', error: { code: 'not-found', message: 'There is no tab to describe.' } })
      return
    }
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const started = Date.now()
    const ask = async () => {
      const asked = early?.tabId === tabId ? early.reply : askTabState(tabId)
      early = null
      const reply = await asked
      if (stopped) return
      if (!reply.ok) { setLoaded({ kind: 'error', error: reply.error }); return }
      setLoaded({ kind: 'state', state: reply.value })
      const waiting = reply.value.status === 'analysing' ||
        (reply.value.status === 'unknown' && Date.now() - started < UNKNOWN_GIVE_UP_MS)
      if (waiting) timer = setTimeout(ask, POLL_MS)
    }
    void ask()
    return () => { stopped = true; clearTimeout(timer) }
  }, [tabId])
  return loaded
}
