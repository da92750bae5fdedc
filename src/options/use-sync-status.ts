// How sync stands, for the options page: asked of the background on load and again whenever the
// sync area or this machine's sync record changes (a write here or from another machine).
import { useEffect, useState } from 'preact/hooks'
import { browser } from '../platform/browser.ts'
import { send } from '../platform/send.ts'
import type { SyncStatus } from '../notes/sync/sync-engine.ts'
import { META_KEY } from '../notes/sync/sync-meta.ts'

/** Changes come in bursts (a write is a header and its items): ask once they settle. */
const ASK_AFTER_MS = 300

export function useSyncStatus(): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null)
  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const ask = () => void send({ type: 'app/sync-status' }).then((r) => { if (live) setStatus(r.ok ? r.value : null) })
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'sync' && !(area === 'local' && META_KEY in changes)) return
      clearTimeout(timer)
      timer = setTimeout(ask, ASK_AFTER_MS)
    }
    ask()
    browser.storage.onChanged.addListener(onChanged)
    return () => { live = false; clearTimeout(timer); browser.storage.onChanged.removeListener(onChanged) }
  }, [])
  return status
}
