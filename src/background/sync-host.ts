// Sync in the background (issue 20): one engine over storage.sync while the reader's setting is
// on, told of every note written here (notes-host's write listener), of settings saved here, and
// of every change to the sync area; woken by a timer when the engine asks. The merge, the
// encoding and the write-rate rule are the engine's (src/notes/sync/); this file only connects.
import { browser } from '../platform/browser.ts'
import { createSyncEngine, type SyncEngine, type SyncStatus } from '../notes/sync/sync-engine.ts'
import { HEADER_KEY } from '../notes/sync/snapshot.ts'
import { META_KEY } from '../notes/sync/sync-meta.ts'
import type { KeyValueStore } from '../notes/index.ts'
import { storyRefOf, type StoryRef } from '../notes/index.ts'
import { getRawNoteStore, notifyStoriesTabs, setNoteWriteListener } from './notes-host.ts'
import { loadSettings, onSettingsWritten, updateSettings } from './settings-store.ts'
import { defaultSettings, SETTINGS_KEY } from '../settings.ts'
import { tabIdsWhere } from './tab-state.ts'
import { sendToTab } from './send-to-tab.ts'

let engine: SyncEngine | null = null
let timer: ReturnType<typeof setTimeout> | null = null
/**
 * A worker usually starts because a page sent its story: the first read of the whole note store
 * and of the sync area waits this long, off the path to that page's first highlight (issue 18).
 * Nothing is lost by waiting: local writes are stamped as they happen, and a worker stopped before
 * then does the same read at its next start.
 */
const START_DELAY_MS = 5_000
let notBefore = 0

const area = () => (browser.storage as unknown as { sync?: KeyValueStore }).sync ?? null

function makeEngine(): SyncEngine | null {
  const sync = area()
  if (!sync) return null
  return createSyncEngine({
    store: { all: async () => (await getRawNoteStore()).all(), get: async (id) => (await getRawNoteStore()).get(id),
      put: async (n) => (await getRawNoteStore()).put(n), remove: async (id) => (await getRawNoteStore()).remove(id) },
    local: browser.storage.local as unknown as KeyValueStore,
    area: sync,
    now: () => Date.now(),
    random: () => crypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32,
    settings: {
      read: loadSettings,
      defaults: defaultSettings(),
      async write(patch) {
        const next = await updateSettings(patch, { fromSync: true })
        if (next.ok) await Promise.all((await tabIdsWhere()).map((id) => sendToTab(id, { type: 'tab/settings-changed' })))
      },
    },
    async changed({ put, removed }) {
      const refs = new Map<string, StoryRef>()
      for (const n of [...put, ...removed]) refs.set(storyRefOf(n), n.target)
      await notifyStoriesTabs([...refs.values()])
    },
  })
}

/** Runs the engine's due work, then sets the timer for the next. */
function schedule(): void {
  if (timer !== null) clearTimeout(timer)
  timer = null
  if (!engine) return
  const wake = engine.wakeAt()
  if (wake === null) return
  const current = engine
  timer = setTimeout(() => {
    timer = null
    void current.step().catch(() => {}).finally(() => { if (engine === current) schedule() })
  }, Math.max(0, wake - Date.now(), notBefore - Date.now()))
}

/** Follows the reader's switch: an engine while sync is on, none while it is off. */
async function followSetting(): Promise<void> {
  const on = (await loadSettings()).sync
  if (on && !engine) engine = makeEngine()
  if (!on) await dropEngine()
  schedule()
}

/** No engine, and the one there was has finished what it had started (it writes nothing more). */
async function dropEngine(): Promise<void> {
  const old = engine
  engine = null
  schedule()
  await old?.stop()
}

/** Registers the listeners (synchronously, at the worker's start) and reads the area once. */
export function startSync(): void {
  notBefore = Date.now() + START_DELAY_MS
  setNoteWriteListener((ids) => {
    const e = engine
    if (e) void e.localWrite(ids).then(schedule, () => {})
  })
  onSettingsWritten(async ({ fromSync }) => {
    await followSetting()
    if (engine && !fromSync) await engine.settingsWritten().then(schedule)
  })
  browser.storage.onChanged.addListener((changes, areaName) => {
    // This machine's sync record removed (storage cleared): start again from what is stored.
    if (areaName === 'local' && META_KEY in changes && changes[META_KEY].newValue === undefined) {
      void dropEngine().then(followSetting).catch(() => {})
      return
    }
    // The settings changed other than through a save here (cleared): follow the switch as it now reads.
    if (areaName === 'local' && SETTINGS_KEY in changes) {
      void followSetting().catch(() => {})
      return
    }
    if (areaName !== 'sync' || !engine) return
    // Our own write comes back as a change too; its generation tells it apart.
    const header = changes[HEADER_KEY]?.newValue as { g?: string } | undefined
    engine.remoteChanged(header?.g)
    schedule()
  })
  void followSetting().catch(() => {})
}

export async function syncStatus(): Promise<SyncStatus | null> {
  return engine ? engine.status() : null
}
