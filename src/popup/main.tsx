// The popup: describes one tab (the active one, or `?tab=ID` when opened as a page).
import { render } from 'preact'
import { App } from './app.tsx'
import { targetTabId } from './tab-id.ts'

const root = document.getElementById('app')!
void targetTabId(location.search).then((tabId) => render(<App tabId={tabId} />, root))
