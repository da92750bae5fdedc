// `npm run bench`: runs every scripts/bench/*.bench.ts module in turn and prints one table of
// measured figures against the budgets. Modules that need ../shared say so in a row and skip.
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { BenchModule, BenchRow } from './row.ts'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort()

const rows: BenchRow[] = []
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: BenchModule }
  try {
    rows.push(...(await mod.default()))
  } catch (err) {
    rows.push({ group: file.replace('.bench.ts', ''), name: 'failed', value: String(err) })
  }
}

const head = ['group', 'measure', 'value', 'peer (same run)', 'budget', 'ok']
const table = rows.map((r) => [r.group, r.name, r.value, r.peer ?? '', r.budget ?? '',
  r.ok === undefined ? '' : r.ok ? 'yes' : 'NO'])
const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)))
const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |'
console.log(line(head))
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|')
for (const t of table) console.log(line(t))
if (rows.some((r) => r.ok === false)) process.exitCode = 1
