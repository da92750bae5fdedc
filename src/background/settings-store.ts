// Reads and writes the reader's settings in storage.local, validated on every read.
import { browser } from '../platform/browser.ts'
import { SETTINGS_KEY, readSettings, patchSettings, type Settings } from '../settings.ts'

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY)
  return readSettings(got[SETTINGS_KEY])
}

type SettingsListener = (how: { fromSync: boolean }) => Promise<void>
let listener: SettingsListener | null = null

/**
 * Sync (sync-host.ts) is told after each save, to carry the change to the reader's other machines;
 * the save answers once sync has taken it (turned off: once its last write has finished).
 */
export function onSettingsWritten(fn: SettingsListener): void {
  listener = fn
}

export async function updateSettings(patch: Record<string, unknown>, how = { fromSync: false }):
  Promise<{ ok: true; settings: Settings } | { ok: false; message: string }> {
  const next = patchSettings(await loadSettings(), patch)
  if (next.ok) {
    await browser.storage.local.set({ [SETTINGS_KEY]: next.settings })
    await listener?.(how).catch(() => {})
  }
  return next
}
