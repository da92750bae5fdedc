// The options page: the notes library first, then highlight kinds and colours, sites where Gloss
// is off, the opt-in online look-up (which asks for the Wikipedia host permission only when turned
// on), and reading memory.
import { render } from 'preact'
import { SettingsView } from './settings-view.tsx'
import { MemoryView } from './memory-view.tsx'
import { LibraryView } from './library-view.tsx'
// The notice is the popup's too: one wording, one place (src/ui/storage-full-notice.tsx).
import { StorageFullNotice } from '../ui/storage-full-notice.tsx'
import { send } from '../platform/send.ts'

const storageFull = () => send({ type: 'app/storage-full' }).then((r) => (r.ok ? r.value : null))

function Options() {
  return (
    <main>
      <h1>Gloss</h1>
      <StorageFullNotice load={storageFull} />
      <LibraryView />
      <SettingsView />
      <MemoryView />
    </main>
  )
}

render(<Options />, document.getElementById('app')!)
