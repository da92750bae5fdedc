// The notice that storage was found full, asked of the background once the page has painted.
// Shared by the popup and the options page (each passes how to ask: a layer sends no message);
// the wording is storage-full.ts.
import { useEffect, useState } from 'preact/hooks'
import type { StorageFull } from '../memory/answers.ts'
import { storageFullMessage } from './storage-full.ts'

/** `load`: the background's mark (app/storage-full), null when none or unknown. `onAnswer`: told
 *  when it has answered (tests wait for it). */
export function StorageFullNotice({ load, onAnswer }: { load: () => Promise<StorageFull | null>; onAnswer?: () => void }) {
  const [mark, setMark] = useState<StorageFull | null>(null)
  useEffect(() => {
    void load().then((m) => { setMark(m); onAnswer?.() })
  }, [])
  return mark ? <p class="storage-full" role="alert" data-storage-full>{storageFullMessage(mark)}</p> : null
}
