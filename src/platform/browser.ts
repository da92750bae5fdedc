// The one module that imports webextension-polyfill. Every context gets `browser` from here, and
// build-time browser differences are read from `BROWSER` (set by vite.config.ts).
import browser from 'webextension-polyfill'

export { browser }
export type { Runtime, Tabs, Storage, Menus } from 'webextension-polyfill'

export const BROWSER: 'chrome' | 'firefox' = __BROWSER__

/** The origin of our own extension pages (chrome-extension://id/ or moz-extension://uuid/). */
export const extensionOrigin = (): string => browser.runtime.getURL('')
