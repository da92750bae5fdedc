// The reading memory: which entities appeared in which stories the reader has read, kept in a
// key-value store the caller passes (browser.storage.local in the background). This file is the
// public face: it queues writes one at a time, journals each, and finishes an interrupted one on
// the next start. It never reaches the network; it knows nothing of tabs or messages.
import * as v from 'valibot'
import type { ReadingMemory, RecordResult, Recovery } from './memory-api.ts'
import { hostOfKey, normaliseSite, siteMatches } from './sites.ts'
import { applyJournal } from './apply-ops.ts'
import { compactStory, storyFootprint, type ReadStoryInput } from './compact.ts'
import { entityMatchKey } from './entity-key.ts'
import { buildExport } from './export.ts'
import type { KeyValueStore } from '../store/key-value.ts'
import { JOURNAL_KEY, META_KEY, SETTINGS_KEY, isStoryItemKey, dayOf, storyIdProbes, storyItemKey } from './layout.ts'
import { readStory, splitEntity, viewStory } from './migrate.ts'
import { allStoryIds, catalogByDay, listStories, lookupEntities, storiesByIds } from './queries.ts'
import { rebuildIndex } from './rebuild.ts'
import { createStorySearch, type StorySearch } from './story-search.ts'
import { Journal, Settings, type StoryV2 } from './schema.ts'
import { createSerialQueue } from '../store/serial-queue.ts'
import { readMeta, readSettings } from './stored-values.ts'

const DAY_MS = 86_400_000
// Stories forgotten per journalled operation: keeps each journal entry and write small.
const FORGET_BATCH = 200
// Stories written per journalled operation by recordMany: one read and one write of the heads
// they share (fewer, larger batches rewrite the popular heads less often), with a journal entry
// of about a megabyte.
const RECORD_BATCH = 1000

export type { ReadingMemory, RecordResult, Recovery }
export { normaliseSite }

export function createReadingMemory(kv: KeyValueStore, options: { now?: () => number } = {}): ReadingMemory {
  const now = options.now ?? (() => Date.now())
  const queue = createSerialQueue()
  let recovery: Promise<Recovery> | null = null
  let listing: Promise<StorySearch> | null = null

  /** The search index over every story: built on first use (the options page's list of the entities
   *  most read about, as it opens, so before the first keystroke), kept until a write drops it. */
  const searchIndex = (): Promise<StorySearch> => {
    if (listing === null) {
      const built = (async () => createStorySearch(await storiesByIds(kv, await allStoryIds(kv))))()
      listing = built
      built.catch(() => { if (listing === built) listing = null })
    }
    return listing
  }

  // A recovery that failed (storage unavailable) is tried again by the next call.
  const ready = () =>
    (recovery ??= queue.run(recover).catch((err: unknown) => {
      recovery = null
      throw err
    }))
  const write = async <T>(task: () => Promise<T>): Promise<T> => {
    await ready()
    listing = null
    try {
      return await queue.run(task)
    } finally {
      listing = null
    }
  }

  const apply = (op: Journal) => applyJournal(kv, op)

  /** `alongside`: items written in the journal's own set (atomic in storage.local). */
  async function journalled(op: Journal, alongside: Record<string, unknown> = {}): Promise<void> {
    await kv.set({ ...alongside, [JOURNAL_KEY]: op })
    await apply(op)
    await kv.remove([JOURNAL_KEY])
  }

  async function recover(): Promise<Recovery> {
    const out: Recovery = { replayed: null, rebuilt: null }
    const j = (await kv.get([JOURNAL_KEY]))[JOURNAL_KEY]
    if (j !== undefined) {
      const parsed = v.safeParse(Journal, j)
      if (parsed.success) {
        await apply(parsed.output)
        out.replayed = parsed.output.op
      } else {
        out.rebuilt = await rebuildIndex(kv) // what was half done is unknown: start again from records
      }
      await kv.remove([JOURNAL_KEY])
    }
    const meta = (await kv.get([META_KEY]))[META_KEY]
    if (out.rebuilt === null && readMeta(meta) === null) {
      // No readable meta: a fresh store, or an index that was lost. Only the latter has stories.
      const any = meta !== undefined || Object.keys(await kv.get(null)).some(isStoryItemKey)
      if (any) out.rebuilt = await rebuildIndex(kv)
      else await kv.set({ [META_KEY]: { v: 1, days: [] } })
    }
    return out
  }

  const loadSettings = async () => readSettings((await kv.get([SETTINGS_KEY]))[SETTINGS_KEY])

  /** The id a key is stored under (existing record) or may be (first free probe). */
  async function locate(key: string): Promise<{ id: string | null; story: StoryV2 | null; raw: boolean }> {
    const probes = storyIdProbes(key)
    const got = await kv.get(probes.map(storyItemKey))
    let free: string | null = null
    for (const id of probes) {
      const raw = got[storyItemKey(id)]
      if (raw === undefined) {
        free ??= id
        continue
      }
      const s = readStory(raw)
      if (s?.k === key) return { id, story: s, raw: true }
      const o = raw as { k?: unknown; key?: unknown } | null
      // A damaged record of this very story: reuse its place rather than leave a twin.
      if (s === null && (o?.k === key || o?.key === key)) return { id, story: null, raw: true }
    }
    return { id: free, story: null, raw: false }
  }

  const matchKeys = (s: StoryV2) => [...new Set(s.e.map((e) => { const x = splitEntity(e); return entityMatchKey(x.name, x.type) }))]

  /** `makingRoom`: storage may be full to the byte, where a journal alone cannot be written. Its
   *  set then also replaces each record with a tombstone (0, read as a damaged record and skipped),
   *  freeing more than the journal takes: a journal item is the record's entities' match keys,
   *  less than the record itself. The forget then removes the tombstones. */
  async function forgetRecords(records: { id: string; s: StoryV2 | null; day?: string }[], options: { makingRoom?: boolean } = {}): Promise<void> {
    for (let i = 0; i < records.length; i += FORGET_BATCH) {
      const items = records.slice(i, i + FORGET_BATCH).map(({ id, s, day }) => ({
        id, day: s ? dayOf(s.r) : (day ?? null), m: s ? matchKeys(s) : [],
      }))
      const tombstones = options.makingRoom ? Object.fromEntries(items.map((it) => [storyItemKey(it.id), 0])) : {}
      await journalled({ op: 'forget', items }, tombstones)
    }
  }

  async function readRecords(ids: string[]): Promise<{ id: string; s: StoryV2 }[]> {
    const out: { id: string; s: StoryV2 }[] = []
    const got = ids.length > 0 ? await kv.get(ids.map(storyItemKey)) : {}
    for (const id of ids) {
      const s = readStory(got[storyItemKey(id)])
      if (s) out.push({ id, s })
    }
    return out
  }

  /** Forgets catalogued stories; those whose record is unreadable go too (their index entries
   *  cannot be found from the record, so their day says where they are catalogued). */
  async function forgetCatalogued(victims: string[], catalog: { day: string; ids: string[] }[],
    options: { makingRoom?: boolean } = {}): Promise<void> {
    const readable = await readRecords(victims)
    const readIds = new Set(readable.map((r) => r.id))
    const dayOfId = new Map(catalog.flatMap((c) => c.ids.map((id) => [id, c.day] as const)))
    const unreadable = victims.filter((id) => !readIds.has(id)).map((id) => ({ id, s: null, day: dayOfId.get(id) }))
    await forgetRecords([...readable, ...unreadable], options)
  }

  /** Why a story is not recorded under these settings, or null. */
  function refusal(input: ReadStoryInput, settings: Settings): RecordResult | null {
    if (settings.paused) return { ok: false, reason: 'paused' }
    if (typeof input?.key !== 'string') return { ok: false, reason: 'no story key' }
    const host = hostOfKey(input.key)
    if (settings.excludedSites.some((s) => siteMatches(host, s))) return { ok: false, reason: 'excluded site' }
    return null
  }

  async function recordOne(input: ReadStoryInput, readAt: number | undefined, settings: Settings): Promise<RecordResult> {
    const refused = refusal(input, settings)
    if (refused) return refused
    const found = await locate(input.key)
    if (found.id === null) return { ok: false, reason: 'no free story id' }
    const old = found.story
    // Entities already remembered go first so the byte budget never cuts them (the index
    // holds this story under them).
    const entities = [
      ...(old ? old.e.map((e) => ({ ...splitEntity(e), mentions: Number.MAX_SAFE_INTEGER })) : []),
      ...(Array.isArray(input.entities) ? input.entities : []),
    ]
    const c = compactStory({ ...input, entities }, old ? old.r : (readAt ?? now()), found.id)
    if (!c.ok) return c
    const had = new Set(old ? matchKeys(old) : [])
    const add = c.entities.filter((e) => !had.has(e.m))
    await journalled({ op: 'record', id: found.id, story: c.story, add })
    return { ok: true, key: input.key, created: old === null, entities: c.story.e.length, bytes: storyFootprint(c.story, found.id) }
  }

  return {
    ready,

    record: (input, readAt) => write(async () => recordOne(input, readAt, await loadSettings())),

    recordMany: (inputs) =>
      write(async () => {
        const settings = await loadSettings()
        const out: RecordResult[] = []
        for (let i = 0; i < inputs.length; i += RECORD_BATCH) {
          const batch = inputs.slice(i, i + RECORD_BATCH)
          const got = await kv.get(batch.flatMap(({ story }) => typeof story?.key === 'string' ? storyIdProbes(story.key).map(storyItemKey) : []))
          const items: Extract<Journal, { op: 'record-batch' }>['items'] = []
          const taken = new Set<string>()
          const results: (RecordResult | { again: { story: ReadStoryInput; readAt: number } })[] = []
          for (const entry of batch) {
            const refused = refusal(entry.story, settings)
            if (refused) { results.push(refused); continue }
            const id = storyIdProbes(entry.story.key).find((p) => got[storyItemKey(p)] === undefined && !taken.has(p))
            // Stored already, a twin in this batch, or a hash collision: the one-story path.
            const stored = storyIdProbes(entry.story.key).some((p) => got[storyItemKey(p)] !== undefined || taken.has(p))
            if (id === undefined || stored) { results.push({ again: entry }); continue }
            const c = compactStory(entry.story, entry.readAt, id)
            if (!c.ok) { results.push(c); continue }
            taken.add(id)
            items.push({ id, story: c.story, add: c.entities })
            results.push({ ok: true, key: entry.story.key, created: true, entities: c.story.e.length, bytes: storyFootprint(c.story, id) })
          }
          if (items.length > 0) await journalled({ op: 'record-batch', items })
          for (const r of results) out.push('again' in r ? await recordOne(r.again.story, r.again.readAt, settings) : r)
        }
        return out
      }),

    lookup: async (entity, opts) => (await ready(), (await lookupEntities(kv, [entity], opts))[0]),
    lookupMany: async (entities, opts) => (await ready(), lookupEntities(kv, entities, opts)),
    getStory: async (key) => {
      await ready()
      const { story } = await locate(key)
      return story ? viewStory(story) : null
    },
    listStories: async (opts) => (await ready(), listStories(kv, opts, searchIndex)),
    topEntities: async (opts) => (await ready(), (await searchIndex()).top(opts)),

    forget: (key) =>
      write(async () => {
        const found = await locate(key)
        if (!found.raw || found.id === null) return false
        await forgetRecords([{ id: found.id, s: found.story }])
        return true
      }),

    forgetSite: (site) =>
      write(async () => {
        const target = normaliseSite(site)
        const records = await readRecords(await allStoryIds(kv))
        const victims = records.filter(({ s }) => siteMatches(hostOfKey(s.k), target))
        await forgetRecords(victims)
        return victims.length
      }),

    clear: () => write(() => journalled({ op: 'clear' })),

    prune: () =>
      write(async () => {
        const settings = await loadSettings()
        const catalog = await catalogByDay(kv) // newest first
        const ids = catalog.flatMap((c) => c.ids)
        const victims = new Set<string>(ids.slice(settings.maxStories))
        if (settings.retentionDays !== null) {
          const cutoff = now() - settings.retentionDays * DAY_MS
          const cutoffDay = dayOf(cutoff)
          // Days before the cutoff's day go whole; only the cutoff's day is read by date.
          for (const c of catalog) if (c.day < cutoffDay) c.ids.forEach((id) => victims.add(id))
          const boundary = catalog.find((c) => c.day === cutoffDay)?.ids ?? []
          for (const { id, s } of await readRecords(boundary)) if (s.r < cutoff) victims.add(id)
        }
        await forgetCatalogued([...victims], catalog)
        return victims.size
      }),

    forgetOldest: (count) =>
      write(async () => {
        const catalog = await catalogByDay(kv) // newest first
        const ids = catalog.flatMap((c) => c.ids)
        const victims = ids.slice(Math.max(0, ids.length - Math.max(0, Math.floor(count))))
        await forgetCatalogued(victims, catalog, { makingRoom: true })
        return victims.length
      }),

    getSettings: async () => (await ready(), loadSettings()),
    updateSettings: (patch) =>
      write(async () => {
        const current = await loadSettings()
        const next = { ...current, ...patch, v: 1 as const }
        next.excludedSites = [...new Set((next.excludedSites ?? []).map(normaliseSite).filter((s) => s !== ''))]
        const parsed = v.safeParse(Settings, next)
        if (!parsed.success) throw new Error(`invalid settings: ${parsed.issues[0].message}`)
        await kv.set({ [SETTINGS_KEY]: parsed.output })
        return parsed.output
      }),

    export: async () => {
      await ready()
      const [stories, settings] = await Promise.all([storiesByIds(kv, await allStoryIds(kv)), loadSettings()])
      // Read afresh, not from the listing cache: an export must hold everything stored now.
      return buildExport(stories, settings, now())
    },

    rebuild: () => write(() => rebuildIndex(kv)),
  }
}
