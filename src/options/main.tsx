// The options page: the notes library first, then highlight kinds and colours, sites where Gloss
// is off, the opt-in online look-up (which asks for the Wikipedia host permission only when turned
// on), and reading memory.
import { render } from 'preact'
import { SettingsView } from './settings-view.tsx'
import { MemoryView } from './memory-view.tsx'
import { LibraryView } from './library-view.tsx'

function Options() {
  return (
    <main>
      <h1>Gloss</h1>
      <LibraryView />
      <SettingsView />
      <MemoryView />
    </main>
  )
}

render(<Options />, document.getElementById('app')!)
