// The foundation, in both browsers: the content script runs on the demo page and the background
// knows the tab; the popup (opened as a page with ?tab=ID) shows it; a stopped background still
// answers; pages cannot get anything out of Gloss; no request leaves the machine.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'puppeteer-core'
import { BROWSERS, DEMO_HTML, DEMO_URL, closeStrayPages, sendFrom, startBench, tabIdOf, tabState, waitFor, type Bench } from './harness.ts'

const routes = { [DEMO_URL]: DEMO_HTML }

describe.each(BROWSERS)('foundation in %s', (name) => {
  let bench: Bench
  let ext: Page

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name))
  })
  afterAll(async () => {
    await bench?.close()
  })
  afterEach(() => closeStrayPages(bench, ext))

  const readyState = async (tabId: number) => waitFor(async () => {
    const s = await tabState(ext, tabId)
    return s.status === 'ready' ? s : null
  }, 'the story to be analysed')

  it('runs the content script on the demo page, and the background knows the tab', async () => {
    const { page } = await bench.openStory(DEMO_URL, routes)
    const tabId = await tabIdOf(ext, DEMO_URL)
    const state = await readyState(tabId)
    expect(state.url).toBe(DEMO_URL)
    expect(state.story.title).toBe('US and Iraq to discuss future military presence in country')
    expect(state.text.startsWith('The U.S. military has troops still in Iraq')).toBe(true)
    await page.close()
  })

  it('shows in the popup, opened as a page, what the background says about the tab', async () => {
    const { page } = await bench.openStory(DEMO_URL, routes)
    const tabId = await tabIdOf(ext, DEMO_URL)
    await readyState(tabId)
    const popup = await bench.openExtPage(`src/popup/index.html?tab=${tabId}`)
    await popup.waitForSelector('[data-state="ready"]')
    const title = await popup.$eval('.story-title', (el) => el.textContent)
    expect(title).toBe('US and Iraq to discuss future military presence in country')
    await popup.close()
    await page.close()
  })

  it('still answers the popup about the tab after the background is stopped', async () => {
    const { page } = await bench.openStory(DEMO_URL, routes)
    const tabId = await tabIdOf(ext, DEMO_URL)
    await readyState(tabId)
    await bench.stopBackground()
    const popup = await bench.openExtPage(`src/popup/index.html?tab=${tabId}`)
    await popup.waitForSelector('[data-state="ready"]')
    expect(await popup.$eval('.story-title', (el) => el.textContent)).toContain('US and Iraq')
    await popup.close()
    await page.close()
  })

  it('says which state a tab is in when the page is not a story', async () => {
    const url = 'https://www.washingtonexaminer.com/policy/defense/'
    const front = '<!doctype html><html lang="en"><head><title>Defense | Washington Examiner</title></head><body>' +
      '<nav><a href="/">Home</a></nav><main><h1>Defense</h1><ul>' +
      Array.from({ length: 12 }, (_, i) => `<li><a href="/policy/defense/${i}/">Headline number ${i} about the Pentagon</a></li>`).join('') +
      '</ul></main></body></html>'
    const { page } = await bench.openStory(url, { [url]: front })
    const tabId = await tabIdOf(ext, url)
    const state = await waitFor(async () => {
      const s = await tabState(ext, tabId)
      return s.status === 'no-story' ? s : null
    }, 'a no-story report')
    expect(state.reason.length).toBeGreaterThan(0)
    const popup = await bench.openExtPage(`src/popup/index.html?tab=${tabId}`)
    await popup.waitForSelector('[data-state="no-story"]')
    await popup.close()
    await page.close()
  })

  it('answers an unknown or malformed message from our own page with a typed error', async () => {
    expect(await sendFrom(ext, { type: 'no/such-type' })).toMatchObject({ ok: false, error: { code: 'unknown-type' } })
    expect(await sendFrom(ext, { type: 'app/tab-state', tabId: 'seven' })).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await sendFrom(ext, 42)).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    // The background is still alive and well after them.
    expect(await sendFrom(ext, { type: 'app/get-settings' })).toMatchObject({ ok: true })
  })

  it('gives a page script nothing: no runtime, no answer to postMessage, events or look-alike elements', async () => {
    const { page } = await bench.openStory(DEMO_URL, routes)
    const tabId = await tabIdOf(ext, DEMO_URL)
    await readyState(tabId)
    const before = await tabState(ext, tabId)
    const seen = await page.evaluate(async () => {
      const heard: string[] = []
      window.addEventListener('message', (e) => { if (e.source !== window) heard.push(JSON.stringify(e.data)) })
      const fake = { type: 'page/story', url: location.href, story: { title: 'Hijacked', byline: [], published: null, modified: null, site: null, url: null, lang: 'en' }, text: 'Evil text' }
      window.postMessage(fake, '*')
      window.postMessage({ type: 'app/get-settings' }, '*')
      for (const type of ['gloss', 'gloss:request', 'page/story']) document.dispatchEvent(new CustomEvent(type, { detail: fake }))
      const impostor = document.createElement('gloss-root')
      impostor.id = 'gloss-root'
      impostor.setAttribute('data-gloss', 'request')
      document.body.append(impostor)
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown }
      await new Promise((r) => setTimeout(r, 500))
      return { heard, runtime: typeof w.chrome?.runtime?.sendMessage, browser: typeof w.browser }
    })
    expect(seen.heard).toEqual([])
    expect(seen.runtime).toBe('undefined')
    expect(seen.browser).toBe('undefined')
    const after = await tabState(ext, tabId)
    expect(after.story.title).toBe(before.story.title)
    expect(after.text).toBe(before.text)
    await page.close()
  })

  it('attempts no network request of its own, from the page or the background', async () => {
    const { page, requests } = await bench.openStory(DEMO_URL, routes)
    const tabId = await tabIdOf(ext, DEMO_URL)
    await readyState(tabId)
    const popup = await bench.openExtPage(`src/popup/index.html?tab=${tabId}`)
    await popup.waitForSelector('[data-state="ready"]')
    // The page's own document (and the browser's favicon probe) is all the page side asks for.
    const own = requests.filter((u) => u !== DEMO_URL && !u.endsWith('/favicon.ico'))
    expect(own).toEqual([])
    // Chromium reports every request the service worker attempts; http(s) ones would leave the machine.
    expect(bench.backgroundRequests.filter((u) => /^https?:/.test(u))).toEqual([])
    await popup.close()
    await page.close()
  })
})
