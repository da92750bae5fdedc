// Gazetteer matching: name lists (people, places, organisations, demonyms) stored as hashes of
// lowercase token sequences, matched longest-first inside a sentence. Each list gives every token
// a BILOU position (or none); the model sees these as features, never as rules.
import { HashIndex } from './hash-index.ts'
import { CLUSTER_KEY_BITS, GAZ_KEY_BITS } from './model-format.ts'
import { mix } from './hash.ts'

/** The lists a gazetteer entry may belong to: bit i of an entry's value means list i. */
export const GAZ_LISTS = [
  'per-first', 'per-name', 'per-full', 'loc-country', 'loc-city', 'loc-region', 'loc-wordnet',
  'org-wordnet', 'org-known', 'misc-demonym', 'org-word', 'loc-word', 'person-title',
  'artifact-wordnet', 'misc-product',
] as const
export const NUM_GAZ_LISTS = GAZ_LISTS.length
export type GazList = (typeof GAZ_LISTS)[number]
/**
 * A token's code for one list, out of its per-token codes (Gazetteer.match): 0 none, 1 first of
 * several, 2 a later one of several, 3 the list holds the word alone.
 */
export const gazCode = (code: number, list: GazList): number => (code >>> (GAZ_LISTS.indexOf(list) * 2)) & 3
/**
 * Whether tokens [start, end) are exactly one whole entry of a gazetteer list: a lone word the
 * list holds alone, or the first and the later words of one longer entry.
 */
export function isWholeEntry(gaz: Uint32Array, start: number, end: number, list: GazList): boolean {
  if (end - start === 1) return gazCode(gaz[start], list) === 3
  if (gazCode(gaz[start], list) !== 1) return false
  for (let k = start + 1; k < end; k++) if (gazCode(gaz[k], list) !== 2) return false
  return end >= gaz.length || gazCode(gaz[end], list) !== 2
}

/** Set on an entry that begins a longer entry, so matching goes on past it. */
export const GAZ_PREFIX_BIT = 0x8000
/** Longest entry in tokens. */
export const MAX_GAZ_TOKENS = 6
const GAZ_SEED = 0x6a09e667

/** Hash of a token sequence, one lowercase token hash at a time. */
export function gazStep(h: number, lowerHash: number): number {
  return mix(h, lowerHash)
}
export const GAZ_START = GAZ_SEED

/** Levels of a word-cluster path (4 bits each, highest first); see scripts/entities/word-clusters.ts. */
export const CLUSTER_DEPTH = 3
/** A word the cluster table does not know. */
export const NO_CLUSTER = -1

export class Gazetteer {
  private readonly index: HashIndex
  private readonly values: Uint16Array
  private readonly clusterIndex: HashIndex
  private readonly clusterPaths: Uint16Array

  /**
   * Name lists (keys and list bits), and word classes learned from unlabelled text: lowercase
   * word hashes and their leaf paths in the cluster tree. Keys come cut as the model file keeps
   * them (GAZ_KEY_BITS, CLUSTER_KEY_BITS); lookups take whole hashes.
   */
  constructor(keys: Uint32Array, values: Uint16Array,
    clusterKeys: Uint32Array = new Uint32Array(0), clusterPaths: Uint16Array = new Uint16Array(0)) {
    this.index = new HashIndex(keys, GAZ_KEY_BITS)
    this.values = values
    this.clusterIndex = new HashIndex(clusterKeys, CLUSTER_KEY_BITS)
    this.clusterPaths = clusterPaths
  }

  /** Leaf path of a lowercase word (its hash), or NO_CLUSTER. */
  clusterOf(lowerHash: number): number {
    const p = this.clusterIndex.get(lowerHash)
    return p < 0 ? NO_CLUSTER : this.clusterPaths[p]
  }

  get clusterCount(): number {
    return this.clusterPaths.length
  }

  /** Value (list bits, maybe GAZ_PREFIX_BIT) of a key, or 0. */
  lookup(key: number): number {
    const p = this.index.get(key)
    return p < 0 ? 0 : this.values[p]
  }

  get size(): number {
    return this.values.length
  }

  /**
   * Per token, 2 bits per list: 0 none, 1 first of several, 2 a later one of several, 3 alone.
   * Every list takes its longest match at each start, left to right, without overlap.
   */
  match(lowerHashes: ArrayLike<number>, sentence: ArrayLike<number>, n: number,
    ids: ArrayLike<number>, words: number): Uint32Array {
    const codes = new Uint32Array(n)
    const best = new Uint8Array(NUM_GAZ_LISTS) // longest match length per list from this start
    const until = new Int32Array(NUM_GAZ_LISTS) // per list, the end of the last match taken
    // a word's value as an entry's first word, per document word id (-1: not looked up yet): most
    // tokens start no entry, and most of a document's tokens repeat a word
    const firstStep = new Int32Array(words).fill(-1)
    for (let i = 0; i < n; i++) {
      let v1 = firstStep[ids[i]]
      if (v1 < 0) v1 = firstStep[ids[i]] = this.lookup(gazStep(GAZ_START, lowerHashes[i]))
      if (v1 === 0) continue
      best.fill(0)
      let h = GAZ_START
      let found = false
      for (let j = i; j < n && j - i < MAX_GAZ_TOKENS && sentence[j] === sentence[i]; j++) {
        h = gazStep(h, lowerHashes[j])
        const v = j === i ? v1 : this.lookup(h)
        if (v === 0) break
        for (let l = 0; l < NUM_GAZ_LISTS; l++) {
          if ((v >> l) & 1) { best[l] = j - i + 1; found = true }
        }
        if ((v & GAZ_PREFIX_BIT) === 0) break
      }
      if (!found) continue
      for (let l = 0; l < NUM_GAZ_LISTS; l++) {
        const len = best[l]
        if (len === 0 || until[l] > i) continue
        until[l] = i + len
        const shift = l * 2
        if (len === 1) codes[i] |= 3 << shift
        else {
          codes[i] |= 1 << shift
          for (let k = i + 1; k < i + len; k++) codes[k] |= 2 << shift
        }
      }
    }
    return codes
  }
}
