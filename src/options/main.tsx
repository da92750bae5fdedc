// The options page: the notes library first, then highlight kinds and colours, sites where Gloss
// is off, the opt-in online look-up (which asks for the Wikipedia host permission only when turned
// on), and reading memory.
import { render } from 'preact'
import { SettingsView } from './settings-view.tsx'
import { MemoryView } from './memory-view.tsx'
import { LibraryView } from './library-view.tsx'
// The notice is the popup's: one wording, one place (src/ui/storage-full.ts).
import { StorageFullNotice } from '../popup/storage-full-notice.tsx'

function Options() {
  return (
    <main>
      <h1>Gloss</h1>
      <StorageFullNotice />
      <LibraryView />
      <SettingsView />
      <MemoryView />
    </main>
  )
}

render(<Options />, document.getElementById('app')!)
