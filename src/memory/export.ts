// The reading memory as a documented JSON export (docs/memory.md), to be saved next to the notes'
// export. Readable field names and ISO dates, whatever the storage shape.
import type { EntityType } from '../engine/types.ts'
import type { StoryView } from './migrate.ts'
import type { Settings } from './schema.ts'

export const EXPORT_FORMAT = 'gloss-reading-memory'
export const EXPORT_SCHEMA_VERSION = 1

export interface MemoryExport {
  format: typeof EXPORT_FORMAT
  schemaVersion: typeof EXPORT_SCHEMA_VERSION
  /** ISO 8601, UTC. */
  exportedAt: string
  settings: { paused: boolean; excludedSites: string[]; retentionDays: number | null; maxStories: number }
  /** Newest read first. */
  stories: {
    key: string
    url: string
    title: string | null
    site: string | null
    published: string | null
    /** ISO 8601, UTC: when it was first read. */
    readAt: string
    entities: { name: string; type: EntityType }[]
  }[]
}

export function buildExport(stories: readonly StoryView[], settings: Settings, now: number): MemoryExport {
  return {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: {
      paused: settings.paused,
      excludedSites: [...settings.excludedSites],
      retentionDays: settings.retentionDays,
      maxStories: settings.maxStories,
    },
    stories: [...stories]
      .sort((a, b) => b.readAt - a.readAt)
      .map((s) => ({
        key: s.key,
        url: s.url,
        title: s.title,
        site: s.site,
        published: s.published,
        readAt: new Date(s.readAt).toISOString(),
        entities: s.entities.map((e) => ({ name: e.name, type: e.type })),
      })),
  }
}
