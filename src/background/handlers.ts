// What the background does for each request type. Content scripts (`page/*`) speak only for
// their own tab; extension pages (`app/*`) may ask about any tab and change settings.
import { browser } from '../platform/browser.ts'
import { fail, ok, type TabMessage } from '../protocol/messages.ts'
import { isSiteDisabled, pageSettingsFor } from '../settings.ts'
import type { HandlerTable } from '../protocol/handler.ts'
import { getTabState, setTabState, tabIdsWhere } from './tab-state.ts'
import { loadSettings, updateSettings } from './settings-store.ts'
import { syncStatus } from './sync-host.ts'
import { analyzeStory, warmModel } from './engine-host.ts'
import { buildView } from './tab-view.ts'
import { holdStoryText, textHashOf, withStoryText } from './story-texts.ts'
import { memoryHandlers } from './memory-handlers.ts'
import { notesHandlers } from './notes-handlers.ts'
import { sendToTab } from './send-to-tab.ts'
import { wikiSummary } from './wiki-summary.ts'
import { storageFullMark } from './storage-full.ts'
import { placeFactsById } from '../ui/place-facts.ts'

export const handlers: HandlerTable = {
  ...memoryHandlers,
  ...notesHandlers,

  async 'page/story'(msg, from) {
    if (from.kind !== 'page') return fail('forbidden', 'page/story comes from content scripts')
    // The settings come with the analysis: a story page's first paint takes one round trip, not
    // two (issue 18). The model loads (a worker that just woke) while the settings are read.
    // Gloss off on the site: nothing is analysed or kept, and the reply says so.
    warmModel()
    const settings = await loadSettings()
    if (isSiteDisabled(settings, from.url)) {
      await setTabState(from.tabId, { status: 'off', url: from.url })
      return ok({ off: true as const })
    }
    // The content script cuts a story longer than MAX_TEXT_CHARS; `total` is what it cut from.
    const read = { chars: msg.text.length, total: Math.max(msg.total, msg.text.length) }
    // The tab's states are for the popup; the page's first paint waits neither for their writes
    // nor for the popup's view, made after the reply (tab-state.ts keeps a tab's writes in order,
    // and reads of the tab wait for them). Issue 18.
    void setTabState(from.tabId, { status: 'analysing', url: from.url, story: msg.story, read }).catch(() => {})
    let analysis
    try {
      analysis = await analyzeStory(from.url, msg.story, msg.text)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      await setTabState(from.tabId, { status: 'error', url: from.url, message })
      return fail('internal', message)
    }
    holdStoryText(from.tabId, msg.text)
    const done = analysis
    void setTabState(from.tabId, () => ({ status: 'ready', url: from.url, key: msg.key, story: msg.story, read,
      textHash: textHashOf(msg.text), view: buildView(done, msg.text, msg.story.title ?? ''), analysedAt: new Date().toISOString() }))
      .catch((err: unknown) => setTabState(from.tabId, { status: 'error', url: from.url, message: err instanceof Error ? err.message : String(err) }))
      .catch(() => {})
    return ok({ analysis, places: placeFactsById([...analysis.title.entities, ...analysis.body.entities]),
      settings: pageSettingsFor(settings, from.url) })
  },

  async 'page/no-story'(msg, from) {
    if (from.kind !== 'page') return fail('forbidden', 'page/no-story comes from content scripts')
    const off = isSiteDisabled(await loadSettings(), from.url)
    await setTabState(from.tabId, off ? { status: 'off', url: from.url } : { status: 'no-story', url: from.url, reason: msg.reason })
    return ok(null)
  },

  /** The settings again after they changed (tab/settings-changed); the first come with page/story. */
  async 'page/settings'(_msg, from) {
    if (from.kind !== 'page') return fail('forbidden', 'page/settings comes from content scripts')
    return ok(pageSettingsFor(await loadSettings(), from.url))
  },

  async 'page/open-popup'(msg, from) {
    if (from.kind !== 'page') return fail('forbidden', 'page/open-popup comes from content scripts')
    const state = await getTabState(from.tabId)
    if (state.status === 'ready') await setTabState(from.tabId, { ...state, focus: msg.focus })
    try {
      // Needs a user gesture in Firefox and a recent Chrome; the card stays useful without it.
      await (browser.action as unknown as { openPopup(): Promise<void> }).openPopup()
      return ok(true)
    } catch {
      return ok(false)
    }
  },

  async 'app/tab-state'(msg) {
    const state = await getTabState(msg.tabId)
    // The text is not stored with the state; the popup asks without it, so that its first cards
    // wait for no text (held, or asked back from the page after a stopped worker). Issue 18.
    return ok(msg.text === false ? state : await withStoryText(msg.tabId, state))
  },

  async 'app/reveal'(msg) {
    return ok(await sendToTab(msg.tabId, { type: 'tab/reveal', part: msg.part, start: msg.start, end: msg.end }))
  },

  async 'app/wiki-summary'(msg) {
    return ok(await wikiSummary(msg.name))
  },

  async 'app/get-settings'() {
    return ok(await loadSettings())
  },

  async 'app/sync-status'() {
    return ok(await syncStatus())
  },

  async 'app/storage-full'() {
    return ok(await storageFullMark())
  },

  async 'app/set-settings'(msg) {
    const next = await updateSettings(msg.patch)
    if (!next.ok) return fail('bad-request', next.message)
    await broadcast({ type: 'tab/settings-changed' })
    return ok(next.settings)
  },
}

/** Tells every tab with a Gloss state that something changed. */
async function broadcast(msg: TabMessage): Promise<void> {
  await Promise.all((await tabIdsWhere()).map((id) => sendToTab(id, msg)))
}
