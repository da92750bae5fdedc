// Error listing on the held-out slice of eng.train (every 10th document), for tuning without
// reading eng.testa: npx tsx scripts/entities/heldout-errors.ts MODEL [TYPE|FN|FP]. Train a model
// with `npm run train -- --tune --out MODEL` first (the committed one has seen these documents).
import { readFileSync } from 'node:fs'
import { loadEntityModel } from '../../src/engine/entity-model.ts'
import { mentionSpans } from '../../src/engine/find-mentions.ts'
import { tagDocument } from '../../src/engine/tagger.ts'
import { WordFormCache } from '../../src/engine/word-form.ts'
import { readConll } from './conll.ts'
import { contextOf } from './train.ts'
const m = loadEntityModel(new Uint8Array(readFileSync(process.argv[2])))
const docs = readConll(new URL('../../../shared/corpora/conll2003/eng.train', import.meta.url).pathname).filter((_, i) => i % 10 === 9)
const T = ['PER', 'ORG', 'LOC', 'MISC']
const forms = new WordFormCache()
const kinds: Record<string, number> = {}
const lines: string[] = []
for (const d of docs) {
  const labels = tagDocument(contextOf(d, forms, m.gazetteer), m.scorer)
  const pred = mentionSpans(labels, (i) => d.words[i])
  const key = (s: { start: number; end: number; type: number }) => `${s.start}:${s.end}`
  const gold = new Map(d.spans.map((s) => [key(s), s]))
  const pm = new Map(pred.map((s) => [key(s), s]))
  for (const s of d.spans) {
    const p = pm.get(key(s))
    const w = d.words.slice(s.start, s.end).join(' ')
    if (!p) { const k = `FN ${T[s.type]} (span)`; kinds[k] = (kinds[k] ?? 0) + 1; lines.push(`${k}: ${w}  | ${d.words.slice(Math.max(0, s.start - 3), s.end + 3).join(' ')}`) }
    else if (p.type !== s.type) { const k = `TYPE ${T[s.type]}->${T[p.type]}`; kinds[k] = (kinds[k] ?? 0) + 1; lines.push(`${k}: ${w}`) }
  }
  for (const p of pred) if (!gold.has(key(p))) { const k = `FP ${T[p.type]} (span)`; kinds[k] = (kinds[k] ?? 0) + 1; lines.push(`${k}: ${d.words.slice(p.start, p.end).join(' ')}  | ${d.words.slice(Math.max(0, p.start - 3), p.end + 3).join(' ')}`) }
}
console.log(Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`).join('\n'))
console.log(lines.filter((l) => l.startsWith(process.argv[3] ?? 'TYPE')).slice(0, 60).join('\n'))
