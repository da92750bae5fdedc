// The sync engine's contract: what it needs (a note store, two key-value areas, a clock) and
// what it offers to the background's sync host. The engine itself is sync-engine.ts.
import type { KeyValueStore } from '../../store/key-value.ts'
import type { Note } from '../schema.ts'
import type { Result } from '../../protocol/result.ts'
import type { SettingsSide } from './settings-sync.ts'
import type { LocalWrite } from './note-stamps.ts'

export interface SyncNoteStore {
  all(): Promise<Result<{ notes: Note[]; invalid: Array<{ key: string }> }>>
  get(id: string): Promise<Result<Note>>
  put(note: Note): Promise<Result<Note>>
  remove(id: string): Promise<Result<Note | null>>
}

export interface SyncDeps {
  /** The note store, unhooked: the engine's own writes are not local edits. */
  store: SyncNoteStore
  /** storage.local, for the sync metadata. */
  local: KeyValueStore
  /** storage.sync. */
  area: KeyValueStore
  now: () => number
  random: () => number
  settings?: SettingsSide
  /** Told what another machine changed here, to repaint tabs. */
  changed?: (c: { put: Note[]; removed: Note[]; settings: boolean }) => Promise<void>
}

export interface SyncStatus {
  device: string
  /** Bytes the area holds, as its quota counts them. */
  bytes: number
  quota: number
  items: number
  /** Notes in the area's snapshot. */
  synced: number
  /** Notes kept on this machine only, for lack of room. */
  localOnly: string[]
  lastError: string | null
}

export interface SyncEngine {
  /** After notes were written here (null: any may have changed, as after an import or a clear). */
  localWrite(ids: readonly string[] | null): Promise<LocalWrite[]>
  /** After the settings were changed here. */
  settingsWritten(): Promise<void>
  /** The area changed (another machine, or a reconnect): read it at the next step. */
  remoteChanged(gen?: string): void
  /** When `step` has work to do (ms), or null. */
  wakeAt(): number | null
  /** Does what is due: reads the area, writes it. */
  step(): Promise<void>
  status(): Promise<SyncStatus>
  /** Writes nothing more; resolves once the work already started has finished. */
  stop(): Promise<void>
}
