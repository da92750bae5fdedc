// Plain chrono-node as the peer: English casual parser, the DCT as reference date, the value
// taken from the finest component chrono is certain of. No extent fixes, no tense, no grain.
import * as chrono from 'chrono-node'
import type { DateMention } from '../../src/engine/types.ts'

const p2 = (n: number) => String(n).padStart(2, '0')

export function chronoDates(text: string, dct: string): DateMention[] {
  const [y, m, d] = dct.slice(0, 10).split('-').map(Number)
  const out: DateMention[] = []
  for (const r of chrono.parse(text, new Date(y, m - 1, d, 12))) {
    const c = r.start
    const date = `${String(c.get('year')).padStart(4, '0')}-${p2(c.get('month') ?? 1)}-${p2(c.get('day') ?? 1)}`
    let value: string
    let grain: DateMention['grain']
    let type: DateMention['type'] = 'DATE'
    if (c.isCertain('hour')) {
      value = `${date}T${p2(c.get('hour') ?? 0)}:${p2(c.get('minute') ?? 0)}`
      grain = 'time'
      type = 'TIME'
    } else if (c.isCertain('day') || c.isCertain('weekday')) {
      value = date
      grain = 'day'
    } else if (c.isCertain('month')) {
      value = date.slice(0, 7)
      grain = 'month'
    } else if (c.isCertain('year')) {
      value = date.slice(0, 4)
      grain = 'year'
    } else {
      value = date // relative words ("this week"): chrono gives a day
      grain = 'day'
    }
    out.push({ start: r.index, end: r.index + r.text.length, type, value, grain })
  }
  return out
}
