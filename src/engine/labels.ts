// BILOU labels over the four entity types, and the transitions a well-formed sequence allows.
import type { EntityType } from './types.ts'

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC']
export const NUM_TYPES = 4
/** O, then B, I, L, U for each type in ENTITY_TYPES order. */
export const NUM_LABELS = 1 + 4 * NUM_TYPES
export const LABEL_O = 0
export const PART_B = 0
export const PART_I = 1
export const PART_L = 2
export const PART_U = 3

export function labelOf(type: number, part: number): number {
  return 1 + type * 4 + part
}

/** Type index of a label (0..3), or -1 for O. */
export function typeOf(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2
}

/** Part of a label (PART_B..PART_U), or -1 for O. */
export function partOf(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3
}

/** Whether `label` may follow `prev`; `last` forbids B and I on a sentence's last token. */
export function allowed(prev: number, label: number, last: boolean): boolean {
  const pp = partOf(prev)
  const p = partOf(label)
  if (pp === PART_B || pp === PART_I) {
    if (typeOf(label) !== typeOf(prev)) return false
    return p === PART_L || (p === PART_I && !last)
  }
  if (p === PART_I || p === PART_L) return false
  return !(last && p === PART_B)
}

export interface LabelSpan {
  start: number // first token
  end: number // after the last token
  type: number
}

/** Spans of a BILOU label sequence; tolerant of ill-formed input (an I after O opens a span). */
export function spansOf(labels: ArrayLike<number>, n: number = labels.length): LabelSpan[] {
  const out: LabelSpan[] = []
  let open = -1
  let openType = -1
  for (let i = 0; i < n; i++) {
    const t = typeOf(labels[i])
    const p = partOf(labels[i])
    if (open >= 0 && (t !== openType || p === PART_B || p === PART_U)) {
      out.push({ start: open, end: i, type: openType })
      open = -1
    }
    if (t < 0) continue
    if (open < 0) { open = i; openType = t }
    if (p === PART_L || p === PART_U) {
      out.push({ start: open, end: i + 1, type: t })
      open = -1
    }
  }
  if (open >= 0) out.push({ start: open, end: n, type: openType })
  return out
}
