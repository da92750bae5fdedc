// Convention: the notes layer and text-level anchoring are pure, so they bundle into any context
// and run in Node: no Node or extension APIs, no HTML from strings, no eval.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const FORBIDDEN = [/from ['"]node:/, /from ['"](fs|path|os)['"]/, /\bbrowser\./, /\bchrome\./,
  /webextension-polyfill/, /innerHTML/, /\beval\(/, /new Function\(/]

describe('pure layers', () => {
  for (const dir of ['src/notes', 'src/notes/sync', 'src/page/anchoring']) {
    it(`${dir} uses no Node or browser-extension APIs`, () => {
      const files = readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts'))
      expect(files.length).toBeGreaterThan(3)
      for (const f of files) {
        // Code only: comments may name the APIs the layer is handed.
        const text = readFileSync(join(root, dir, f), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
        for (const re of FORBIDDEN) expect(`${f}: ${re.test(text) ? re : 'clean'}`).toBe(`${f}: clean`)
      }
    })
  }
  // Which folders src/notes may import is the import table's (tests/unit/conventions/imports.test.ts).
})
