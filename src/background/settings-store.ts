// Reads and writes the reader's settings in storage.local, validated on every read.
import { browser } from '../platform/browser.ts'
import { SETTINGS_KEY, readSettings, patchSettings, type Settings } from '../settings.ts'

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY)
  return readSettings(got[SETTINGS_KEY])
}

export async function updateSettings(patch: Record<string, unknown>):
  Promise<{ ok: true; settings: Settings } | { ok: false; message: string }> {
  const next = patchSettings(await loadSettings(), patch)
  if (next.ok) await browser.storage.local.set({ [SETTINGS_KEY]: next.settings })
  return next
}
