// The real-browser bench: launches Debian's Chromium or Firefox ESR with the built package
// (dist/chrome or dist/firefox) loaded, serves pages at their real https URLs by request
// interception, and reaches the extension's pages and background. Follows
// ../shared/recipes/browser-testing.md, where every step was run on these machines.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import puppeteer, { type Browser, type Page, type HTTPRequest, type Target } from 'puppeteer-core'

export type BrowserName = 'chromium' | 'firefox'
export const BROWSERS: BrowserName[] = ['chromium', 'firefox']

/** Where the browsers are: Debian's packages unless CHROMIUM_PATH or FIREFOX_PATH says otherwise. */
export const BROWSER_PATHS: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
}

/** Must equal GECKO_ID in scripts/build/manifest-for.ts. */
export const GECKO_ID = 'gloss@gloss-reader.org'
/** Pinned moz-extension UUID, so extension URLs are known before install. */
const FIREFOX_UUID = '3f0c2d1e-6a5b-4c7d-8e9f-0a1b2c3d4e5f'

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost']

export const DEMO_URL = readFileSync(resolve('tests/fixtures/demo/url.txt'), 'utf8').trim()
export const DEMO_HTML = readFileSync(resolve('tests/fixtures/demo/story.html'), 'utf8')

export interface Bench {
  name: BrowserName
  browser: Browser
  /** chrome-extension://id/ or moz-extension://uuid/ */
  base: string
  /** Opens one of our extension pages (popup, options) in a new tab. */
  openExtPage(path: string): Promise<Page>
  /** Navigates an already open extension page again (reload). */
  reloadExtPage(page: Page, path: string): Promise<void>
  /** Opens a page of the web at its real URL, served from `routes` by interception. */
  openStory(url: string, routes: Routes): Promise<{ page: Page; requests: string[] }>
  /** Sets prefers-color-scheme for a page (Firefox: browser-wide, through the content override pref). */
  colorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void>
  /** Stops the background (Chrome service worker, Firefox event page); the next message restarts it. */
  stopBackground(): Promise<void>
  /** Requests the background attempted (Chromium only: CDP on the worker); [] in Firefox. */
  backgroundRequests: string[]
  close(): Promise<void>
}

export type Routes = Record<string, string>

export async function launch(name: BrowserName, opts: { headless?: boolean } = {}): Promise<Bench> {
  const headless = opts.headless ?? true
  return name === 'chromium' ? launchChromium(headless) : launchFirefox(headless)
}

async function launchChromium(headless: boolean): Promise<Bench> {
  const browser = await puppeteer.launch({ executablePath: BROWSER_PATHS.chromium, headless, pipe: true, defaultViewport: null,
    enableExtensions: true, args: CHROMIUM_ARGS })
  const id = await browser.installExtension(resolve('dist/chrome'))
  const base = `chrome-extension://${id}/`
  const backgroundRequests: string[] = []
  const watched = new WeakSet<Target>()
  const watch = async (t: Target) => {
    if (t.type() !== 'service_worker' || !t.url().startsWith(base) || watched.has(t)) return
    watched.add(t)
    // Puppeteer's own session on the worker: a second session of ours (createCDPSession) left a
    // restarted worker waiting for its debugger, and it never answered again (seen here).
    const worker = await t.worker()
    const cdp = worker?.client
    if (!cdp) return
    cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => backgroundRequests.push(e.request.url))
    await cdp.send('Network.enable')
  }
  browser.on('targetcreated', (t: Target) => void watch(t).catch(() => {}))
  await Promise.all(browser.targets().map((t) => watch(t).catch(() => {})))
  return {
    name: 'chromium', browser, base, backgroundRequests,
    async openExtPage(path) {
      const page = await browser.newPage()
      await page.goto(base + path, { waitUntil: 'load' })
      return page
    },
    async reloadExtPage(page, path) {
      await page.goto(base + path, { waitUntil: 'load' })
    },
    openStory: (url, routes) => openStory(browser, url, routes),
    colorScheme: (page, scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
    async stopBackground() {
      const t = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(base))
      const worker = await t.worker()
      await worker?.close()
      // Let the old worker finish shutting down before the next message starts a new one.
      await new Promise((r) => setTimeout(r, 300))
    },
    close: () => browser.close(),
  }
}

async function launchFirefox(headless: boolean): Promise<Bench> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: BROWSER_PATHS.firefox, headless, defaultViewport: null,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.disablePrefetch': true,
      'network.dns.disablePrefetchFromHTTPS': true,
    } })
  await browser.installExtension(resolve('dist/firefox'))
  const base = `moz-extension://${FIREFOX_UUID}/`
  // puppeteer internals (recipe §3.3): page.goto never resolves for moz-extension:// pages.
  const bidi = (browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: any }> } }).connection
  const frameId = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id
  const navigate = async (page: Page, path: string) => {
    await bidi.send('browsingContext.navigate', { context: frameId(page), url: base + path, wait: 'complete' })
  }
  const chromeEval = async (expression: string) => {
    const { result: tree } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })
    const { result } = await bidi.send('script.evaluate', { expression, awaitPromise: true, target: { context: tree.contexts[0].context } })
    if (result.type === 'exception') throw new Error(result.exceptionDetails.text)
    return result.result
  }
  return {
    name: 'firefox', browser, base, backgroundRequests: [],
    async openExtPage(path) {
      const page = await browser.newPage()
      await navigate(page, path)
      return page
    },
    reloadExtPage: navigate,
    openStory: (url, routes) => openStory(browser, url, routes),
    async colorScheme(_page, scheme) {
      // layout.css.prefers-color-scheme.content-override: 0 dark, 1 light (puppeteer's BiDi has no emulation for it).
      await chromeEval(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`)
    },
    async stopBackground() {
      const state = await chromeEval(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        await ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(GECKO_ID)});
        return WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.backgroundState;
      })()`)
      if (state.value !== 'stopped') throw new Error(`background not stopped: ${JSON.stringify(state)}`)
    },
    close: () => browser.close(),
  }
}

/** Serves `routes` at their URLs; other requests to those hosts 404, third parties are aborted. */
async function openStory(browser: Browser, url: string, routes: Routes): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage()
  const requests: string[] = []
  const hosts = new Set(Object.keys(routes).map((u) => new URL(u).host))
  await page.setRequestInterception(true)
  page.on('request', (req: HTTPRequest) => {
    if (req.isInterceptResolutionHandled()) return
    const u = req.url()
    if (/^https?:/.test(u)) requests.push(u)
    if (u in routes) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: routes[u] })
    if (!/^https?:/.test(u)) return void req.continue() // our own chrome-extension:// chunks
    if (hosts.has(new URL(u).host)) return void req.respond({ status: 404, body: '' })
    return void req.abort()
  })
  await page.goto(url, { waitUntil: 'load' })
  return { page, requests }
}

/**
 * The id of the tab showing `url`, as the background knows it: the content script's report puts
 * a `tab:<id>` state with its URL in session storage, which extension pages can read.
 */
export async function tabIdOf(ext: Page, url: string): Promise<number> {
  return waitFor(() => ext.evaluate(async (u) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome
    const all = await api.storage.session.get(null)
    const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k]?.url === u)
    return key ? Number(key.slice(4)) : null
  }, url), `the background to know the tab at ${url}`)
}

/** The background's state for a tab, asked as the popup asks. */
export async function tabState(ext: Page, tabId: number): Promise<any> {
  const reply = await sendFrom(ext, { type: 'app/tab-state', tabId })
  if (!reply?.ok) throw new Error(`app/tab-state failed: ${JSON.stringify(reply)}`)
  return reply.value
}

/** Waits until the background has analysed the tab's story; its state then. */
export async function storyReady(ext: Page, tabId: number, timeoutMs?: number): Promise<any> {
  return waitFor(async () => { const s = await tabState(ext, tabId); return s.status === 'ready' ? s : null },
    'the story to be analysed', timeoutMs)
}

/** Sends a runtime message from an extension page, as the popup would. */
export async function sendFrom(ext: Page, msg: unknown): Promise<any> {
  return ext.evaluate(async (m) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome
    return api.runtime.sendMessage(m)
  }, msg as any)
}

/** Clears storage from an extension page at the start of a test. */
/** The options page every suite talks to the background from. */
export const OPTIONS_PAGE = 'src/options/index.html'

/**
 * What each suite starts from: the browser with the built extension, its options page open to
 * talk to the background from, and (unless told otherwise) the extension's storage cleared.
 */
export async function startBench(name: BrowserName, opts: { clear?: boolean } = {}): Promise<{ bench: Bench; ext: Page }> {
  const bench = await launch(name)
  const ext = await bench.openExtPage(OPTIONS_PAGE)
  if (opts.clear !== false) await clearStorage(ext)
  return { bench, ext }
}

/** A failed test leaves its pages open; closing them lets the next test start from one tab. */
export async function closeStrayPages(bench: Bench | undefined, ext: Page | undefined): Promise<void> {
  if (!bench) return
  for (const p of await bench.browser.pages()) if (p !== ext && !p.url().startsWith('about:')) await p.close().catch(() => {})
}

export async function clearStorage(ext: Page): Promise<void> {
  await ext.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome
    // Sync off first (the reply comes once its last write is done), then the sync area: a
    // background that finds notes there puts them back (issue 20). Cleared settings turn it on again.
    await api.runtime.sendMessage({ type: 'app/set-settings', patch: { sync: false } })
    await api.storage.sync.clear()
    await api.storage.local.clear()
    await api.storage.session.clear()
  })
}

export async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < until) {
    try {
      const v = await fn()
      if (v) return v
    } catch (err) {
      last = err
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`)
}

/**
 * Runs in a page (`page.evaluate(installPassageFinder)`): defines `glossTestPassageRange(passage)`
 * there, a Range over the first occurrence of `passage` in the body's text, across text nodes (a
 * parser may split one paragraph's text into several nodes). Later evaluations call it by name.
 */
export function installPassageFinder(): void {
  const find = (passage: string): Range => {
    const nodes: [Text, number][] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    let n: Node | null
    let all = ''
    while ((n = walker.nextNode())) { nodes.push([n as Text, all.length]); all += (n as Text).data }
    // Pages write no-break spaces where a reader sees spaces (the demo story has one).
    const at = all.replace(/\u00a0/g, ' ').indexOf(passage)
    if (at < 0) throw new Error('passage not found: ' + passage)
    const locate = (offset: number): [Text, number] => {
      for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]]
      return [nodes[0][0], 0]
    }
    const range = document.createRange()
    range.setStart(...locate(at))
    range.setEnd(...locate(at + passage.length))
    return range
  }
  ;(window as unknown as { glossTestPassageRange: typeof find }).glossTestPassageRange = find
}

/**
 * Runs in a page: how many points of a 10-pixel grid over the viewport hit Gloss's host element
 * (the page's last element) in the page's own hit-testing. Only Gloss's controls (cards with
 * buttons, the Note button, the editor) may ever be hit; note boxes and note cards never are.
 */
export function hostHitsInPage(): number {
  const host = document.documentElement.lastElementChild
  let hits = 0
  for (let y = 5; y < innerHeight; y += 10) {
    for (let x = 5; x < innerWidth; x += 10) if (document.elementFromPoint(x, y) === host) hits++
  }
  return hits
}
