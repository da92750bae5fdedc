// Notes and settings kept the same on every machine of the reader through storage.sync. Each
// machine keeps its notes in its own store (the truth for this machine) and the stamps of their
// fields in its sync metadata; the area holds one snapshot of records (snapshot.ts) that every
// machine merges into its own (record.ts: per-field last writer wins by hybrid-clock stamp,
// deletes as tombstones) and rewrites when it knows something the snapshot lacks. Merging only
// ever adds what is newer, so a late, repeated or half-delivered snapshot changes nothing wrong,
// and a note is never dropped because the area lacks it (it may not have fitted, or not arrived).
// No timers here: the caller asks `wakeAt()` and calls `step()` then; time is passed in.
import type { Note } from '../schema.ts'
import { noteKey } from '../storage-keys.ts'
import { formatStamp, observe, tick, type Stamp } from './hlc.ts'
import { isLive, mergeRecords, newestStamp, normalize, sameWrites, covers, type SyncRecord } from './record.ts'
import { NOTE_FIELDS, fieldDigest, noteFieldValues, noteFromFields } from './note-fields.ts'
import { createSettingsSync, type SettingsSide } from './settings-sync.ts'

export type { SettingsSide }
import { areaBytes, decodeSnapshot, HEADER_KEY, SETTINGS_ID, SNAPSHOT_VERSION, staleChunkKeys } from './snapshot.ts'
import { liveTombstones, planSnapshot, QUOTA_BYTES } from './plan.ts'
import { noteRecord, stampChanges, storedRecord, type LocalWrite } from './note-stamps.ts'
import type { SyncDeps, SyncEngine, SyncNoteStore, SyncStatus } from './sync-types.ts'
import { loadMeta, saveMeta, type NoteStamps, type SyncMeta } from './sync-meta.ts'
import { BACKOFF_MS, dueAt as pacedDueAt } from './write-pacing.ts'

export { BACKOFF_MS, DEBOUNCE_MS, MAX_WAIT_MS, MIN_GAP_MS } from './write-pacing.ts'

export type { LocalWrite, SyncDeps, SyncEngine, SyncNoteStore, SyncStatus }

interface Local { writes: LocalWrite[]; notes: Map<string, Note>; invalid: Set<string> }

export function createSyncEngine(deps: SyncDeps): SyncEngine {
  let meta: Promise<SyncMeta> | null = null
  let tail: Promise<unknown> = Promise.resolve()
  let pullNeeded = true
  let dirtySince: number | null = null
  let lastEdit = 0
  let backoffUntil = 0
  let lastError: string | null = null
  let lastGen: string | null = null
  /** A newer Gloss wrote the area: leave it alone until this one is updated. */
  let blocked = false
  /** The first read of this worker has stamped what changed while no worker ran. */
  let started = false
  let cache: { notes: Map<string, Note>; invalid: Set<string> } | null = null
  /** Stopped (sync turned off, storage cleared): no further write of any kind. */
  let stopped = false

  /** One operation at a time, in call order (a local write never interleaves with a merge). */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }

  const getMeta = () => (meta ??= loadMeta(deps.local, deps.random))
  const stampNow = (m: SyncMeta): Stamp => { m.clock = tick(m.clock, deps.now()); return formatStamp(m.clock, m.device) }
  const settingsSync = createSettingsSync(deps.settings, stampNow)
  const markDirty = () => { const now = deps.now(); dirtySince ??= now; lastEdit = now }

  const recordOfNote = (m: SyncMeta, note: Note) => noteRecord(m, note)
  const localRecord = (m: SyncMeta, id: string, note: Note | undefined) => storedRecord(m, id, note)
  const reconcileNote = (m: SyncMeta, id: string, note: Note | null) => stampChanges(m, id, note, () => stampNow(m))

  async function reconcileAll(m: SyncMeta): Promise<Local | null> {
    cache = null
    const read = await readLocal()
    if (!read) return null
    const { notes, invalid } = read
    const writes: LocalWrite[] = []
    for (const note of notes.values()) { const w = reconcileNote(m, note.id, note); if (w) writes.push(w) }
    // A note the metadata knows and the store no longer has was deleted here (an unreadable item
    // is not a delete: it is still there).
    for (const id of [...m.notes.keys()]) {
      if (notes.has(id) || invalid.has(noteKey(id))) continue
      const w = reconcileNote(m, id, null)
      if (w) writes.push(w)
    }
    if (await settingsSync.reconcile(m)) writes.push({ id: SETTINGS_ID, fields: {}, deleted: null })
    return { writes, notes, invalid }
  }

  /** Reads the area and merges it here; marks the area for rewriting when it lacks what this machine knows. */
  async function pull(m: SyncMeta): Promise<{ notes: Map<string, Note> } | null> {
    // Local writes are stamped as they happen (localWrite); the first pull of a worker also
    // stamps what changed while none ran (a write whose worker stopped before its stamp).
    const local = started ? await readLocal() : await reconcileAll(m)
    if (!local) return null
    started = true
    if (local.writes.length) markDirty()
    const items = await deps.area.get(null)
    const decoded = await decodeSnapshot(items)
    if (decoded.status === 'incomplete') return local // the rest of it is on its way: its change comes next
    if (decoded.status === 'invalid') {
      const header = items[HEADER_KEY] as { v?: unknown } | undefined
      blocked = typeof header?.v === 'number' && header.v > SNAPSHOT_VERSION
      lastError = blocked ? 'The sync area was written by a newer Gloss; update Gloss on this machine.' : decoded.reason
      if (!blocked) markDirty()
      return local
    }
    blocked = false
    if (decoded.status === 'empty') {
      if (m.notes.size || m.dead.size || m.settings.size) markDirty()
      return local
    }
    const snap = decoded.snapshot
    lastGen = snap.gen
    m.clock = observe(m.clock, snap.gen)
    if (stopped) return null
    const put: Note[] = [], removed: Note[] = []
    let settingsChanged = false
    const remote = new Map<string, SyncRecord>()
    for (const r of snap.records) {
      remote.set(r.id, r)
      m.clock = observe(m.clock, newestStamp(r) || snap.gen)
      if (r.id === SETTINGS_ID) { settingsChanged = (await settingsSync.merge(m, r)) || settingsChanged; continue }
      if (local.invalid.has(noteKey(r.id))) continue // an unreadable item here is kept as it is
      const note = local.notes.get(r.id)
      const mine = localRecord(m, r.id, note)
      const merged = mergeRecords(mine, r)
      if (sameWrites(merged, normalize(mine))) continue
      if (isLive(merged)) {
        const built = noteFromFields(r.id, merged.fields)
        if (!built.ok) continue // another machine's note that does not pass our schema: not taken
        const saved = await deps.store.put(built.value)
        if (!saved.ok) { lastError = saved.error.message; continue }
        const values = noteFieldValues(saved.value)
        m.notes.set(r.id, NOTE_FIELDS.flatMap((name) => [merged.fields.get(name)!.s, fieldDigest(name, values[name])]) as NoteStamps)
        m.dead.delete(r.id)
        local.notes.set(r.id, saved.value)
        put.push(saved.value)
      } else {
        if (note) {
          const gone = await deps.store.remove(r.id)
          if (!gone.ok) { lastError = gone.error.message; continue }
          removed.push(note)
          local.notes.delete(r.id)
        }
        m.notes.delete(r.id)
        m.dead.set(r.id, merged.del!)
      }
    }
    // Anything this machine holds that the snapshot lacks, and that would have fitted in it,
    // is written back (another machine wrote without it, or a delete of ours is not there yet).
    const mineAll: SyncRecord[] = [...local.notes.values()].filter((n) => m.notes.has(n.id)).map((n) => recordOfNote(m, n))
    mineAll.push(...liveTombstones([...m.dead].map(([id, del]) => ({ id, fields: new Map(), del })), deps.now()))
    const settings = await settingsSync.record(m)
    if (settings) mineAll.push(settings)
    if (mineAll.some((r) => { const theirs = remote.get(r.id); return !(theirs && covers(theirs, r)) && newestStamp(r) > snap.cut })) markDirty()
    // Saved when this read changed notes here (their stamps must match the store), else with the next write.
    if (put.length || removed.length || settingsChanged) await saveMeta(deps.local, m)
    if (deps.changed && (put.length || removed.length || settingsChanged)) await deps.changed({ put, removed, settings: settingsChanged })
    return local
  }

  /**
   * This machine's notes: read once per worker, then kept up to date by every write that passes
   * here (local writes are reported through localWrite, merged ones are the engine's own).
   */
  async function readLocal(): Promise<Local | null> {
    if (cache) return { writes: [], notes: cache.notes, invalid: cache.invalid }
    const all = await deps.store.all()
    if (!all.ok) { lastError = all.error.message; return null }
    cache = { notes: new Map(all.value.notes.map((n) => [n.id, n])), invalid: new Set(all.value.invalid.map((i) => i.key)) }
    return { writes: [], ...cache }
  }

  /** Writes this machine's snapshot: newest notes first, as many as fit. */
  async function flush(m: SyncMeta, notes: Iterable<Note>): Promise<void> {
    const gen = stampNow(m)
    const plan = await planSnapshot({
      gen, now: deps.now(), settings: await settingsSync.record(m),
      notes: [...notes].filter((n) => m.notes.has(n.id)).map((n) => recordOfNote(m, n)),
      tombstones: [...m.dead].map(([id, del]) => ({ id, fields: new Map(), del })),
    })
    const before = await deps.area.get(null)
    if (stopped) return
    await deps.area.set(plan.items)
    const stale = staleChunkKeys(before, Object.keys(plan.items).length - 1)
    if (stale.length) await deps.area.remove(stale)
    lastGen = gen
    m.localOnly = plan.localOnly
    // Deletes too old to carry are forgotten here as well.
    const kept = new Set(plan.tombstones.map((t) => t.id))
    for (const id of [...m.dead.keys()]) if (!kept.has(id)) m.dead.delete(id)
    m.lastFlush = deps.now()
    dirtySince = null
    lastError = null
    await saveMeta(deps.local, m)
  }

  function dueAt(m: SyncMeta): number | null {
    return pacedDueAt({ pullNeeded, dirtySince, lastEdit, lastFlush: m.lastFlush, backoffUntil, blocked }, deps.now())
  }
  let knownMeta: SyncMeta | null = null

  return {
    localWrite(ids) {
      return serial(async () => {
        const m = await getMeta()
        knownMeta = m
        let writes: LocalWrite[] = []
        if (ids === null) writes = (await reconcileAll(m))?.writes ?? []
        else {
          for (const id of ids) {
            const got = await deps.store.get(id)
            if (cache) {
              if (got.ok) { cache.notes.set(id, got.value); cache.invalid.delete(noteKey(id)) }
              else if (got.error.code === 'not-found') cache.notes.delete(id)
              else cache = null // unreadable: read everything afresh next time
            }
            if (!got.ok && got.error.code !== 'not-found') continue // unreadable: not ours to judge
            const w = reconcileNote(m, id, got.ok ? got.value : null)
            if (w) writes.push(w)
          }
        }
        // The metadata is saved with the next write of the area, not per edit: one key for every
        // note would be rewritten for each (an import batch, a keystroke's save). Lost with a
        // stopped worker, it costs nothing: the next worker stamps the same changes again.
        if (writes.length) markDirty()
        return writes
      })
    },
    settingsWritten() {
      return serial(async () => {
        const m = await getMeta()
        knownMeta = m
        if (await settingsSync.reconcile(m)) markDirty()
      })
    },
    remoteChanged(gen) {
      if (gen === undefined || gen !== lastGen) pullNeeded = true
    },
    wakeAt() {
      return knownMeta ? dueAt(knownMeta) : deps.now()
    },
    step() {
      return serial(async () => {
        if (stopped) return
        const m = await getMeta()
        knownMeta = m
        try {
          let local = pullNeeded ? (pullNeeded = false, await pull(m)) : null
          const due = dueAt(m)
          if (due !== null && due <= deps.now()) {
            // Read the area just before writing it, so the write carries what others wrote.
            local ??= await pull(m)
            if (local) await flush(m, local.notes.values())
          }
        } catch (e) {
          lastError = e instanceof Error ? e.message : String(e)
          backoffUntil = deps.now() + BACKOFF_MS
          if (dirtySince === null) dirtySince = deps.now()
        }
      })
    },
    stop() {
      stopped = true
      return serial(async () => {})
    },
    status() {
      return serial(async () => {
        const m = await getMeta()
        const items = await deps.area.get(null)
        const decoded = await decodeSnapshot(items)
        return {
          device: m.device, bytes: areaBytes(items), quota: QUOTA_BYTES, items: Object.keys(items).length,
          synced: decoded.status === 'ok' ? decoded.snapshot.records.filter((r) => r.id !== SETTINGS_ID && isLive(r)).length : 0,
          localOnly: m.localOnly, lastError,
        }
      })
    },
  }
}
