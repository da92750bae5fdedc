// The binary format of the entity model file (src/engine/model/entities.bin): a magic string, a
// small JSON header (version, scale, credits), then the feature keys with their row scales and
// int16 weights, and
// the gazetteer keys with their list bits. Little-endian; sections aligned to 4 bytes.

export const MAGIC = 'GLOSSNER'
export const FORMAT_VERSION = 1

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
  for (let i = 0; i < count; i++) {
    let gap = 0
    let mul = 1
    for (;;) {
      if (o >= bytes.length) throw new Error('entity model: file truncated')
      const b = bytes[o++]
      gap += (b & 0x7f) * mul
      if (b < 0x80) break
      mul *= 128
    }
    prev += gap
    keys[i] = prev
  }
  return { keys, end: o }
}

export function encodeModel(parts: ModelParts): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify(parts.header))
  const fk = encodeSortedKeys(parts.featureKeys)
  const gk = encodeSortedKeys(parts.gazKeys)
  const nF = parts.featureKeys.length
  const nG = parts.gazKeys.length
  const size = 8 + 4 + pad4(header.length) + 8 + pad4(fk.length) + pad4(nF) + pad4(parts.weights.length * 2) +
    8 + pad4(gk.length) + pad4(nG * 2)
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
  // weights as two planes, low bytes then high bytes: the high plane is mostly 0 and 255, which
  // compresses far better apart
  const wl = parts.weights.length
  for (let i = 0; i < wl; i++) {
    out[o + i] = parts.weights[i] & 0xff
    out[o + wl + i] = (parts.weights[i] >> 8) & 0xff
  }
  o += pad4(wl * 2)
  view.setUint32(o, nG, true); o += 4
  view.setUint32(o, gk.length, true); o += 4
  out.set(gk, o); o += pad4(gk.length)
  for (let i = 0; i < nG; i++) { view.setUint16(o, parts.gazValues[i], true); o += 2 }
  return out
}

export function decodeModel(bytes: Uint8Array): ModelParts {
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
  const nF = view.getUint32(o, true)
  const fkLen = view.getUint32(o + 4, true)
  o += 8
  const featureKeys = decodeSortedKeys(bytes.subarray(0, o + fkLen), o, nF).keys
  o += pad4(fkLen)
  if (o + nF > bytes.length) throw new Error('entity model: file truncated')
  const rowExponents = bytes.slice(o, o + nF)
  o += pad4(nF)
  const wl = nF * header.numLabels
  if (o + wl * 2 > bytes.length) throw new Error('entity model: file truncated')
  const weights = new Int16Array(wl)
  for (let i = 0; i < wl; i++) weights[i] = bytes[o + i] | (bytes[o + wl + i] << 24 >> 16)
  o += pad4(wl * 2)
  const nG = view.getUint32(o, true)
  const gkLen = view.getUint32(o + 4, true)
  o += 8
  const gazKeys = decodeSortedKeys(bytes.subarray(0, o + gkLen), o, nG).keys
  o += pad4(gkLen)
  if (o + nG * 2 > bytes.length) throw new Error('entity model: file truncated')
  const gazValues = new Uint16Array(nG)
  for (let i = 0; i < nG; i++) { gazValues[i] = view.getUint16(o, true); o += 2 }
  return { header, featureKeys, weights, rowExponents, gazKeys, gazValues }
}
