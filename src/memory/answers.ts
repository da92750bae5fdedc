// What the reading memory answers the popup, the options page and the hover card, as they show it.

export interface RememberedStory {
  key: string
  url: string
  title: string | null
  site: string | null
  published: string | null
  /** First read, epoch ms. */
  readAt: number
}
/** Per entity id of the tab's analysis: the other stories read that mention it, newest first. */
export type MemoryByEntity = Record<string, { total: number; stories: RememberedStory[] }>
export interface MemorySettings { paused: boolean; excludedSites: string[]; retentionDays: number | null }
/** Storage was found full: when, how many stories the memory forgot to make room, and whether a
 *  note still could not be saved (its editor kept it open). */
export interface StorageFull { at: number; forgotten: number; noteFailed: boolean }
