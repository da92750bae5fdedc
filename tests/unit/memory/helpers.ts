// Test helpers: story inputs, a store that "dies" after a number of writes, and an invariant
// check of the whole index against the story records.
import type { EntityType } from '../../../src/engine/types.ts'
import type { ReadStoryInput } from '../../../src/memory/compact.ts'
import { entityMatchKey } from '../../../src/memory/entity-key.ts'
import { memoryKeyValue, type KeyValueStore } from '../../../src/store/key-value.ts'
import { readStory, splitEntity } from '../../../src/memory/migrate.ts'

export const DAY = 86_400_000
export const T0 = Date.UTC(2024, 0, 15, 12) // 15 January 2024

export function story(key: string, entities: [string, EntityType][], extra: Partial<ReadStoryInput> = {}): ReadStoryInput {
  return {
    key,
    url: 'https://www.' + key,
    title: `Title of ${key}`,
    site: 'Example News',
    published: '2024-01-15T08:00:00Z',
    entities: entities.map(([name, type]) => ({ name, type })),
    ...extra,
  }
}

export class Stopped extends Error {}

/** A store that throws (the worker stopped) once `budget` writes (set or remove calls) are spent. */
export function dyingKv(kv: KeyValueStore, budget: number): KeyValueStore {
  let left = budget
  const spend = () => {
    if (left-- <= 0) throw new Stopped('worker stopped')
  }
  return {
    get: (keys) => kv.get(keys),
    set: async (items) => (spend(), kv.set(items)),
    remove: async (keys) => (spend(), kv.remove(keys)),
  }
}

/** Problems of the index against the records: ids indexed for an entity their record lacks,
 *  records missing from the catalog or an entity list, counts that disagree. [] when sound. */
export function indexProblems(data: Map<string, unknown>): string[] {
  const problems: string[] = []
  const records = new Map<string, { k: string; m: Set<string> }>()
  for (const [k, raw] of data) {
    if (!k.startsWith('gm/s/')) continue
    const s = readStory(raw)
    if (!s) continue
    records.set(k.slice(5), { k: s.k, m: new Set(s.e.map((e) => { const x = splitEntity(e); return entityMatchKey(x.name, x.type) })) })
  }
  const catalogued = new Set<string>()
  for (const [k, v] of data) if (k.startsWith('gm/c/')) for (const id of v as string[]) catalogued.add(id)
  const posted = new Map<string, string[]>()
  for (const [k, v] of data) {
    if (!k.startsWith('gm/e/') || k.includes('#')) continue
    const m = k.slice(5)
    const head = v as { c: number; g: number; r: string[] }
    const ids = [...head.r]
    for (let i = 0; i < head.g; i++) ids.push(...((data.get(`${k}#${i}`) as string[]) ?? []))
    posted.set(m, ids)
    if (ids.length !== head.c) problems.push(`count of ${m}: ${head.c} for ${ids.length} ids`)
    if (new Set(ids).size !== ids.length) problems.push(`duplicate ids under ${m}`)
    for (const id of ids) if (!records.get(id)?.m.has(m)) problems.push(`${m} lists ${id} that is not there`)
  }
  for (const id of catalogued) if (!records.has(id)) problems.push(`catalog lists missing ${id}`)
  for (const [id, r] of records) {
    if (!catalogued.has(id)) problems.push(`${r.k} not in catalog`)
    for (const m of r.m) if (!posted.get(m)?.includes(id)) problems.push(`${r.k} missing under ${m}`)
  }
  if (!data.has('gm/meta')) problems.push('no meta')
  return problems
}

export { memoryKeyValue }
