// Dates as pages write them (ISO 8601 with or without offset, "2019-04-28 06:01:07", RFC 2822,
// compact "20170113", epoch numbers, "January 23, 2024", "23 janvier 2024") to ISO 8601, keeping
// the page's time zone offset when it gives one. No Date parsing of local times: a time without an
// offset stays without one, so Node and the browser give the same string.

const MONTHS: Record<string, number> = {}
const MONTH_NAMES = [
  ['january', 'jan', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'januar', 'gennaio', 'gen'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'fevereiro', 'fev', 'februar', 'febbraio'],
  ['march', 'mar', 'mars', 'marzo', 'março', 'marco', 'märz', 'marz'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag'],
  ['june', 'jun', 'juin', 'junio', 'junho', 'juni', 'giugno', 'giu'],
  ['july', 'jul', 'juillet', 'juil', 'julio', 'julho', 'juli', 'luglio', 'lug'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'set', 'settembre'],
  ['october', 'oct', 'octobre', 'octubre', 'outubro', 'out', 'oktober', 'okt', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezembro', 'dez', 'dezember', 'dicembre'],
]
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)))

/** Epoch seconds or milliseconds are taken only inside this window (1995–2100), to skip ids. */
const EPOCH_MIN_S = 788_918_400
const EPOCH_MAX_S = 4_102_444_800

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?$/i
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z)?$/
const RFC2822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3,})\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|GMT|UTC|UT|[+-]\d{4})?/i
const MONTH_DAY_YEAR = /\b([a-zéû]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:er|º|\.)?\s+(?:de\s+)?([a-zéûç]{3,9})\.?\s+(?:de\s+)?(\d{4})\b/i
const NUMERIC_YMD = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/

function offsetOf(z: string | undefined): string {
  if (!z) return ''
  const u = z.toUpperCase()
  if (u === 'Z' || u === 'UTC' || u === 'GMT' || u === 'UT') return 'Z'
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z)
  if (!m) return ''
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`
}

function build(y: number, mo: number, d: number, h?: string, mi?: string, s?: string, frac?: string, z?: string): string | null {
  if (!validDay(y, mo, d)) return null
  let out = `${y}-${pad(mo)}-${pad(d)}`
  if (h !== undefined && mi !== undefined) {
    if (Number(h) > 23 || Number(mi) > 59) return out
    out += `T${pad(Number(h))}:${mi}:${s ?? '00'}`
    if (frac && /[1-9]/.test(frac)) out += `.${frac.slice(0, 3).padEnd(3, '0')}`
    out += offsetOf(z)
  }
  return out
}

/** ISO 8601 for a machine-readable date string (metadata, datetime attributes), or null. */
export function toIso(input: string | null | undefined): string | null {
  if (input === null || input === undefined) return null
  const s = String(input).trim()
  if (s.length === 0 || s.length > 80) return null
  let m = ISO.exec(s)
  if (m) return build(+m[1], +m[2], +m[3], m[4], m[5], m[6], m[7], m[8])
  m = COMPACT.exec(s)
  if (m) return build(+m[1], +m[2], +m[3], m[4], m[5], m[6], undefined, m[7])
  if (/^\d{9,13}$/.test(s)) {
    let secs = Number(s)
    if (secs > EPOCH_MAX_S) secs /= 1000
    if (secs < EPOCH_MIN_S || secs > EPOCH_MAX_S) return null
    return new Date(secs * 1000).toISOString().replace('.000Z', 'Z')
  }
  m = RFC2822.exec(s)
  if (m && MONTHS[m[2].toLowerCase()]) {
    return build(+m[3], MONTHS[m[2].toLowerCase()], +m[1], m[4], m[5], m[6], undefined, m[7])
  }
  return fromText(s)
}

/** The first day written out in text ("Jan. 23, 2024", "23 janvier 2024", "2024/01/23"), or null. */
export function fromText(text: string): string | null {
  let m = MONTH_DAY_YEAR.exec(text)
  if (m && MONTHS[m[1].toLowerCase()]) return build(+m[3], MONTHS[m[1].toLowerCase()], +m[2])
  m = DAY_MONTH_YEAR.exec(text)
  if (m && MONTHS[m[2].toLowerCase()]) return build(+m[3], MONTHS[m[2].toLowerCase()], +m[1])
  m = NUMERIC_YMD.exec(text)
  if (m) return build(+m[1], +m[2], +m[3])
  return null
}
