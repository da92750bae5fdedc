// The storage notes and memory write through: the subset of browser.storage.local they use, so the
// background passes browser.storage.local and tests and benchmarks pass memoryKeyValue(). Values
// are JSON-like.

export interface KeyValueStore {
  /** The items under `keys` (absent keys are left out); `null` returns every item (clear and repair only). */
  get(keys: string[] | null): Promise<Record<string, unknown>>
  /** Writes the items; each key is replaced whole (atomically, per key). */
  set(items: Record<string, unknown>): Promise<void>
  remove(keys: string[]): Promise<void>
}

/**
 * An in-memory KeyValueStore that copies values in and out as browser.storage does (structured
 * clone), so callers never share objects with it.
 */
export function memoryKeyValue(initial: Record<string, unknown> = {}): KeyValueStore & {
  readonly data: Map<string, unknown>
} {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)))
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {}
      for (const key of keys ?? data.keys()) {
        if (data.has(key)) out[key] = structuredClone(data.get(key))
      }
      return out
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value))
    },
    async remove(keys) {
      for (const key of keys) data.delete(key)
    },
  }
}
