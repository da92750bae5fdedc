// One source tree, two packages: `vite build --mode chrome` writes dist/chrome (MV3, background
// service worker) and `--mode firefox` writes dist/firefox (MV3, background event page, gecko
// settings). Both manifests are derived from the one top-level manifest.json. The content script
// is bundled apart from crxjs, as one classic script (scripts/build/content-script.ts says why).
import { defineConfig } from 'vite'
import preact from '@preact/preset-vite'
import { crx } from '@crxjs/vite-plugin'
import { manifestFor, type Target } from './scripts/build/manifest-for.ts'
import { contentScriptPlugin } from './scripts/build/content-script.ts'

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome'
  const outDir = `dist/${target}`
  const { manifest, contentScript } = manifestFor(target)
  return {
    plugins: [preact(), crx({ manifest, browser: target }), contentScriptPlugin(target, contentScript, outDir)],
    define: { __BROWSER__: JSON.stringify(target) },
    build: {
      outDir,
      emptyOutDir: true,
      // The extension CSP forbids eval; keep the output readable for store review.
      minify: true,
      sourcemap: false,
      target: 'es2022',
    },
    // No dev server output is ever loaded: tests and `npm start` use dist/ only.
    server: { strictPort: true },
  }
})
