// The reader's settings: what to highlight, in which colours, whether every mention is marked in
// full, where Gloss is off, and the opt-in online look-up. Pure: schema, defaults and the questions asked of them. Stored by the
// background under one versioned key; every read is validated (storage is input too).
import * as v from 'valibot'

/** The kinds Gloss highlights, each a highlight name `gloss-<kind>` (docs/architecture.md). */
export const HighlightKinds = ['per', 'org', 'loc', 'misc', 'date'] as const
export type HighlightKind = (typeof HighlightKinds)[number]

export const SETTINGS_KEY = 'settings'
/** The one host the online look-up needs, asked for only when the reader turns it on. */
export const WIKI_ORIGINS = ['https://*.wikipedia.org/*']
export const SETTINGS_VERSION = 1

/** Default highlight backgrounds: light tints, each paired with dark text (contrast ≥ 7:1). */
export const DEFAULT_COLOURS: Record<HighlightKind, string> = {
  per: '#ffe08a',
  org: '#b8e0ff',
  loc: '#c4f0c2',
  misc: '#f3d0ff',
  date: '#ffd2b8',
}

const Colour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i))
const Host = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/))
const kindsOf = <T extends v.GenericSchema>(s: T) =>
  v.object(Object.fromEntries(HighlightKinds.map((k) => [k, s])) as Record<HighlightKind, T>)

export const SettingsSchema = v.object({
  schemaVersion: v.literal(SETTINGS_VERSION),
  kinds: kindsOf(v.boolean()),
  colours: kindsOf(Colour),
  /** Hosts (lowercase, without "www.") where Gloss does nothing at all. */
  disabledSites: v.pipe(v.array(Host), v.maxLength(10_000)),
  /** Wikipedia summaries on cards: off until the reader turns it on and grants the host. */
  onlineLookup: v.boolean(),
  /**
   * Every mention marked in full, as before issue 17; by default only a name's first mention is,
   * later ones get a quiet underline. Added within version 1: settings stored without it read as
   * the default (readSettings fills a missing field), so it needs no migration.
   */
  everyMention: v.boolean(),
  /**
   * Notes and these settings kept the same on the reader's other machines through the browser's
   * own sync (storage.sync; issue 20). On by default: it does something only where the reader's
   * browser syncs extension data. Added within version 1, read as the default when missing.
   */
  sync: v.boolean(),
})
export type Settings = v.InferOutput<typeof SettingsSchema>

export const defaultSettings = (): Settings => ({
  schemaVersion: SETTINGS_VERSION,
  kinds: { per: true, org: true, loc: true, misc: true, date: true },
  colours: { ...DEFAULT_COLOURS },
  disabledSites: [],
  onlineLookup: false,
  everyMention: false,
  sync: true,
})

/** Reads stored settings; anything missing or invalid falls back to defaults field by field. */
export function readSettings(stored: unknown): Settings {
  const whole = v.safeParse(SettingsSchema, stored)
  if (whole.success) return whole.output
  const base = defaultSettings()
  if (typeof stored !== 'object' || stored === null) return base
  const s = stored as Record<string, unknown>
  const merged: Settings = { ...base }
  const kinds = v.safeParse(SettingsSchema.entries.kinds, s.kinds)
  if (kinds.success) merged.kinds = kinds.output
  const colours = v.safeParse(SettingsSchema.entries.colours, s.colours)
  if (colours.success) merged.colours = colours.output
  const sites = v.safeParse(SettingsSchema.entries.disabledSites, s.disabledSites)
  if (sites.success) merged.disabledSites = sites.output
  if (typeof s.onlineLookup === 'boolean') merged.onlineLookup = s.onlineLookup
  if (typeof s.everyMention === 'boolean') merged.everyMention = s.everyMention
  if (typeof s.sync === 'boolean') merged.sync = s.sync
  return merged
}

/** Applies a patch from the options page; returns the new settings or why the patch is invalid. */
export function patchSettings(current: Settings, patch: Record<string, unknown>):
  { ok: true; settings: Settings } | { ok: false; message: string } {
  const next = v.safeParse(SettingsSchema, { ...current, ...patch, schemaVersion: SETTINGS_VERSION })
  if (!next.success) return { ok: false, message: v.summarize(next.issues) }
  return { ok: true, settings: { ...next.output, disabledSites: [...new Set(next.output.disabledSites)].sort() } }
}

/** The site key a reader turns Gloss off for: the host, lowercased, without a leading "www.". */
export function siteOf(url: string): string | null {
  try {
    const { hostname, protocol } = new URL(url)
    if (protocol !== 'http:' && protocol !== 'https:') return null
    return hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return null
  }
}

/** True when Gloss is off for this URL's site (or a parent domain of it). */
export function isSiteDisabled(settings: Settings, url: string): boolean {
  const site = siteOf(url)
  if (!site) return true
  return settings.disabledSites.some((d) => site === d || site.endsWith('.' + d))
}

/** The disabled-site list with `site` turned off, or turned on (which also lifts a parent domain). */
export function disabledSitesWith(disabled: readonly string[], site: string, off: boolean): string[] {
  return off ? [...disabled, site] : disabled.filter((d) => site !== d && !site.endsWith('.' + d))
}

/** What a content script needs to paint: only the settings that concern its page. */
export interface PageSettingsValue {
  enabled: boolean
  kinds: Record<HighlightKind, boolean>
  colours: Record<HighlightKind, string>
  /** Mark every mention in full rather than a name's first only (settings.ts). */
  everyMention: boolean
}

export function pageSettingsFor(settings: Settings, url: string): PageSettingsValue {
  return { enabled: !isSiteDisabled(settings, url), kinds: settings.kinds, colours: settings.colours, everyMention: settings.everyMention }
}
