// Package sizes against docs/architecture.md's budgets: all the JavaScript the content script loads
// (the content script and any chunk it imports, transitively), gzipped; and each store zip.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BenchRow } from './row.ts'

const CONTENT_BUDGET = 60 * 1024
const ZIP_BUDGET = 2 * 1024 * 1024
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

/** Every JS file reachable from `entry` by static or dynamic import of a relative or root path. */
export function reachableChunks(dir: string, entry: string): string[] {
  const seen = new Set<string>()
  const queue = [normalize(entry)]
  while (queue.length) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(join(dir, file), 'utf8')
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]|getURL\(\s*["'`]([^"'`]+\.js)["'`]/g)) {
      const spec = m[1] ?? m[2]
      const target = spec.startsWith('/') ? spec.slice(1) : spec.startsWith('.') ? join(dirname(file), spec) : spec
      if (existsSync(join(dir, target))) queue.push(normalize(target))
    }
  }
  return [...seen]
}

export default async function sizes(): Promise<BenchRow[]> {
  if (!existsSync('dist/chrome/manifest.json')) return [{ group: 'size', name: 'skipped', value: 'run npm run build first' }]
  const rows: BenchRow[] = []
  for (const target of ['chrome', 'firefox']) {
    const dir = `dist/${target}`
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
    const entries: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js)
    const files = [...new Set(entries.flatMap((e) => reachableChunks(dir, e)))]
    const gz = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0)
    rows.push({ group: 'size', name: `${target}: content script JS, gzip (${files.length} files)`, value: kb(gz), budget: '≤ 60 KB', ok: gz <= CONTENT_BUDGET })
  }
  for (const zip of readdirSync('dist').filter((f) => f.endsWith('.zip')).sort()) {
    const n = readFileSync(join('dist', zip)).length
    rows.push({ group: 'size', name: `${zip}`, value: kb(n), budget: '≤ 2 MB', ok: n <= ZIP_BUDGET })
  }
  return rows
}
