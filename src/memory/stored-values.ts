// Reading index values from storage without trusting them: a valid value as is, a damaged one
// reduced to what can still be used (the ids it holds), never an exception.
import * as v from 'valibot'
import type { EntityType } from '../engine/types.ts'
import { SEGMENT_SIZE } from './layout.ts'
import { ENTITY_TYPES, EntityHead, Meta, DEFAULT_SETTINGS, Settings, MAX_RETENTION_DAYS } from './schema.ts'

/** The strings of a stored id list; anything else in it is dropped. */
export function readIds(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string' && x !== '') : []
}

/** An entity head, salvaged: ids kept from a damaged head, counts recomputed when unreadable.
 *  Null when nothing is stored. */
export function readHead(raw: unknown, fallbackName: string, fallbackType: EntityType): EntityHead | null {
  if (raw === undefined || raw === null) return null
  const ok = v.safeParse(EntityHead, raw)
  if (ok.success) return ok.output
  const o = typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  const r = readIds(o.r)
  const g = Number.isInteger(o.g) && (o.g as number) >= 0 ? (o.g as number) : 0
  const type = (ENTITY_TYPES as readonly unknown[]).includes(o.t) ? (o.t as EntityType) : fallbackType
  // The count is lost with the head: sealed segments are full when sealed, so this is exact
  // unless stories were deleted from them since (rebuild() recounts).
  const c = r.length + g * SEGMENT_SIZE
  return { v: 1, n: typeof o.n === 'string' ? o.n : fallbackName, t: type, c, g, r }
}

export function readMeta(raw: unknown): Meta | null {
  const ok = v.safeParse(Meta, raw)
  return ok.success ? ok.output : null
}

/** The days a meta value still names, even when damaged; [] when it names none. */
export function salvageDays(raw: unknown): string[] {
  const days = typeof raw === 'object' && raw !== null ? (raw as { days?: unknown }).days : undefined
  return readIds(days).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
}

/** Settings, field by field: one damaged field falls back to its default, the others are kept. */
export function readSettings(raw: unknown): Settings {
  const ok = v.safeParse(Settings, raw)
  if (ok.success) return ok.output
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  const d = DEFAULT_SETTINGS
  const days = o.retentionDays
  return {
    v: 1,
    paused: typeof o.paused === 'boolean' ? o.paused : d.paused,
    excludedSites: readIds(o.excludedSites),
    retentionDays:
      days === null || (Number.isInteger(days) && (days as number) >= 1 && (days as number) <= MAX_RETENTION_DAYS)
        ? (days as number | null)
        : d.retentionDays,
    maxStories: Number.isInteger(o.maxStories) && (o.maxStories as number) >= 1 ? (o.maxStories as number) : d.maxStories,
  }
}
