// The content script, built as one classic script that the browser runs itself, declared at
// document_start, with no web-accessible resources.
//
// Why not through crxjs: crxjs turns every content script into a loader that `import()`s its
// chunks from `web_accessible_resources`. That has two costs a hostile page can exploit:
//  - the chunks sit at fixed chrome-extension:// URLs any page may fetch, so a page can tell that
//    Gloss is installed and which build (issue 14, item 9);
//  - the loader is asynchronous, so page scripts run before our code does, and a page's capture
//    listener registered first sees every key typed into Gloss's note editor (item 1). The event
//    shield (src/content/shield.ts) must be the first listener on the page's window, which only a
//    synchronous script at document_start can be.
// So the top-level manifest's content scripts are kept out of crxjs's hands and bundled here with
// esbuild (already what vite uses under the hood) into one IIFE per browser.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import type { Plugin } from 'vite'
import type { DeclaredContentScript, Target } from './manifest-for.ts'

export const CONTENT_JS = 'content.js'
export const CONTENT_CSS = 'content.css'

export function contentScriptPlugin(target: Target, declared: DeclaredContentScript, outDir: string): Plugin {
  return {
    name: 'gloss-content-script',
    apply: 'build',
    enforce: 'post',
    // After crxjs has written the manifest: add the content script to it and write the bundle.
    async writeBundle() {
      const result = await build({
        entryPoints: [declared.js[0]],
        bundle: true,
        format: 'iife',
        target: 'es2022',
        minify: true,
        write: false,
        legalComments: 'none',
        define: { __BROWSER__: JSON.stringify(target) },
        logLevel: 'silent',
      })
      writeFileSync(join(outDir, CONTENT_JS), result.outputFiles[0].contents)
      writeFileSync(join(outDir, CONTENT_CSS), (declared.css ?? []).map((f) => readFileSync(f, 'utf8')).join('\n'))
      const manifestPath = join(outDir, 'manifest.json')
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
      manifest.content_scripts = [{ matches: declared.matches, js: [CONTENT_JS], css: [CONTENT_CSS], run_at: declared.run_at ?? 'document_idle' }]
      // Nothing of Gloss is reachable from a page: no chunk, no page, no image.
      delete manifest.web_accessible_resources
      writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
    },
  }
}
