// The settings' part of sync: stamping what the reader changed here, the settings as a record
// for the snapshot, and another machine's settings merged in (settings-fields.ts says which).
import { formatStamp, ZERO_CLOCK, type Stamp } from './hlc.ts'
import { mergeRecords, sameWrites, type Field, type SyncRecord } from './record.ts'
import { settingsDigest, settingsFieldValues, settingsFromFields, type SyncedSettings } from './settings-fields.ts'
import { SETTINGS_ID } from './snapshot.ts'
import type { SyncMeta } from './sync-meta.ts'

export interface SettingsSide {
  read(): Promise<SyncedSettings>
  /** A fresh install's settings: never stamped newer than the reader's own choices elsewhere. */
  defaults: SyncedSettings
  write(patch: Partial<SyncedSettings>): Promise<void>
}

export function createSettingsSync(side: SettingsSide | undefined, stampNow: (m: SyncMeta) => Stamp) {
  async function record(m: SyncMeta): Promise<SyncRecord | null> {
    if (!side || m.settings.size === 0) return null
    const values = settingsFieldValues(await side.read(), m.settings.keys())
    const fields = new Map<string, Field>()
    for (const [name, v] of values) { const st = m.settings.get(name); if (st) fields.set(name, { s: st[0], v }) }
    return { id: SETTINGS_ID, fields, del: null }
  }

  return {
    record,
    /** Stamps the settings changed here since last seen; true when any was. */
    async reconcile(m: SyncMeta): Promise<boolean> {
      if (!side) return false
      const values = settingsFieldValues(await side.read(), m.settings.keys())
      const defaults = settingsFieldValues(side.defaults, [])
      let stamp: Stamp | null = null
      for (const [name, v] of values) {
        const digest = settingsDigest(v)
        const known = m.settings.get(name)
        if (known?.[1] === digest) continue
        // A setting never changed here, still at its default, is stamped as old as can be: another
        // machine's choice wins over a new machine's defaults.
        if (!known && defaults.has(name) && settingsDigest(defaults.get(name)) === digest) {
          m.settings.set(name, [formatStamp(ZERO_CLOCK, m.device), digest])
          continue
        }
        stamp ??= stampNow(m)
        m.settings.set(name, [stamp, digest])
      }
      return stamp !== null
    },
    /** Another machine's settings merged here; true when anything changed. */
    async merge(m: SyncMeta, remote: SyncRecord): Promise<boolean> {
      if (!side) return false
      const mine = (await record(m)) ?? { id: SETTINGS_ID, fields: new Map(), del: null }
      const merged = mergeRecords(mine, remote)
      if (sameWrites(merged, mine)) return false
      await side.write(settingsFromFields(merged.fields))
      for (const [name, f] of merged.fields) m.settings.set(name, [f.s, settingsDigest(f.v)])
      return true
    },
  }
}
