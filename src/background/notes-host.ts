// The note store in the background: only the background writes notes. One store over
// storage.local per worker lifetime, its story indexes repaired before first use (a worker
// stopped between a note's write and its index write loses nothing).
import { browser } from '../platform/browser.ts'
import { createNoteStore, createUndoStash, type KeyValueStore, type NoteStore, type StoryRef, type UndoStash } from '../notes/index.ts'
import type { TabMessage, TabState } from '../protocol/messages.ts'
import { sendToTab } from './send-to-tab.ts'
import { tabIdsWhere } from './tab-state.ts'
import { onTabSite, provenKey, provenSource } from '../page/identity/tab-site.ts'
import { withWriteListener, type WriteListener } from '../notes/sync/hooked-store.ts'

let store: Promise<NoteStore> | null = null
let writeListener: WriteListener | null = null

/** The store as the handlers use it: sync (sync-host.ts) is told of every note written through it. */
export async function getNoteStore(): Promise<NoteStore> {
  return withWriteListener(await getRawNoteStore(), () => writeListener)
}

export function setNoteWriteListener(fn: WriteListener): void {
  writeListener = fn
}

/** The store itself, for sync's own writes (another machine's notes are no edit of this one). */
export function getRawNoteStore(): Promise<NoteStore> {
  store ??= (async () => {
    const s = createNoteStore(browser.storage.local as unknown as KeyValueStore)
    await s.repair()
    return s
  })().catch((err) => {
    store = null
    throw err
  })
  return store
}

let stash: UndoStash | null = null

/** Copies of notes deleted from tabs, for their Undo: in storage.session, which content scripts cannot read. */
export function getUndoStash(): UndoStash {
  stash ??= createUndoStash(browser.storage.session as unknown as KeyValueStore)
  return stash
}

/** Which notes belong to a tab's story: by story key and by the story's address, each believed
 *  only on the tab's own site (src/page/identity/tab-site.ts). */
export function storyRefOfState(state: TabState): (StoryRef & { storyKey: string | null; source: string }) | null {
  if (state.status !== 'ready') return null
  return { storyKey: provenKey(state.key, state.url), source: provenSource(state.story.url, state.url) }
}

/** The notes a tab may be given: only those taken on its own site, whatever index found them. */
export function notesForTab<T extends { target: { source: string } }>(notes: T[], state: TabState): T[] {
  if (state.status !== 'ready') return []
  return notes.filter((n) => onTabSite(n.target.source, state.url))
}

/** Tells every open tab showing this story that its notes changed, so each repaints. */
export function notifyStoryTabs(ref: StoryRef): Promise<void> {
  return notifyStoriesTabs([ref])
}

/**
 * The same for many stories at once (an import batch touches hundreds): the tabs are looked up
 * once, and each tab is told once.
 */
export async function notifyStoriesTabs(refs: readonly StoryRef[]): Promise<void> {
  if (refs.length === 0) return
  const keys = new Set(refs.flatMap((r) => (r.storyKey ? [r.storyKey] : [])))
  const sources = new Set(refs.flatMap((r) => (r.source ? [r.source] : [])))
  const msg: TabMessage = { type: 'tab/notes-changed' }
  const ids = await tabIdsWhere((state) => {
    const r = storyRefOfState(state)
    return !!r && (!!(r.storyKey && keys.has(r.storyKey)) || !!(r.source && sources.has(r.source)))
  })
  await Promise.all(ids.map((id) => sendToTab(id, msg)))
}
