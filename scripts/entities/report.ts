// Formatting precision, recall and F1 per type and overall, as conlleval prints them.
import { ENTITY_TYPES } from '../../src/engine/labels.ts'
import { prf, type Counts } from './conll.ts'

const pct = (x: number) => (100 * x).toFixed(2).padStart(6)

export function formatCounts(c: Counts, label = ''): string {
  const lines: string[] = []
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0)
  const all = prf(sum(c.tp), sum(c.fp), sum(c.fn))
  lines.push(`${label.padEnd(10)} overall  P ${pct(all.p)}  R ${pct(all.r)}  F1 ${pct(all.f)}  (${sum(c.tp) + sum(c.fn)} gold)`)
  ENTITY_TYPES.forEach((t, i) => {
    const m = prf(c.tp[i], c.fp[i], c.fn[i])
    lines.push(`${label.padEnd(10)} ${t.padEnd(7)}  P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f)}  (${c.tp[i] + c.fn[i]} gold)`)
  })
  return lines.join('\n')
}
