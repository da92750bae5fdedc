// Writes the store-ready packages: dist/gloss-chrome-<version>.zip and dist/gloss-firefox-<version>.zip,
// each the built folder with manifest.json at the root, files in sorted order with a fixed date
// so the same build gives the same bytes.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { zipSync } from 'fflate'

const FIXED_DATE = new Date('2024-01-24T00:00:00Z')
const version = JSON.parse(readFileSync('manifest.json', 'utf8')).version

function filesUnder(dir) {
  const out = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...filesUnder(path))
    else out.push(path)
  }
  return out
}

for (const target of ['chrome', 'firefox']) {
  const dir = join('dist', target)
  const entries = {}
  for (const file of filesUnder(dir)) {
    // crxjs writes a dev-only manifest marker folder (.vite); stores don't want it.
    const rel = relative(dir, file).split('\\').join('/')
    if (rel.startsWith('.vite/')) continue
    entries[rel] = [readFileSync(file), { mtime: FIXED_DATE, level: 9 }]
  }
  const zip = zipSync(entries)
  const out = join('dist', `gloss-${target}-${version}.zip`)
  writeFileSync(out, zip)
  console.log(`${out}: ${(zip.length / 1024).toFixed(1)} KB, ${Object.keys(entries).length} files`)
}
