// The popup: describes one tab (the active one, or `?tab=ID` when opened as a page).
// First: its start is the popup's (first-cards.ts).
import './first-cards.ts'
import { render } from 'preact'
import { App } from './app.tsx'
import { targetTabId } from './tab-id.ts'
import { askTabStateEarly } from './use-tab-state.ts'

const root = document.getElementById('app')!
void targetTabId(location.search).then((tabId) => {
  if (tabId !== null) askTabStateEarly(tabId)
  render(<App tabId={tabId} />, root)
})
