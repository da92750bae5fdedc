// A key-value store with a quota, counted as Chrome counts storage.local (each key's length plus
// its value's JSON length): a write that would pass the quota throws, as the browsers' storage does
// when it is full, and changes nothing. Values are kept as JSON, so they are copied in and out as
// extension storage copies them.
import type { KeyValueStore } from '../../../src/store/key-value.ts'

/** Chrome's message for a full storage.local (Firefox: "QuotaExceededError: …"). */
export const QUOTA_MESSAGE = 'QUOTA_BYTES quota exceeded'

export interface QuotaKv extends KeyValueStore {
  /** Bytes in use now. */
  bytes(): number
  /** The most bytes ever in use. */
  peak(): number
  quota: number
  keys(): IterableIterator<string>
}

export function createQuotaKv(quota: number): QuotaKv {
  const data = new Map<string, string>()
  let used = 0
  let peak = 0
  const store: QuotaKv = {
    quota,
    bytes: () => used,
    peak: () => peak,
    keys: () => data.keys(),
    async get(keys) {
      const out: Record<string, unknown> = {}
      for (const k of keys ?? [...data.keys()]) {
        const v = data.get(k)
        if (v !== undefined) out[k] = JSON.parse(v)
      }
      return out
    },
    async set(items) {
      const next = Object.entries(items).map(([k, v]) => [k, JSON.stringify(v)] as const)
      let after = used
      for (const [k, s] of next) {
        const old = data.get(k)
        after += s.length - (old === undefined ? -k.length : old.length)
      }
      if (after > store.quota) throw new Error(QUOTA_MESSAGE)
      for (const [k, s] of next) data.set(k, s)
      used = after
      peak = Math.max(peak, used)
    },
    async remove(keys) {
      for (const k of keys) {
        const old = data.get(k)
        if (old === undefined) continue
        used -= k.length + old.length
        data.delete(k)
      }
    },
  }
  return store
}
