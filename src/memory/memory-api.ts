// The reading memory's contract: what createReadingMemory (reading-memory.ts) offers the
// background, and what its writes answer.
import type { EntityType } from '../engine/types.ts'
import type { ReadStoryInput } from './compact.ts'
import type { MemoryExport } from './export.ts'
import type { StoryView } from './migrate.ts'
import type { EntityCount, EntityLookup, ListOptions, LookupOptions } from './queries.ts'
import type { RebuildReport } from './rebuild.ts'
import type { Journal, Settings } from './schema.ts'

export type RecordResult =
  | { ok: true; key: string; created: boolean; entities: number; bytes: number }
  | { ok: false; reason: 'paused' | 'excluded site' | string }

export interface Recovery {
  /** The interrupted operation finished on this start, if any. */
  replayed: Journal['op'] | null
  /** Set when the index had to be rebuilt from the story records. */
  rebuilt: RebuildReport | null
}

export interface ReadingMemory {
  /** Finishes an operation a stopped worker left halfway; every other call awaits it first. */
  ready(): Promise<Recovery>
  /** Remembers a story read (see read-rule.ts for when). Reading it again keeps the first read
   *  time and adds entities it did not have. */
  record(story: ReadStoryInput, readAt?: number): Promise<RecordResult>
  /** Many stories at once (a bulk path: an import, a test or bench at scale), each as `record`
   *  would store it, read at its `readAt`; a story already stored goes through `record`. */
  recordMany(stories: readonly { story: ReadStoryInput; readAt: number }[]): Promise<RecordResult[]>
  /** Other stories an entity appeared in, most recently read first: for one card. */
  lookup(entity: { name: string; type: EntityType }, options?: LookupOptions): Promise<EntityLookup>
  /** The same for many cards at once (the popup), in a few storage reads. */
  lookupMany(entities: readonly { name: string; type: EntityType }[], options?: LookupOptions): Promise<EntityLookup[]>
  getStory(key: string): Promise<StoryView | null>
  listStories(options?: ListOptions): Promise<{ total: number; stories: StoryView[] }>
  topEntities(options?: { limit?: number; type?: EntityType; query?: string }): Promise<EntityCount[]>
  /** Deletes one story. False when it was not remembered. */
  forget(key: string): Promise<boolean>
  /** Deletes every story of a site (host, e.g. "nytimes.com"; subdomains included). */
  forgetSite(site: string): Promise<number>
  /** Deletes all memory. Settings stay. */
  clear(): Promise<void>
  /** Applies the retention settings (age, count) now; returns how many stories went. */
  prune(): Promise<number>
  /** Forgets the `count` stories read longest ago, to make room when storage is full; returns
   *  how many went. */
  forgetOldest(count: number): Promise<number>
  getSettings(): Promise<Settings>
  updateSettings(patch: Partial<Omit<Settings, 'v'>>): Promise<Settings>
  export(): Promise<MemoryExport>
  /** Rebuilds the index from the story records. */
  rebuild(): Promise<RebuildReport>
}
