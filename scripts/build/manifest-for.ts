// Derives each browser's manifest from the top-level manifest.json. Only the background entry
// and Firefox's browser_specific_settings differ; everything else is shared as written. The
// content script is handed to our own build step (content-script.ts), not to crxjs.
import { readFileSync } from 'node:fs'
import type { ManifestV3Export } from '@crxjs/vite-plugin'

export type Target = 'chrome' | 'firefox'

/** Gecko id: fixed, so storage survives updates and tests can pin the moz-extension UUID. */
export const GECKO_ID = 'gloss@gloss-reader.org'
/** Firefox ESR 140 is the oldest we support; data_collection_permissions needs 140 on desktop. */
const GECKO_MIN_VERSION = '140.0'
/**
 * Firefox for Android reads data_collection_permissions from 142 (MDN browser_specific_settings);
 * without its own minimum, web-ext lint warns that the desktop 140 would allow Android 140.
 */
const GECKO_ANDROID_MIN_VERSION = '142.0'

export interface DeclaredContentScript { matches: string[]; js: string[]; css?: string[]; run_at?: string }

/** The manifest for crxjs (without content scripts) and the one content script it declares. */
export function manifestFor(target: Target): { manifest: ManifestV3Export; contentScript: DeclaredContentScript } {
  const { content_scripts: scripts, ...rest } = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'))
  if (!Array.isArray(scripts) || scripts.length !== 1 || scripts[0].js?.length !== 1) {
    throw new Error('manifest.json: Gloss declares exactly one content script with one entry file')
  }
  return { manifest: browserManifest(target, rest), contentScript: scripts[0] }
}

function browserManifest(target: Target, source: Record<string, any>): ManifestV3Export {
  const entry: string = source.background.service_worker
  if (target === 'chrome') return { ...source, background: { service_worker: entry, type: 'module' } } as ManifestV3Export
  return {
    ...source,
    // Firefox MV3 runs the background as an event page (non-persistent scripts).
    background: { scripts: [entry], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // Gloss collects nothing: everything stays on the reader's machine.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  } as unknown as ManifestV3Export
}
