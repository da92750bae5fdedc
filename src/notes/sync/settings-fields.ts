// The synced part of the settings as a record's fields: `k` the kinds shown, `c` their colours,
// `e` every mention in full, and one field per site, `s:<host>`, true while Gloss is off there.
// One field per site, so a site turned off on one machine and another on a second both stay off.
// The online look-up and the sync switch itself stay per machine: the look-up's host permission
// is granted per browser, and sync cannot be turned off from the other side.
import { canonicalJson, derivedUuid } from '../canonical.ts'

export interface SyncedSettings {
  kinds: Record<string, boolean>
  colours: Record<string, string>
  everyMention: boolean
  disabledSites: string[]
}

const SITE = 's:'

export function settingsFieldValues(s: SyncedSettings, known: Iterable<string>): Map<string, unknown> {
  const out = new Map<string, unknown>([['k', s.kinds], ['c', s.colours], ['e', s.everyMention]])
  // A site known before and no longer off is a field turned false, not a field gone: false wins
  // over an older true.
  for (const name of known) if (name.startsWith(SITE)) out.set(name, false)
  for (const host of s.disabledSites) out.set(SITE + host, true)
  return out
}

export const settingsDigest = (value: unknown): string => derivedUuid(canonicalJson(value)).slice(9, 27)

/** The settings patch the fields describe (validated by the settings module when applied). */
export function settingsFromFields(fields: ReadonlyMap<string, { v: unknown }>): Partial<SyncedSettings> {
  const patch: Partial<SyncedSettings> = {}
  const k = fields.get('k'), c = fields.get('c'), e = fields.get('e')
  if (k) patch.kinds = k.v as SyncedSettings['kinds']
  if (c) patch.colours = c.v as SyncedSettings['colours']
  if (e) patch.everyMention = e.v as boolean
  const sites: string[] = []
  for (const [name, f] of fields) if (name.startsWith(SITE) && f.v === true) sites.push(name.slice(SITE.length))
  patch.disabledSites = sites
  return patch
}
