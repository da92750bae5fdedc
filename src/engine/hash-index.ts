// An index from sorted 32-bit keys to their position in the key array: built once when the model
// loads, then read for every feature of every token. The keys are hashes, so they spread evenly:
// their top bits split them into about one key a bucket, and a bucket's keys are found between
// two bucket starts. Building it is one pass over the keys (no probing, no scattered writes), which
// keeps loading the model quick; a lookup reads one or two keys.
// The model file stores hashes cut to their top bits (keyBits): a sorted set of n keys costs
// about log2(2^bits / n) + 2 bits a key, so 6 bits fewer save 6 bits a key, and the lookups cut
// the query hash the same way. The price is a false hit with chance n / 2^bits per unseen key.

/** A 32-bit hash cut to its top `bits` bits, as the model file stores keys. */
export function cutKey(hash: number, bits: number): number {
  return bits >= 32 ? hash >>> 0 : hash >>> (32 - bits)
}

export class HashIndex {
  readonly keys: Uint32Array
  private readonly starts: Int32Array
  private readonly shift: number
  private readonly bucketShift: number

  /**
   * `keys` sorted ascending and already cut to `keyBits`; get() takes whole 32-bit hashes and
   * cuts them itself.
   */
  constructor(keys: Uint32Array, keyBits = 32) {
    this.keys = keys
    this.shift = 32 - keyBits
    let bits = 1
    while (bits < keyBits && 2 ** bits < keys.length) bits++
    this.bucketShift = keyBits - bits
    const buckets = 2 ** bits
    // count each bucket's keys, then sum the counts into starts: two plain passes, as this runs
    // once, cold, while the model loads
    const starts = new Int32Array(buckets + 1)
    const shift = this.bucketShift
    let prev = -1
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]
      if (k <= prev) throw new Error('hash index: keys must be sorted and unique')
      prev = k
      starts[(k >>> shift) + 1]++
    }
    if (keys.length > 0 && keys[keys.length - 1] >>> shift >= buckets) throw new Error('hash index: keys must be sorted and fit their width')
    for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b]
    this.starts = starts
  }

  /** Position of the (cut) `hash` in `keys`, or -1. */
  get(hash: number): number {
    const key = this.shift === 0 ? hash >>> 0 : hash >>> this.shift
    const b = key >>> this.bucketShift
    const end = this.starts[b + 1]
    for (let i = this.starts[b]; i < end; i++) {
      const k = this.keys[i]
      if (k === key) return i
      if (k > key) return -1
    }
    return -1
  }
}
