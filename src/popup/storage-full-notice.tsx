// The notice that storage was found full, asked of the background once the page has painted.
// Shared by the popup and the options page; the wording is src/ui/storage-full.ts.
import { useEffect, useState } from 'preact/hooks'
import type { StorageFull } from '../messages.ts'
import { send } from '../platform/send.ts'
import { storageFullMessage } from '../ui/storage-full.ts'

/** `onAnswer`: told when the background has answered (tests wait for it). */
export function StorageFullNotice({ onAnswer }: { onAnswer?: () => void }) {
  const [mark, setMark] = useState<StorageFull | null>(null)
  useEffect(() => {
    void send({ type: 'app/storage-full' }).then((r) => { if (r.ok) setMark(r.value); onAnswer?.() })
  }, [])
  return mark ? <p class="storage-full" role="alert" data-storage-full>{storageFullMessage(mark)}</p> : null
}
