// Small helpers the date grammar uses to look at tokens: word at an index, number readers,
// year checks. Pure; no state.

import type { Tok } from './tokenize-window.ts'
import { NUMBER_WORDS, ORDINALS, VAGUE_NUMBERS } from './lexicon-en.ts'

export const w = (T: Tok[], i: number): string => (i >= 0 && i < T.length ? T[i].w : '')

/** Token i is a hyphen glued to both neighbours ("mid-October", "third-quarter"). */
export const gluedHyphen = (T: Tok[], i: number): boolean =>
  i > 0 && i + 1 < T.length && T[i].w === '-' && !T[i].sp && !T[i + 1].sp

/** A four-digit year token in the range news writes about. */
export function yearAt(T: Tok[], i: number): number | null {
  const t = T[i]
  if (!t || t.k !== 'n' || t.e - t.s !== 4) return null
  return t.n >= 1000 && t.n <= 2099 ? t.n : null
}

export interface Num {
  n: number // NaN for vague quantities ("several")
  end: number
}

/** A cardinal: "3", "three", "twenty-four", "twenty four", "a", "several", "a few". */
export function numberAt(T: Tok[], i: number): Num | null {
  const t = T[i]
  if (!t) return null
  if (t.k === 'n' && t.e - t.s <= 3) return { n: t.n, end: i + 1 }
  if (t.k !== 'w') return null
  if (VAGUE_NUMBERS.has(t.w)) {
    // "a couple of", "several", "a few"
    return { n: NaN, end: t.w === 'couple' && w(T, i + 1) === 'of' ? i + 2 : i + 1 }
  }
  if ((t.w === 'a' || t.w === 'an') && (w(T, i + 1) === 'few' || w(T, i + 1) === 'couple')) {
    return { n: NaN, end: w(T, i + 2) === 'of' ? i + 3 : i + 2 }
  }
  const v = NUMBER_WORDS.get(t.w)
  if (v === undefined) return null
  if (v >= 20 && v < 100 && v % 10 === 0) {
    // twenty-four, twenty four
    const j = gluedHyphen(T, i + 1) ? i + 2 : i + 1
    const u = NUMBER_WORDS.get(w(T, j))
    if (u !== undefined && u < 10 && w(T, j) !== 'a' && w(T, j) !== 'an') return { n: v + u, end: j + 1 }
  }
  return { n: v, end: i + 1 }
}

/** An ordinal: "third", "3rd". */
export function ordinalAt(T: Tok[], i: number): Num | null {
  const t = T[i]
  if (!t) return null
  if (t.k === 'o') return { n: t.n, end: i + 1 }
  const v = t.k === 'w' ? ORDINALS.get(t.w) : undefined
  return v === undefined ? null : { n: v, end: i + 1 }
}

/** Day of month: "8", "8th", "eighth"; 1–31. */
export function dayAt(T: Tok[], i: number): Num | null {
  const t = T[i]
  if (!t) return null
  if ((t.k === 'n' && t.e - t.s <= 2) || t.k === 'o') {
    return t.n >= 1 && t.n <= 31 ? { n: t.n, end: i + 1 } : null
  }
  const o = ordinalAt(T, i)
  return o && o.n <= 31 ? o : null
}

/** A year written out, as broadcast transcripts do: "nineteen ninety-six", "two thousand". */
export function spelledYearAt(T: Tok[], i: number): { y: number; end: number } | null {
  if (w(T, i) === 'nineteen') {
    const n = numberAt(T, i + 1)
    if (n && n.n >= 10 && n.n <= 99) return { y: 1900 + n.n, end: n.end }
    return null
  }
  if (w(T, i) === 'two' && w(T, i + 1) === 'thousand') {
    let j = i + 2
    if (w(T, j) === 'and') j++
    const n = numberAt(T, j)
    if (n && n.n >= 1 && n.n <= 99 && w(T, j) !== 'a' && w(T, j) !== 'an') return { y: 2000 + n.n, end: n.end }
    return { y: 2000, end: i + 2 }
  }
  return null
}

/** A year in digits or words. */
export function anyYearAt(T: Tok[], i: number): { y: number; end: number } | null {
  const y = yearAt(T, i)
  return y !== null ? { y, end: i + 1 } : spelledYearAt(T, i)
}
