// The background: a service worker in Chrome, an event page in Firefox. Everything it knows
// lives in storage; listeners are registered synchronously at start-up so a restarted worker
// receives the event that woke it.
import { browser, type Runtime } from '../platform/browser.ts'
import { route } from './router.ts'
import { clearTabState } from './tab-state.ts'
import { sendToTab } from './send-to-tab.ts'
import { getNoteStore } from './notes-host.ts'
import { getMemory } from './memory-host.ts'
import { restrictStorageToExtension } from './storage-access.ts'
import { startSync } from './sync-host.ts'

const NOTE_MENU_ID = 'gloss-add-note'

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => route(raw, sender))

// The context menu persists across worker restarts; create it once per install or update.
browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: NOTE_MENU_ID, title: 'Add a note with Gloss', contexts: ['selection'] })
})
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === NOTE_MENU_ID && tab?.id !== undefined) void sendToTab(tab.id, { type: 'tab/new-note' })
})

// Notes, memory and settings are for our own pages and this background only (Chrome; see the module).
void restrictStorageToExtension().catch(() => {})

// Finish what a stopped worker left halfway (a note without its index entry, a memory journal).
void getNoteStore().catch(() => {})
void getMemory().catch(() => {})

// Notes and settings to and from the reader's other machines, through the browser's own sync.
startSync()

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabState(tabId).catch(() => {})
})

// A new document in a tab: its old state no longer describes it. The content script of the new
// page reports afresh.
browser.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') void clearTabState(tabId).catch(() => {})
})

browser.commands.onCommand.addListener(async (command, tab) => {
  // Older Firefox passes no tab to onCommand: fall back to the active tab.
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id
  if (tabId === undefined) return
  if (command === 'toggle-highlights') void sendToTab(tabId, { type: 'tab/toggle-highlights' })
  else if (command === 'next-mention') void sendToTab(tabId, { type: 'tab/move', direction: 'next' })
  else if (command === 'previous-mention') void sendToTab(tabId, { type: 'tab/move', direction: 'previous' })
  else if (command === 'add-note') void sendToTab(tabId, { type: 'tab/new-note' })
  else if (command === 'open-note') void sendToTab(tabId, { type: 'tab/open-note', id: null })
})
