// An in-memory stand-in for the parts of webextension-polyfill the background uses, so the
// router and handlers run in Node exactly as written. The seam is src/platform/browser.ts.
export const EXTENSION_ID = 'glossglossglossglossglossglossgl'
export const ORIGIN = `chrome-extension://${EXTENSION_ID}/`

function area() {
  const data = new Map<string, unknown>()
  return {
    data,
    async get(keys: string | string[] | null) {
      if (keys === null) return Object.fromEntries([...data].map(([k, v]) => [k, structuredClone(v)]))
      const list = typeof keys === 'string' ? [keys] : keys
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]))
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v))
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k)
    },
    async clear() { data.clear() },
  }
}

export const sentToTabs: { tabId: number; msg: unknown }[] = []

export const fakeBrowser = {
  runtime: { id: EXTENSION_ID, getURL: (p: string) => ORIGIN + p },
  storage: { local: area(), session: area() },
  tabs: {
    async sendMessage(tabId: number, msg: unknown) {
      sentToTabs.push({ tabId, msg })
      if (tabId === 404) throw new Error('Could not establish connection. Receiving end does not exist.')
      return true
    },
  },
}

export const contentSender = (tabId = 7, url = 'https://news.example.com/2024/01/24/story/') =>
  ({ id: EXTENSION_ID, url, tab: { id: tabId }, frameId: 0 })
export const appSender = () => ({ id: EXTENSION_ID, url: ORIGIN + 'src/popup/index.html' })
export const foreignSender = () => ({ id: 'someone-else', url: 'https://evil.example/' })
