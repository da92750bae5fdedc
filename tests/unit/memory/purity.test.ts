// Convention: the memory and identity layers are pure. They must bundle into the extension and
// run under Node tests, so no browser extension APIs, no Node modules, no DOM globals.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('../../../', import.meta.url).pathname
const files = [
  ...readdirSync(join(root, 'src/memory')).map((f) => join('src/memory', f)),
  ...readdirSync(join(root, 'src/page/identity')).map((f) => join('src/page/identity', f)),
  'src/page/story-key.ts',
].filter((f) => f.endsWith('.ts'))

const FORBIDDEN: [string, RegExp][] = [
  ['extension APIs', /\b(?:browser|chrome)\.\w+|webextension-polyfill/],
  ['Node modules', /from ['"]node:|require\(/],
  ['DOM globals', /\b(?:document|window|localStorage|indexedDB)\./],
  ['eval', /\beval\(|new Function\(/],
]

describe('pure layers', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(10))
  it.each(files)('%s', (file) => {
    const code = readFileSync(join(root, file), 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '')
    for (const [what, re] of FORBIDDEN) expect(re.test(code), `${file} uses ${what}`).toBe(false)
  })
})
