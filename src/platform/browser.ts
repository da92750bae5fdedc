// The one module that imports webextension-polyfill. Every context gets `browser` from here. A
// build-time browser difference, when one is needed, reads `__BROWSER__` (set by vite.config.ts
// and scripts/build/content-script.ts; none does today).
import browser from 'webextension-polyfill'

export { browser }
export type { Runtime, Tabs, Storage, Menus } from 'webextension-polyfill'

/** The origin of our own extension pages (chrome-extension://id/ or moz-extension://uuid/). */
export const extensionOrigin = (): string => browser.runtime.getURL('')
