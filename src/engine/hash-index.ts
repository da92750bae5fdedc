// An open-addressing index from 32-bit keys to their position in a key array: built once when the
// model loads, then read for every feature of every token. Linear probing, load factor ≤ 0.5.

export class HashIndex {
  readonly keys: Uint32Array
  private readonly table: Int32Array
  private readonly mask: number

  constructor(keys: Uint32Array) {
    this.keys = keys
    let size = 16
    while (size < keys.length * 2) size *= 2
    this.table = new Int32Array(size) // position + 1; 0 is empty
    this.mask = size - 1
    for (let i = 0; i < keys.length; i++) {
      let slot = keys[i] & this.mask
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask
      this.table[slot] = i + 1
    }
  }

  /** Position of `key` in `keys`, or -1. */
  get(key: number): number {
    let slot = key & this.mask
    for (;;) {
      const p = this.table[slot]
      if (p === 0) return -1
      if (this.keys[p - 1] === key) return p - 1
      slot = (slot + 1) & this.mask
    }
  }
}
