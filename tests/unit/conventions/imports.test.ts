// Convention test: which folder may import which. The rule is the import table of
// docs/architecture.md, read from there, so the document and the check cannot drift apart. Every
// relative import (static, re-export, `import type`, dynamic `import()`) of every file in src/ is
// checked; also that files stay small (STYLE.md: split a file when it passes about 300 lines).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|tsx)$/.test(name) ? [p] : []
  })
}

/** The import table between its markers: unit → the units it may import. */
export function readImportTable(markdown: string): Map<string, Set<string>> {
  const body = /<!-- import-table -->([\s\S]*?)<!-- \/import-table -->/.exec(markdown)?.[1]
  if (!body) throw new Error('docs/architecture.md has no <!-- import-table --> block')
  const table = new Map<string, Set<string>>()
  for (const line of body.split('\n')) {
    const cells = /^\|\s*`([^`]+)`\s*\|(.*)\|\s*$/.exec(line.trim())
    if (!cells) continue
    const allowed = [...cells[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)
    table.set(cells[1]!, new Set(allowed))
  }
  return table
}

/** The unit a path in src/ belongs to: its first folder, or a file directly in src/ without extension. */
export const unitOf = (path: string, rules?: Map<string, Set<string>>): string => {
  const rel = relative('src', path).replace(/\\/g, '/').replace(/(\.d)?\.tsx?$/, '')
  if (rules?.has(rel)) return rel // a file the table names on its own row, as `protocol/result`
  return rel.split('/')[0]!
}

/** True when a file of unit `from` may import unit `to`: the table allows it, or allows its folder. */
const allows = (rules: Map<string, Set<string>>, from: string, to: string): boolean =>
  to === from || to.split('/')[0] === from || (rules.get(from)?.has(to) ?? false) || (rules.get(from)?.has(to.split('/')[0]!) ?? false)

/** Relative import specifiers of a file's code, comments dropped (a comment naming a path is no import). */
export function importsOf(code: string): string[] {
  const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
  const found: string[] = []
  const patterns = [/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /^\s*import\s*['"]([^'"]+)['"]/gm]
  for (const re of patterns) for (const m of bare.matchAll(re)) if (m[1]!.startsWith('.')) found.push(m[1]!)
  return found
}

/**
 * Where the code does not follow the table yet: `from -> to` file pairs, each with the reason. The
 * test fails when one of them is gone, so this list only shrinks (issue 19).
 */
const NOT_YET: Record<string, string> = {
}

/** Files allowed past the line limit, each with why it is one file. */
const LINE_LIMIT = 300
const LONG_FILES: Record<string, string> = {
  'src/engine/find-mentions.ts': 'the recogniser\'s one pass over a sentence, its rules sharing one state; the entity-recogniser work owns it',
  'src/engine/features.ts': 'the feature extractor, one function per template family, kept beside the templates it must match bit for bit',
  'src/notes/note-store.ts': 'the store\'s one serial write path (journal, directory, import log) over the key-value store',
  'src/content/index.ts': 'the content script\'s entry and wiring; split into features registered with init(signal) (issue 19, later step)',
}

const src = filesUnder('src')
const table = readImportTable(readFileSync('docs/architecture.md', 'utf8'))

/** Every import that leaves its unit for one the table does not allow, as `from -> to`. */
export function wrongImports(files: readonly { path: string; code: string }[], rules: Map<string, Set<string>>): string[] {
  const wrong: string[] = []
  for (const { path, code } of files) {
    const from = unitOf(path, rules)
    for (const spec of importsOf(code)) {
      const target = normalize(join(dirname(path), spec)).replace(/\\/g, '/')
      if (!target.startsWith('src/')) { wrong.push(`${path} -> ${target} (outside src/)`); continue }
      if (!allows(rules, from, unitOf(target, rules))) wrong.push(`${path} -> ${target}`)
    }
  }
  return wrong
}

describe('the import table of docs/architecture.md', () => {
  it('has a row for every unit of src/ and names only units that exist', () => {
    const units = new Set(src.map((f) => unitOf(f, table)).filter((u) => u !== 'globals'))
    expect([...units].filter((u) => !table.has(u)).sort()).toEqual([])
    const named = new Set([...table.keys(), ...[...table.values()].flatMap((s) => [...s])])
    expect([...named].filter((u) => !units.has(u)).sort()).toEqual([])
  })

  it('holds for every import of every file in src/', () => {
    const wrong = wrongImports(src.map((path) => ({ path: path.replace(/\\/g, '/'), code: readFileSync(path, 'utf8') })), table)
    expect(wrong.filter((w) => !(w in NOT_YET)), 'imports the table of docs/architecture.md does not allow').toEqual([])
    expect(Object.keys(NOT_YET).filter((w) => !wrong.includes(w)), 'exceptions that are gone: remove them from NOT_YET').toEqual([])
  })

  it('finds a wrong import of each kind (the check itself can fail)', () => {
    const files = [
      { path: 'src/engine/a.ts', code: "import { x } from '../page/b.ts'" },
      { path: 'src/page/a.ts', code: "export type { X } from '../content/b.ts'" },
      { path: 'src/notes/a.ts', code: "const m = await import('../background/b.ts')" },
      { path: 'src/ui/a.ts', code: "import type {\n  Y,\n} from '../platform/b.ts'" },
      { path: 'src/cli/a.ts', code: "// import { z } from '../content/b.ts'\nimport { w } from './c.ts'" },
    ]
    expect(wrongImports(files, table)).toEqual([
      'src/engine/a.ts -> src/page/b.ts',
      'src/page/a.ts -> src/content/b.ts',
      'src/notes/a.ts -> src/background/b.ts',
      'src/ui/a.ts -> src/platform/b.ts',
    ])
  })
})

describe('file size', () => {
  it(`keeps files under ${LINE_LIMIT} lines, but for the few named with their reason`, () => {
    const long = src.map((f) => f.replace(/\\/g, '/')).filter((f) => readFileSync(f, 'utf8').split('\n').length > LINE_LIMIT)
    expect(long.filter((f) => !(f in LONG_FILES))).toEqual([])
  })
})

describe('tests/unit mirrors src/', () => {
  /** Folders of tests/unit with no folder of src/ to mirror, each with why. */
  const OWN_FOLDERS: Record<string, string> = {
    'tests/unit/conventions': 'these tests, about the whole tree',
    'tests/unit/support': 'helpers the tests share',
    'tests/unit/build': 'the build scripts (scripts/build/)',
  }
  const dirsUnder = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const p = join(dir, name).replace(/\\/g, '/')
    return statSync(p).isDirectory() ? [p, ...dirsUnder(p)] : []
  })

  it('keeps each test folder where its code lives', () => {
    const stray = dirsUnder('tests/unit').filter((d) => !Object.keys(OWN_FOLDERS).some((o) => d === o || d.startsWith(o + '/')))
      .filter((d) => !statSync(d.replace(/^tests\/unit/, 'src'), { throwIfNoEntry: false })?.isDirectory())
    expect(stray).toEqual([])
  })
})
