// Reading memory at the size: 10,000 synthetic stories recorded through the public API
// into an in-memory store that copies values like extension storage does. Measures card lookups
// (budget ≤ 10 ms), storage bytes per story (budget ≤ 2 KB), and what a write costs. The
// in-memory store has no IPC: browser.storage.local adds its own round trips (about 1 ms each
// in Chrome) on top; a card costs two or three of them.
import { memoryKeyValue } from '../../src/store/key-value.ts'
import { createReadingMemory } from '../../src/memory/reading-memory.ts'
import { MEMORY_BYTE_LIMIT } from '../../src/memory/capacity.ts'
import { syntheticReading } from '../../tests/fixtures/memory/synthetic-reading.ts'
import { createQuotaKv } from '../../tests/unit/support/quota-kv.ts'
import { readStory, viewStory } from '../../src/memory/migrate.ts'
import { cpus, loadavg } from 'node:os'
import type { BenchRow } from './row.ts'

const STORIES = 10_000
// Issue 18: the memory's size at its default cap, recorded through the bulk path.
const STORIES_AT_CAP = 50_000
const LOOKUPS = 400
const CARD_BUDGET_MS = 10
const BYTES_BUDGET = 2048
// Issue 18: the options page's search keeps up with typing.
const SEARCH_KEY_BUDGET_MS = 50

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]
const fmtMs = (ms: number) => `${ms.toFixed(2)} ms`

export default async function memoryBench(): Promise<BenchRow[]> {
  const reading = syntheticReading()
  const { vocab, pick } = reading

  const kv = memoryKeyValue()
  let clock = 0
  const memory = createReadingMemory(kv, { now: () => clock })
  let written = 0
  const countingKv = { ...kv, set: async (items: Record<string, unknown>) => { written += JSON.stringify(items).length; return kv.set(items) } }
  const recorder = createReadingMemory(countingKv, { now: () => clock })
  const keys: string[] = []
  const startRecord = performance.now()
  for (let s = 0; s < STORIES; s++) {
    const { story, readAt } = reading.next()
    clock = readAt
    keys.push(story.key)
    await recorder.record(story)
  }
  const recordMs = (performance.now() - startRecord) / STORIES

  // Storage bytes: key names and JSON values, as Chrome counts storage.local quota.
  let bytes = 0
  let v1Bytes = 0
  for (const [k, v] of kv.data) {
    bytes += Buffer.byteLength(k) + Buffer.byteLength(JSON.stringify(v))
    if (k.startsWith('gm/s/')) {
      const s = readStory(v)
      if (s) {
        const view = viewStory(s)
        const v1 = { v: 1, ...view, readAt: new Date(view.readAt).toISOString() }
        v1Bytes += Buffer.byteLength(k) + Buffer.byteLength(JSON.stringify(v1))
      }
    } else {
      v1Bytes += Buffer.byteLength(k) + Buffer.byteLength(JSON.stringify(v))
    }
  }
  const perStory = bytes / STORIES

  // Card lookups: popular, middling and rare entities, on the story being read.
  const sample = Array.from({ length: LOOKUPS }, (_, i) => {
    const rank = i % 4 === 0 ? i % 20 : i % 4 === 1 ? 100 + i : pick()
    return { entity: vocab[rank], excludeKey: keys[STORIES - 1 - (i % 50)] }
  })
  for (const q of sample.slice(0, 50)) await memory.lookup(q.entity, { excludeKey: q.excludeKey })
  // Each card is timed three times and its fastest kept: the machine is shared, and a lookup
  // preempted by another process says nothing about the lookup. The slowest single run is
  // reported beside it.
  const times: number[] = []
  const firstRuns: number[] = []
  let slowest = 0
  let found = 0
  for (const q of sample) {
    let best = Infinity
    for (let rep = 0; rep < 3; rep++) {
      const t = performance.now()
      const r = await memory.lookup(q.entity, { excludeKey: q.excludeKey })
      const ms = performance.now() - t
      best = Math.min(best, ms)
      slowest = Math.max(slowest, ms)
      if (rep === 0) {
        found += r.stories.length
        firstRuns.push(ms)
      }
    }
    times.push(best)
  }
  const top = await memory.lookup(vocab[0], { excludeKey: keys[STORIES - 1] })
  // The popup: cards for every entity of a story at once.
  const popupTimes: number[] = []
  for (let i = 0; i < 20; i++) {
    const entities = Array.from({ length: 30 }, () => vocab[pick()])
    const t = performance.now()
    await memory.lookupMany(entities, { excludeKey: keys[STORIES - 1 - i] })
    popupTimes.push(performance.now() - t)
  }
  // The options page: opening it lists the first stories and the entities most read about, which
  // builds the search index; then the reader types a name, and each keystroke asks for both lists
  // (as memory-view.tsx does). The worker's cost per keystroke, without the message round trip.
  let t = performance.now()
  await memory.listStories({ limit: 50 })
  await memory.topEntities({ limit: 20 })
  const openMs = performance.now() - t
  const typed = `${vocab[3].name} ${vocab[7].name.slice(0, 4)}`
  const keystrokes: number[] = []
  let listed = { total: 0 }
  for (let i = 1; i <= typed.length; i++) {
    t = performance.now()
    listed = await memory.listStories({ query: typed.slice(0, i), limit: 50 })
    await memory.topEntities({ query: typed.slice(0, i), limit: 20 })
    keystrokes.push(performance.now() - t)
  }
  const oneWord = await memory.listStories({ query: vocab[3].name, limit: 50 })
  const worstKey = Math.max(...keystrokes)
  t = performance.now()
  await memory.topEntities({ limit: 50 })
  const topMs = performance.now() - t

  // The memory at its default cap, 50,000 stories, through the bulk path (recordMany) into a store
  // whose quota is the memory's byte limit, counted as Chrome counts storage.local.
  const capKv = createQuotaKv(MEMORY_BYTE_LIMIT)
  const capReading = syntheticReading()
  t = performance.now()
  await createReadingMemory(capKv).recordMany(Array.from({ length: STORIES_AT_CAP }, () => capReading.next()))
  const capMs = performance.now() - t

  const p95 = percentile(times, 0.95)
  return [
    { group: 'memory', name: `card lookup p95 (${STORIES.toLocaleString('en')} stories, in-memory KV)`, value: fmtMs(p95), peer: `median ${fmtMs(percentile(times, 0.5))}, first runs p95 ${fmtMs(percentile(firstRuns, 0.95))}, slowest single run ${fmtMs(slowest)}, load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`, budget: `≤ ${CARD_BUDGET_MS} ms`, ok: p95 <= CARD_BUDGET_MS },
    { group: 'memory', name: `card lookup, most common entity (in ${top.total} stories)`, value: fmtMs(times[0]), budget: `≤ ${CARD_BUDGET_MS} ms`, ok: times[0] <= CARD_BUDGET_MS },
    { group: 'memory', name: 'popup: 30 cards in one lookupMany, p95', value: fmtMs(percentile(popupTimes, 0.95)) },
    { group: 'memory', name: 'storage per story (all keys and values / stories)', value: `${Math.round(perStory)} B`, peer: `version 1 shape ${Math.round(v1Bytes / STORIES)} B`, budget: `≤ ${BYTES_BUDGET} B`, ok: perStory <= BYTES_BUDGET },
    { group: 'memory', name: 'storage total', value: `${(bytes / 1e6).toFixed(1)} MB`, peer: 'Chrome storage.local quota 10 MB without unlimitedStorage' },
    { group: 'memory', name: `storage of ${STORIES_AT_CAP.toLocaleString('en')} stories (the default cap; recordMany)`, value: `${(capKv.peak() / 1e6).toFixed(1)} MB`,
      peer: `${Math.round(capKv.peak() / STORIES_AT_CAP)} B a story; recorded in ${(capMs / 1000).toFixed(1)} s, load ${loadavg()[0].toFixed(1)}`,
      budget: `≤ ${(MEMORY_BYTE_LIMIT / 1e6).toFixed(1)} MB`, ok: capKv.peak() <= MEMORY_BYTE_LIMIT },
    { group: 'memory', name: 'bytes written per story recorded (JSON)', value: `${Math.round(written / STORIES)} B` },
    { group: 'memory', name: 'record one story (in-memory KV)', value: fmtMs(recordMs) },
    { group: 'memory', name: `options: open (first stories, top entities; builds the search index)`, value: fmtMs(openMs) },
    { group: 'memory', name: `options: search stories, slowest keystroke of "${typed}" (${oneWord.total} hits for "${vocab[3].name}", ${listed.total} at the end)`,
      value: fmtMs(worstKey), peer: `median ${fmtMs(percentile(keystrokes, 0.5))}, ${keystrokes.length} keystrokes; before the index: 2.4 s, next keystroke 0.28 s`,
      budget: '≤ 50 ms', ok: worstKey <= SEARCH_KEY_BUDGET_MS },
    { group: 'memory', name: 'options: top entities over all stories', value: fmtMs(topMs) },
    { group: 'memory', name: 'stories found per card (sanity)', value: (found / LOOKUPS).toFixed(1) },
  ]
}
