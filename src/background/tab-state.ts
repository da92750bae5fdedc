// Per-tab state in storage.session: survives a stopped service worker (Chrome) or event page
// (Firefox), disappears with the browser session, and is not readable by content scripts
// (session storage defaults to trusted contexts only).
import { browser } from '../platform/browser.ts'
import type { TabState } from '../messages.ts'

const keyOf = (tabId: number) => `tab:${tabId}`

export async function getTabState(tabId: number): Promise<TabState> {
  const key = keyOf(tabId)
  const got = await browser.storage.session.get(key)
  const state = got[key] as TabState | undefined
  return state && typeof state === 'object' && 'status' in state ? state : { status: 'unknown' }
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  try {
    await browser.storage.session.set({ [keyOf(tabId)]: state })
  } catch (err) {
    // Session storage is bounded (10 MB in Chrome). Make room by dropping other tabs' states:
    // they are caches of what their content scripts will send again on the next visit.
    const all = await browser.storage.session.get(null)
    const others = Object.keys(all).filter((k) => k.startsWith('tab:') && k !== keyOf(tabId))
    if (others.length === 0) throw err
    await browser.storage.session.remove(others)
    await browser.storage.session.set({ [keyOf(tabId)]: state })
  }
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId))
}

/** Ids of the tabs whose stored state passes `keep` (all tabs Gloss knows, by default). */
export async function tabIdsWhere(keep: (state: TabState) => boolean = () => true): Promise<number[]> {
  const all = await browser.storage.session.get(null)
  return Object.entries(all).filter(([k, state]) => k.startsWith('tab:') && keep(state as TabState)).map(([k]) => Number(k.slice(4)))
}
