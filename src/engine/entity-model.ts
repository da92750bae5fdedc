// Loading the entity model from the bytes of src/engine/model/entities.bin (synchronous, no I/O:
// the caller reads the file) into the structures the tagger scores with.
import { Gazetteer } from './gazetteer.ts'
import { HashIndex } from './hash-index.ts'
import { decodeModel, FEATURE_KEY_BITS, LABEL_BITS, type ModelHeader, type SparseRows } from './model-format.ts'
import type { Scorer } from './tagger.ts'
import type { RowScorer } from './fast-scores.ts'
import { WordFormCache } from './word-form.ts'
import { NUM_LABELS } from './labels.ts'

const LABEL_MASK = (1 << LABEL_BITS) - 1

/** Distinct word forms kept between calls before the cache starts afresh (bounds memory). */
const MAX_CACHED_FORMS = 200_000

/**
 * Scores with int16 weights, linear within a row, one scale per row (model-format.ts), kept
 * sparse: each row's non-zero levels with their labels, and the row's scale.
 */
export class QuantizedScorer implements Scorer, RowScorer {
  private readonly index: HashIndex
  /** Per row, where its weights start (low 24 bits) and its scale exponent (top 8 bits). */
  private readonly info: Int32Array
  /** Per weight, its level shifted past LABEL_BITS, plus its label: one read per weight. */
  private readonly packed: Int32Array
  /** Row scales by exponent: a row's levels times its scale are its weights. */
  private readonly powers: Float64Array

  constructor(keys: Uint32Array, rows: SparseRows, scale: number, base: number) {
    this.index = new HashIndex(keys, FEATURE_KEY_BITS)
    // The layout model-format.ts decodes to: a lookup touches a row's start and scale and its
    // weights' labels and levels in two arrays rather than five (the tables are megabytes, and
    // in the background worker other work runs between stories). Scales stay apart from the
    // levels: one multiply more a weight read, and no float per weight to build while loading.
    this.info = rows.info
    this.packed = rows.packed
    const powers = new Float64Array(256)
    for (let e = 0; e < 256; e++) powers[e] = scale * Math.pow(base, e)
    this.powers = powers
  }

  addScores(feats: Uint32Array, offset: number, count: number, scores: Float64Array): void {
    for (let k = offset; k < offset + count; k++) {
      const row = this.index.get(feats[k])
      if (row >= 0) this.addRow(row, scores)
    }
  }

  rowOf(hash: number): number {
    return this.index.get(hash)
  }

  addRow(row: number, scores: Float64Array): void {
    const a = this.info[row]
    const end = this.info[row + 1] & 0xffffff
    const s = this.powers[a >>> 24]
    for (let k = a & 0xffffff; k < end; k++) {
      const p = this.packed[k]
      scores[p & LABEL_MASK] += (p >> LABEL_BITS) * s
    }
  }
}

export interface EntityModel {
  version: string
  header: ModelHeader
  scorer: Scorer
  gazetteer: Gazetteer
  /** Word forms seen so far; shared across calls, reset when it grows past a bound. */
  forms: WordFormCache
  /** Number of weighted features. */
  numFeatures: number
}

export function loadEntityModel(bytes: Uint8Array): EntityModel {
  const parts = decodeModel(bytes)
  if (parts.header.numLabels !== NUM_LABELS) {
    throw new Error(`entity model: ${parts.header.numLabels} labels, expected ${NUM_LABELS}`)
  }
  return {
    version: parts.header.version,
    header: parts.header,
    scorer: new QuantizedScorer(parts.featureKeys, parts.rows, parts.header.scale, parts.header.base),
    gazetteer: new Gazetteer(parts.gazKeys, parts.gazValues, parts.clusterKeys, parts.clusterPaths),
    forms: new WordFormCache(MAX_CACHED_FORMS),
    numFeatures: parts.featureKeys.length,
  }
}
