// Per-tab state in storage.session: survives a stopped service worker (Chrome) or event page
// (Firefox), disappears with the browser session, and is not readable by content scripts
// (session storage defaults to trusted contexts only). An analysed story is kept as the popup's
// view, within a byte budget per tab (tab-view.ts), never as its text. One tab's state never
// makes room by removing another's: a state that storage refuses is stored bare, or not at all,
// for that tab alone.
import { browser } from '../platform/browser.ts'
import type { TabState, TabView } from '../protocol/messages.ts'
import { bareState, fitState, unpackState, type StoredReadyState } from './tab-view.ts'
import { forgetStoryText } from './story-texts.ts'

const keyOf = (tabId: number) => `tab:${tabId}`

/** What storage holds for a tab, read as input: anything unreadable is an unknown tab. */
function readStored(raw: unknown): TabState {
  if (!raw || typeof raw !== 'object' || !('status' in raw)) return { status: 'unknown' }
  const state = raw as TabState
  if (state.status !== 'ready') return state
  return unpackState(raw as StoredReadyState) ?? { status: 'unknown' }
}

/**
 * Each tab's writes not yet done, in order: a handler may reply before its write (page/story does,
 * so that the page paints first), and a read of the tab waits for them, so it never sees an older
 * state than was set before it. Only within this worker's lifetime, as the writes themselves.
 */
const pending = new Map<number, Promise<void>>()

export async function getTabState(tabId: number): Promise<TabState> {
  await pending.get(tabId)
  const key = keyOf(tabId)
  const got = await browser.storage.session.get(key)
  return readStored(got[key])
}

/**
 * Stores a tab's state after the writes to that tab already asked for. `state` may be a function,
 * called when its turn comes: the caller does not wait to build it (page/story's popup view).
 */
export function setTabState(tabId: number, state: TabState | (() => TabState)): Promise<void> {
  const prev = pending.get(tabId)
  const write = (prev ? prev.catch(() => {}) : Promise.resolve())
    .then(() => writeTabState(tabId, typeof state === 'function' ? state() : state))
  const settled = write.catch(() => {})
  pending.set(tabId, settled)
  void settled.then(() => { if (pending.get(tabId) === settled) pending.delete(tabId) })
  return write
}

async function writeTabState(tabId: number, state: TabState): Promise<void> {
  const key = keyOf(tabId)
  if (state.status !== 'ready') {
    await browser.storage.session.set({ [key]: state })
    return
  }
  const fitted = fitState(state)
  try {
    await browser.storage.session.set({ [key]: fitted })
  } catch (err) {
    // The session area is full (10 MB in Chrome) with other tabs' states. They stay: this tab
    // keeps its story without cards (its notes still work), and says what was left out.
    const bare = bareState(fitted)
    if (bare.view === fitted.view) throw err
    await browser.storage.session.set({ [key]: bare })
  }
}

export async function clearTabState(tabId: number): Promise<void> {
  forgetStoryText(tabId)
  await browser.storage.session.remove(keyOf(tabId))
}

/** A ready state's view as `tabIdsWhere` passes it: not parsed (callers filter on status, key and URL). */
const UNREAD_VIEW: TabView = { cards: [], timeline: [], reference: { date: '', source: 'today' }, omitted: { cards: 0, dates: 0 } }

/**
 * Ids of the tabs whose stored state passes `keep` (all tabs Gloss knows, by default). Called for
 * every note written (5,000 times by one import), so a ready state comes without its view parsed.
 */
export async function tabIdsWhere(keep: (state: TabState) => boolean = () => true): Promise<number[]> {
  const all = await browser.storage.session.get(null)
  const head = (raw: unknown): TabState => {
    const state = raw as StoredReadyState | null
    return state?.status === 'ready' && typeof state.view === 'string' ? { ...state, view: UNREAD_VIEW } : readStored(raw)
  }
  return Object.entries(all).filter(([k, state]) => k.startsWith('tab:') && keep(head(state))).map(([k]) => Number(k.slice(4)))
}
