// The options page: highlight kinds and colours, sites where Gloss is off, and the opt-in online
// look-up (which asks for the Wikipedia host permission only when turned on).
import { render } from 'preact'
import { SettingsView } from './settings-view.tsx'
import { MemoryView } from './memory-view.tsx'

function Options() {
  return (
    <main>
      <h1>Gloss</h1>
      <SettingsView />
      <MemoryView />
    </main>
  )
}

render(<Options />, document.getElementById('app')!)
