// Bytes as text for the sync area, 4 bytes in 5 characters (Ascii85's scheme). The area counts an
// item as the bytes of its JSON, so the alphabet is printable ASCII that JSON never escapes,
// without the quote, backslash and the characters some JSON writers escape (< > & ' `): 25 %
// more per character than base64 would carry, after compression.
const ALPHABET = '!#$%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz{|}'
const VALUE = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i

export function encodeBase85(bytes: Uint8Array): string {
  const out: string[] = []
  for (let i = 0; i < bytes.length; i += 4) {
    const n = Math.min(4, bytes.length - i)
    let word = 0
    for (let k = 0; k < 4; k++) word = word * 256 + (k < n ? bytes[i + k] : 0)
    const group = new Array<string>(5)
    for (let k = 4; k >= 0; k--) { group[k] = ALPHABET[word % 85]; word = Math.floor(word / 85) }
    // A last group of n bytes needs only n + 1 characters.
    out.push(group.slice(0, n + 1).join(''))
  }
  return out.join('')
}

/** The bytes, or null when the text is not base85 of ours. */
export function decodeBase85(text: string): Uint8Array | null {
  const full = Math.floor(text.length / 5), rest = text.length % 5
  if (rest === 1) return null
  const out = new Uint8Array(full * 4 + (rest ? rest - 1 : 0))
  let o = 0
  for (let i = 0; i < text.length; i += 5) {
    const n = Math.min(5, text.length - i)
    let word = 0
    for (let k = 0; k < 5; k++) {
      const c = k < n ? text.charCodeAt(i + k) : 0
      const d = k < n ? (c < 128 ? VALUE[c] : -1) : 84 // pad with the highest digit, as Ascii85 does
      if (d < 0) return null
      word = word * 85 + d
    }
    if (word > 0xffffffff) return null
    for (let k = 0; k < n - 1; k++) out[o++] = Math.floor(word / 256 ** (3 - k)) % 256
  }
  return out
}
