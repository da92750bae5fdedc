// Convention tests: the folder tells the context (STYLE.md). Pure layers import no browser or
// Node APIs; only src/platform imports webextension-polyfill; no HTML sinks or eval anywhere.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|tsx)$/.test(name) ? [p] : []
  })
}
const src = filesUnder('src')
/** The code of a file without its comments, so a comment naming an API is not a use of it. */
const codeOf = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')
const PURE = ['src/engine/', 'src/page/', 'src/notes/', 'src/memory/']

describe('conventions', () => {
  it('keeps the pure layers free of browser extension and Node APIs', () => {
    const offenders = src.filter((f) => PURE.some((p) => f.startsWith(p))).filter((f) => {
      const code = codeOf(f)
      return /from ['"](webextension-polyfill|node:[^'"]+|fs|path)['"]/.test(code) ||
        /from ['"][./]*\/(platform|background|content|popup|options)\//.test(code) ||
        /\b(chrome|browser)\.(runtime|storage|tabs)\b/.test(code)
    })
    expect(offenders).toEqual([])
  })

  it('imports webextension-polyfill in one module only', () => {
    const importers = src.filter((f) => /from ['"]webextension-polyfill['"]/.test(readFileSync(f, 'utf8')))
    expect(importers).toEqual(['src/platform/browser.ts'])
  })

  it('never builds HTML from strings or evaluates code', () => {
    const offenders = src.filter((f) => /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })
})
