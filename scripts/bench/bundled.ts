// The engine as the extension ships it: bundled into one module (vite bundles it the same way),
// not run through tsx. tsx compiles each source file on its own, and every read of an imported
// constant (label and template ids, in the tagger's inner loops) then goes through an accessor:
// measured about 15–25 % slower than the bundle, a cost no user pays. The peers (compromise,
// chrono-node) are prebuilt bundles too, so the ratios compare like with like.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Bundles `exports` (a module's export lines, paths from the repository root) and imports it. */
export async function importBundled<T>(exports: string): Promise<T> {
  const out = await build({
    stdin: { contents: exports, resolveDir: root, loader: 'ts' },
    bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', write: false, logLevel: 'error',
  })
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-'))
  try {
    const file = join(dir, 'engine.mjs')
    writeFileSync(file, out.outputFiles[0].contents)
    return (await import(pathToFileURL(file).href)) as T
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
