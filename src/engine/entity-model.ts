// Loading the entity model from the bytes of src/engine/model/entities.bin (synchronous, no I/O:
// the caller reads the file) into the structures the tagger scores with.
import { Gazetteer } from './gazetteer.ts'
import { HashIndex } from './hash-index.ts'
import { decodeModel, FEATURE_KEY_BITS, type ModelHeader, type SparseRows } from './model-format.ts'
import type { Scorer } from './tagger.ts'
import type { RowScorer } from './fast-scores.ts'
import { WordFormCache } from './word-form.ts'
import { NUM_LABELS } from './labels.ts'

/** Distinct word forms kept between calls before the cache starts afresh (bounds memory). */
const MAX_CACHED_FORMS = 200_000

/**
 * Scores with int16 weights, linear within a row, one scale per row (model-format.ts), kept
 * sparse: each row's non-zero levels with their labels, and the row's scale.
 */
export class QuantizedScorer implements Scorer, RowScorer {
  private readonly index: HashIndex
  private readonly starts: Int32Array
  private readonly labels: Uint8Array
  private readonly levels: Int16Array
  /** Each row's scale: its levels times this are its weights. */
  private readonly rowScales: Float64Array

  constructor(keys: Uint32Array, rows: SparseRows, rowExponents: Uint8Array, scale: number, base: number) {
    this.index = new HashIndex(keys, FEATURE_KEY_BITS)
    this.starts = rows.starts
    this.labels = rows.labels
    this.levels = rows.levels
    // a scale per row rather than every weight scaled up front: one multiply more a weight read,
    // and a pass over 300,000 weights fewer while the model loads (the load budget is 50 ms)
    const powers = new Float64Array(256)
    for (let e = 0; e < 256; e++) powers[e] = scale * Math.pow(base, e)
    const rowScales = new Float64Array(keys.length)
    for (let r = 0; r < keys.length; r++) rowScales[r] = powers[rowExponents[r]]
    this.rowScales = rowScales
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
    const end = this.starts[row + 1]
    const s = this.rowScales[row]
    for (let k = this.starts[row]; k < end; k++) scores[this.labels[k]] += this.levels[k] * s
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
    scorer: new QuantizedScorer(parts.featureKeys, parts.rows, parts.rowExponents, parts.header.scale, parts.header.base),
    gazetteer: new Gazetteer(parts.gazKeys, parts.gazValues, parts.clusterKeys, parts.clusterPaths),
    forms: new WordFormCache(MAX_CACHED_FORMS),
    numFeatures: parts.featureKeys.length,
  }
}
