// Who may read Gloss's storage. Chrome lets an extension close `storage.local` (and `sync`) to its
// content scripts with `setAccessLevel('TRUSTED_CONTEXTS')`; then only the background and our own
// pages read notes, memory and settings, and a content script compromised by a page (or a bug in
// ours) can reach them only through the router's checks. Firefox supports `setAccessLevel` on
// `storage.session` alone (MDN; bug 1724754 is open), so there the areas stay open to our content
// scripts: docs/architecture.md states what that means.
import { browser } from '../platform/browser.ts'

type Area = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> }

export type AccessOutcome = 'restricted' | 'unsupported'

/** Restricts each persistent area to trusted contexts where the browser allows it. */
export async function restrictStorageToExtension(areas: Record<string, unknown> = { local: browser.storage.local,
  sync: (browser.storage as { sync?: unknown }).sync }): Promise<Record<string, AccessOutcome>> {
  const out: Record<string, AccessOutcome> = {}
  for (const [name, area] of Object.entries(areas)) {
    const set = (area as Area | undefined)?.setAccessLevel
    if (typeof set !== 'function') { out[name] = 'unsupported'; continue }
    try {
      await set.call(area, { accessLevel: 'TRUSTED_CONTEXTS' })
      out[name] = 'restricted'
    } catch {
      out[name] = 'unsupported' // Firefox throws for areas other than session
    }
  }
  return out
}
