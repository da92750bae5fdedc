// 32-bit hashing for features and gazetteer keys: FNV-1a over UTF-16 code units, and a
// murmur3-style mixer to combine a template id with values. Integers only, so feature ids are
// built without creating strings.

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

export function hashString(s: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, FNV_PRIME)
  }
  return h >>> 0
}

/** Combines a running hash with one more 32-bit value (order matters). */
export function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51)
  k = (k << 15) | (k >>> 17)
  k = Math.imul(k, 0x1b873593)
  h ^= k
  h = (h << 13) | (h >>> 19)
  h = (Math.imul(h, 5) + 0xe6546b64) | 0
  return h >>> 0
}

/** Final avalanche, so that nearby inputs spread over a hash table. */
export function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export function mix2(template: number, a: number): number {
  return fmix(mix(mix(0x9747b28c, template), a))
}

export function mix3(template: number, a: number, b: number): number {
  return fmix(mix(mix(mix(0x9747b28c, template), a), b))
}

export function mix4(template: number, a: number, b: number, c: number): number {
  return fmix(mix(mix(mix(mix(0x9747b28c, template), a), b), c))
}
