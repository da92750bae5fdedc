// The key that matches one entity across stories: its type and its canonical name, normalised
// so that spellings that differ only in case, diacritics, a leading "the", punctuation (U.S. and
// US, Jean-Luc and Jean Luc) or a possessive are one entity. It does not merge different names
// ("Ryder" and "Patrick Ryder"): inside a story the engine does that, and it hands us the
// fullest name as canonical.
import type { EntityType } from '../engine/types.ts'

// Names this long are not names; keys stay short because they are storage key names.
const MAX_KEY_NAME_LENGTH = 80

// Very common short forms that one story spells out and the next does not. Kept tiny on purpose:
// every entry must be one entity in any news context.
const SAME_AS: Record<string, string> = {
  'us': 'united states',
  'usa': 'united states',
  'united states of america': 'united states',
  'uk': 'united kingdom',
  'un': 'united nations',
  'eu': 'european union',
  'nato': 'north atlantic treaty organization',
  'north atlantic treaty organisation': 'north atlantic treaty organization',
}

// Names normalised are remembered: the same few thousand names recur across every listing, and
// normalising costs a few microseconds (Unicode decomposition and six passes). Cleared when full.
const CACHE_LIMIT = 50_000
const cache = new Map<string, string>()

/** Normalises an entity name for matching: "The U.S." → "united states", "Zelenskyy's" →
 *  "zelenskyy", "Société Générale" → "societe generale". Pure, no locale. */
export function normaliseEntityName(name: string): string {
  const hit = cache.get(name)
  if (hit !== undefined) return hit
  const out = normalise(name)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(name, out)
  return out
}

function normalise(name: string): string {
  let s = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
  s = s.replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/ø/g, 'o').replace(/ł/g, 'l')
  s = s.replace(/['’‘`´]s\b/g, '') // possessive: Biden's, Zelenskyy’s
  s = s.replace(/[.'’‘`´]/g, '') // U.S. → us, O'Brien → obrien
  s = s.replace(/&/g, ' and ')
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  s = s.replace(/^the /, '')
  s = SAME_AS[s] ?? s
  return s.slice(0, MAX_KEY_NAME_LENGTH).trim()
}

/** "PER:patrick ryder": the same entity in two stories has the same key. Empty names give the
 *  type and an empty name; callers skip those. */
export function entityMatchKey(name: string, type: EntityType): string {
  return `${type}:${normaliseEntityName(name)}`
}
