// The storage the memory runs on: a small async key-value interface that browser.storage.local
// satisfies as it is, and an in-memory one for tests and benchmarks. Values are JSON-like.

export interface KeyValueStore {
  /** Values of the keys that exist; `null` asks for every key (used only by clear and repair). */
  get(keys: string[] | null): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
  remove(keys: string[]): Promise<void>
}

/** An in-memory store that copies values in and out (structuredClone), as extension storage
 *  serialises them, so callers cannot share objects with it by accident. */
export function createMemoryKv(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)))
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {}
      for (const k of keys ?? [...data.keys()]) {
        if (data.has(k)) out[k] = structuredClone(data.get(k))
      }
      return out
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v))
    },
    async remove(keys) {
      for (const k of keys) data.delete(k)
    },
  }
}
