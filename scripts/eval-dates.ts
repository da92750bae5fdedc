// `npm run eval:dates`: the date finder against TimeBank + AQUAINT (TempEval-3 "TBAQ-cleaned"),
// side by side with plain chrono-node in the same run. Tuned on TimeBank and the even-numbered
// half of AQUAINT (sorted by file name); the odd-numbered half of AQUAINT is held out.
//   --errors [timebank|aquaint-tune]   list misses, false alarms and wrong values (tuning parts only)
//   --all-types                   also score DURATION and SET (TempEval-3 Task A over all types)
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findDates } from '../src/engine/find-dates.ts'
import type { DateMention } from '../src/engine/types.ts'
import { readTimeml, type TimemlDoc } from './dates/timeml.ts'
import { emptyCounts, figures, score, type Ann, type Counts, type Pair } from './dates/score.ts'
import { chronoDates } from './dates/chrono-baseline.ts'

const corpus = fileURLToPath(new URL('../../shared/corpora/timeml', import.meta.url))
if (!existsSync(corpus)) {
  console.log(`eval:dates: ${corpus} not found; nothing to evaluate.`)
  process.exit(0)
}
const args = process.argv.slice(2)
const errorsFor = args.includes('--errors') ? (args[args.indexOf('--errors') + 1] ?? 'timebank') : null
if (errorsFor === 'aquaint-held') {
  console.log('eval:dates: the held-out part is only scored; reading its errors would spend it.')
  process.exit(1)
}

const PARTS = [
  { name: 'timebank', role: 'tuning' },
  { name: 'aquaint-tune', role: 'tuning' },
  { name: 'aquaint-held', role: 'held out' },
]

const docs: Array<TimemlDoc & { part: string }> = []
for (const dir of ['timebank', 'aquaint']) {
  readdirSync(join(corpus, dir)).filter((f) => f.endsWith('.tml')).sort().forEach((f, k) => {
    const part = dir === 'timebank' ? 'timebank' : k % 2 === 0 ? 'aquaint-tune' : 'aquaint-held'
    docs.push({ ...readTimeml(join(corpus, dir, f), f), part })
  })
}

type System = (d: TimemlDoc) => DateMention[]
const systems: Array<{ name: string; run: System }> = [
  { name: 'gloss', run: (d) => findDates(d.text, { published: d.dct, lang: 'en' }) },
  { name: 'chrono-node', run: (d) => chronoDates(d.text, d.dct) },
]

const overlaps = (a: Ann, b: Ann) => a.start < b.end && b.start < a.end
const isDT = (t: string) => t === 'DATE' || t === 'TIME'

/** DATE+TIME scoring; system spans that only overlap gold DURATION/SET are set aside for both. */
function dateTimeView(d: TimemlDoc, sys: DateMention[]): { gold: Ann[]; sys: Ann[] } {
  const gold = d.timexes.filter((t) => isDT(t.type))
  const other = d.timexes.filter((t) => !isDT(t.type))
  const kept = sys.filter((s) => isDT(s.type) || gold.some((g) => overlaps(g, s)))
    .filter((s) => gold.some((g) => overlaps(g, s)) || !other.some((o) => overlaps(o, s)))
  return { gold, sys: kept }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5)
const header = '| system      | part                    | gold | sys  | strict P / R / F1   | relaxed P / R / F1  | value acc | value F1 |'
const rule = '|-------------|-------------------------|------|------|---------------------|---------------------|-----------|----------|'
function row(sys: string, part: string, c: Counts): string {
  const f = figures(c)
  return `| ${sys.padEnd(11)} | ${part.padEnd(23)} | ${String(c.gold).padStart(4)} | ${String(c.sys).padStart(4)} | ${pct(f.strictP)} ${pct(f.strictR)} ${pct(f.strictF)} | ${pct(f.relaxedP)} ${pct(f.relaxedR)} ${pct(f.relaxedF)} | ${pct(f.valueAcc)}     | ${pct(f.valueF)}    |`
}

const count = (p: string) => docs.filter((d) => d.part === p).length
console.log(`TimeML DATE+TIME, ${docs.length} documents (TimeBank ${count('timebank')}, AQUAINT ${count('aquaint-tune')} tuning + ${count('aquaint-held')} held out); figures in %.`)
console.log(header)
console.log(rule)
const timings: string[] = []
for (const s of systems) {
  const byPart: Record<string, Counts> = { all: emptyCounts(), tuning: emptyCounts() }
  for (const p of PARTS) byPart[p.name] = emptyCounts()
  const allTypes = emptyCounts()
  const t0 = performance.now()
  const outputs = docs.map((d) => s.run(d))
  const ms = performance.now() - t0
  const chars = docs.reduce((n, d) => n + d.text.length, 0)
  timings.push(`${s.name}: ${(chars / ms / 1000).toFixed(2)}M chars/s (${chars} chars, ${ms.toFixed(0)} ms, first run, cold)`)
  docs.forEach((d, k) => {
    const view = dateTimeView(d, outputs[k])
    const pairs: Pair[] = []
    score(view.gold, view.sys, byPart.all)
    score(view.gold, view.sys, byPart[d.part], pairs)
    if (d.part !== 'aquaint-held') score(view.gold, view.sys, byPart.tuning)
    score(d.timexes, outputs[k], allTypes)
    if (s.name === 'gloss' && errorsFor === d.part) report(d, view, pairs)
  })
  console.log(row(s.name, 'all', byPart.all))
  console.log(row(s.name, 'tuning (all tuned)', byPart.tuning))
  for (const p of PARTS) console.log(row(s.name, `${p.name} (${p.role})`, byPart[p.name]))
  if (args.includes('--all-types')) console.log(row(s.name, 'all, all four types', allTypes))
}
console.log('')
console.log('value F1 = relaxed F1 × value accuracy (TempEval-3). System spans overlapping only a gold DURATION or SET are left out for both systems.')
for (const t of timings) console.log(t)

function report(d: TimemlDoc, view: { gold: Ann[]; sys: Ann[] }, pairs: Pair[]): void {
  const ctx = (a: Ann) => d.text.slice(Math.max(0, a.start - 50), a.start).replace(/\s+/g, ' ') + '[[' + d.text.slice(a.start, a.end) + ']]' + d.text.slice(a.end, a.end + 30).replace(/\s+/g, ' ')
  for (const g of view.gold) if (!pairs.some((p) => p.g === g)) console.log(`MISS ${d.id} ${d.dct} ${g.value} :: ${ctx(g)}`)
  for (const s of view.sys) if (!pairs.some((p) => p.s === s)) console.log(`FA   ${d.id} ${d.dct} ${s.value} :: ${ctx(s)}`)
  for (const p of pairs) {
    if (p.g.value !== p.s.value) console.log(`VAL  ${d.id} ${d.dct} gold ${p.g.value} sys ${p.s.value} :: ${ctx(p.g)}`)
    else if (p.g.start !== p.s.start || p.g.end !== p.s.end) console.log(`EXT  ${d.id} gold "${d.text.slice(p.g.start, p.g.end)}" sys "${d.text.slice(p.s.start, p.s.end)}"`)
  }
}
