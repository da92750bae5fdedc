// The binary format of the entity model file (src/engine/model/entities.bin): a magic string, a
// small JSON header (version, scale, credits), then the feature keys with their row scales and
// sparse int16 weights, and
// the gazetteer keys with their list bits, and the word-cluster keys with their leaf paths.
// Little-endian; sections aligned to 4 bytes.

export const MAGIC = 'GLOSSNER'
export const FORMAT_VERSION = 3
/**
 * Bits kept of each kind of key (hash-index.ts): the features' and name lists' false-hit chance
 * is about 0.2 % an unseen key, the clustered words' (one lookup a distinct word) 0.3 %.
 */
export const FEATURE_KEY_BITS = 26
export const GAZ_KEY_BITS = 26
export const CLUSTER_KEY_BITS = 25

export interface ModelHeader {
  /** Version string of this model: format, training date-free fingerprint, figures. */
  version: string
  formatVersion: number
  numLabels: number
  /** Weight = q·scale·base^e for an int16 level q in a row with exponent e. */
  scale: number
  base: number
  /** Where the gazetteers come from, with their licences. */
  credits: string[]
  [key: string]: unknown
}

export interface ModelParts {
  header: ModelHeader
  /** Sorted feature hashes. */
  featureKeys: Uint32Array
  /** numLabels int16 weights per feature key, row-major. */
  weights: Int16Array
  /** Per feature key, the exponent of its row's scale: weight = q · scale · base^exponent. */
  rowExponents: Uint8Array
  /** Sorted gazetteer entry hashes and their list bits. */
  gazKeys: Uint32Array
  gazValues: Uint16Array
  /** Sorted lowercase word hashes and their word-cluster leaf paths. */
  clusterKeys: Uint32Array
  clusterPaths: Uint16Array
}

const pad4 = (n: number) => (n + 3) & ~3

/** Sorted keys as LEB128 varints of their gaps: about half the bytes of raw keys, after gzip too. */
function encodeSortedKeys(keys: Uint32Array): Uint8Array {
  const out = new Uint8Array(keys.length * 5)
  let o = 0
  let prev = 0
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i] <= prev) throw new Error('entity model: keys must be sorted and unique')
    let gap = keys[i] - prev
    prev = keys[i]
    while (gap >= 0x80) { out[o++] = (gap & 0x7f) | 0x80; gap = Math.floor(gap / 128) }
    out[o++] = gap
  }
  return out.subarray(0, o)
}

function decodeSortedKeys(bytes: Uint8Array, o: number, count: number): { keys: Uint32Array; end: number } {
  const keys = new Uint32Array(count)
  let prev = 0
  const end = bytes.length
  for (let i = 0; i < count; i++) {
    if (o >= end) throw new Error('entity model: file truncated')
    let b = bytes[o++]
    let gap = b & 0x7f
    let scale = 128
    while (b >= 0x80) {
      if (o >= end) throw new Error('entity model: file truncated')
      b = bytes[o++]
      gap += (b & 0x7f) * scale
      scale *= 128
    }
    prev += gap
    keys[i] = prev
  }
  return { keys, end: o }
}

/**
 * Weight rows, sparse: most rows have two or three non-zero weights of 17. Per row a bit mask of
 * its non-zero labels (3 bytes), then all rows' values as a plane of low bytes and a plane of
 * high bytes (the high plane is mostly 0 and 255, which compresses far better apart).
 */
function encodeSparseRows(weights: Int16Array, numLabels: number): Uint8Array {
  const rows = weights.length / numLabels
  let count = 0
  for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) count++
  const out = new Uint8Array(4 + rows * 3 + count * 2)
  new DataView(out.buffer).setUint32(0, count, true)
  let v = 4 + rows * 3
  for (let r = 0; r < rows; r++) {
    let mask = 0
    for (let y = 0; y < numLabels; y++) {
      const w = weights[r * numLabels + y]
      if (w === 0) continue
      mask |= 1 << y
      out[v] = w & 0xff
      out[v + count] = (w >> 8) & 0xff
      v++
    }
    out[4 + r * 3] = mask & 0xff
    out[4 + r * 3 + 1] = (mask >> 8) & 0xff
    out[4 + r * 3 + 2] = (mask >> 16) & 0xff
  }
  return out
}

/**
 * The weight rows as the scorer reads them: per row its first weight's index (low 24 bits) and
 * its scale exponent (top 8 bits), and per weight its level times 32 plus its label. Two arrays
 * rather than four, so a feature lookup touches fewer cache lines; built in the one pass that
 * decodes the file. No dense rows × labels array is built: most rows have two or three weights
 * of 17, and loading stays quick.
 */
export interface SparseRows {
  /** rows + 1 entries; the last is the number of weights. */
  info: Int32Array
  packed: Int32Array
}

/** Labels fit in the packed weight's low 5 bits. */
export const LABEL_BITS = 5

function decodeSparseRows(bytes: Uint8Array, rows: number, numLabels: number, exponents: Uint8Array): SparseRows {
  if (bytes.length < 4) throw new Error('entity model: file truncated')
  const count = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true)
  if (bytes.length < 4 + rows * 3 + count * 2) throw new Error('entity model: file truncated')
  if (count >= 1 << 24 || numLabels > 1 << LABEL_BITS) throw new Error('entity model: too many weights')
  const info = new Int32Array(rows + 1)
  const packed = new Int32Array(count)
  const lo = 4 + rows * 3
  let v = 0
  for (let r = 0; r < rows; r++) {
    info[r] = v | (exponents[r] << 24)
    let mask = bytes[4 + r * 3] | (bytes[4 + r * 3 + 1] << 8) | (bytes[4 + r * 3 + 2] << 16)
    if (mask >>> numLabels !== 0) throw new Error('entity model: weight rows corrupt')
    while (mask !== 0) {
      if (v >= count) throw new Error('entity model: weight rows corrupt')
      const bit = mask & -mask
      const level = bytes[lo + v] | ((bytes[lo + v + count] << 24) >> 16)
      packed[v] = (level << LABEL_BITS) | (31 - Math.clz32(bit))
      v++
      mask ^= bit
    }
  }
  info[rows] = v
  return { info, packed }
}

/** Little-endian uint16s at bytes[o..]: one copy (no loop) on the little-endian machines we run on. */
function readUint16s(bytes: Uint8Array, o: number, count: number): Uint16Array {
  if (LITTLE_ENDIAN) return new Uint16Array(bytes.slice(o, o + count * 2).buffer)
  const out = new Uint16Array(count)
  for (let i = 0; i < count; i++) out[i] = bytes[o + 2 * i] | (bytes[o + 2 * i + 1] << 8)
  return out
}
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/**
 * A section of sorted keys with one uint16 each (the name lists, the word classes): count, byte
 * length of the keys, the keys as varint gaps, then the values; padded to 4 bytes.
 */
function encodeKeyedValues(keys: Uint32Array, values: Uint16Array): Uint8Array {
  const k = encodeSortedKeys(keys)
  const out = new Uint8Array(8 + pad4(k.length) + pad4(keys.length * 2))
  const view = new DataView(out.buffer)
  view.setUint32(0, keys.length, true)
  view.setUint32(4, k.length, true)
  out.set(k, 8)
  let o = 8 + pad4(k.length)
  for (let i = 0; i < keys.length; i++) { view.setUint16(o, values[i], true); o += 2 }
  return out
}

function decodeKeyedValues(bytes: Uint8Array, o: number): { keys: Uint32Array; values: Uint16Array; end: number } {
  if (o + 8 > bytes.length) throw new Error('entity model: file truncated')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const count = view.getUint32(o, true)
  const keyBytes = view.getUint32(o + 4, true)
  o += 8
  const keys = decodeSortedKeys(bytes.subarray(0, o + keyBytes), o, count).keys
  o += pad4(keyBytes)
  if (o + count * 2 > bytes.length) throw new Error('entity model: file truncated')
  return { keys, values: readUint16s(bytes, o, count), end: o + pad4(count * 2) }
}

export function encodeModel(parts: ModelParts): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify(parts.header))
  const fk = encodeSortedKeys(parts.featureKeys)
  const nF = parts.featureKeys.length
  const weightBytes = encodeSparseRows(parts.weights, parts.header.numLabels)
  const gaz = encodeKeyedValues(parts.gazKeys, parts.gazValues)
  const clusters = encodeKeyedValues(parts.clusterKeys, parts.clusterPaths)
  const size = 8 + 4 + pad4(header.length) + 8 + pad4(fk.length) + pad4(nF) + 4 + pad4(weightBytes.length) +
    gaz.length + clusters.length
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  let o = 0
  for (let i = 0; i < 8; i++) out[o++] = MAGIC.charCodeAt(i)
  view.setUint32(o, header.length, true); o += 4
  out.set(header, o); o += pad4(header.length)
  view.setUint32(o, nF, true); o += 4
  view.setUint32(o, fk.length, true); o += 4
  out.set(fk, o); o += pad4(fk.length)
  out.set(parts.rowExponents, o)
  o += pad4(nF)
  view.setUint32(o, weightBytes.length, true); o += 4
  out.set(weightBytes, o)
  o += pad4(weightBytes.length)
  out.set(gaz, o); o += gaz.length
  out.set(clusters, o)
  return out
}

/** A decoded model file: the parts, with the weights as sparse rows. */
export type DecodedModel = Omit<ModelParts, 'weights'> & { rows: SparseRows }

export function decodeModel(bytes: Uint8Array): DecodedModel {
  if (bytes.length < 12) throw new Error('entity model: file too short')
  for (let i = 0; i < 8; i++) {
    if (bytes[i] !== MAGIC.charCodeAt(i)) throw new Error('entity model: not a Gloss model file')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let o = 8
  const hl = view.getUint32(o, true); o += 4
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(o, o + hl))) as ModelHeader
  if (header.formatVersion !== FORMAT_VERSION) {
    throw new Error(`entity model: format ${header.formatVersion}, expected ${FORMAT_VERSION}`)
  }
  o += pad4(hl)
  const bits = header.keyBits as { features?: number; gazetteer?: number; clusters?: number } | undefined
  if (bits?.features !== FEATURE_KEY_BITS || bits.gazetteer !== GAZ_KEY_BITS || bits.clusters !== CLUSTER_KEY_BITS) {
    throw new Error('entity model: keys cut to other widths than this code reads')
  }
  const nF = view.getUint32(o, true)
  const fkLen = view.getUint32(o + 4, true)
  o += 8
  const featureKeys = decodeSortedKeys(bytes.subarray(0, o + fkLen), o, nF).keys
  o += pad4(fkLen)
  if (o + nF > bytes.length) throw new Error('entity model: file truncated')
  const rowExponents = bytes.slice(o, o + nF)
  o += pad4(nF)
  const wLen = view.getUint32(o, true); o += 4
  if (o + wLen > bytes.length) throw new Error('entity model: file truncated')
  const rows = decodeSparseRows(bytes.subarray(o, o + wLen), nF, header.numLabels, rowExponents)
  o += pad4(wLen)
  const gaz = decodeKeyedValues(bytes, o)
  const clusters = decodeKeyedValues(bytes, gaz.end)
  return {
    header, featureKeys, rows, rowExponents, gazKeys: gaz.keys, gazValues: gaz.values,
    clusterKeys: clusters.keys, clusterPaths: clusters.values,
  }
}
