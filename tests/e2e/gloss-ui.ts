// Reads Gloss's in-page UI, which lives in a closed shadow root that the page (and so
// page.evaluate) cannot open: from the test driver, through the DevTools protocol in Chromium and
// WebDriver BiDi in Firefox (which serialises closed shadow roots too). For finding what Gloss
// shows (the editor's quote, where a button is), as a reader's eyes would; the reader's actions
// themselves stay real clicks and keys.
import type { Page } from 'puppeteer-core'
import type { Bench } from './harness.ts'

/** Runs `fn(root, ...args)` with Gloss's shadow root in the page; its result must be JSON. */
export async function inGloss<A extends unknown[], T>(bench: Bench, page: Page, fn: (root: ShadowRoot, ...args: A) => T, ...args: A): Promise<T> {
  const body = `(${fn.toString()})`
  if (bench.name === 'chromium') {
    const cdp = await page.createCDPSession()
    try {
      const { result: host } = await cdp.send('Runtime.evaluate', { expression: 'document.documentElement.lastElementChild' })
      const node = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true })
      const shadow = node.node.shadowRoots?.[0]
      if (!shadow) throw new Error('Gloss has no shadow root in this page')
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })
      const r = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, returnByValue: true, awaitPromise: true,
        functionDeclaration: `function (a) { return JSON.stringify(${body}(this, ...JSON.parse(a)) ?? null) }`,
        arguments: [{ value: JSON.stringify(args) }] })
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text)
      return JSON.parse(r.result.value as string) as T
    } finally {
      await cdp.detach().catch(() => {})
    }
  }
  const bidi = (bench.browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: any }> } }).connection
  const context = (page.mainFrame() as unknown as { _id: string })._id
  const { result: host } = await bidi.send('script.evaluate', { expression: 'document.documentElement.lastElementChild', awaitPromise: false,
    target: { context }, serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' } })
  const shadow = host.result?.value?.shadowRoot
  if (!shadow?.sharedId) throw new Error('Gloss has no shadow root in this page')
  const { result } = await bidi.send('script.callFunction', { awaitPromise: true, target: { context },
    functionDeclaration: `(root, a) => JSON.stringify(${body}(root, ...JSON.parse(a)) ?? null)`,
    arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: JSON.stringify(args) }] })
  if (result.type === 'exception') throw new Error(result.exceptionDetails.text)
  return JSON.parse(result.result.value as string) as T
}

export interface Rect { x: number; y: number; width: number; height: number }

/** The viewport box of the first visible element matching `selector` in Gloss's UI, or null. */
export function boxOf(bench: Bench, page: Page, selector: string): Promise<Rect | null> {
  return inGloss(bench, page, (root, sel) => {
    const e = [...root.querySelectorAll<HTMLElement>(sel)].find((x) => !x.hidden && x.getClientRects().length > 0)
    if (!e) return null
    const r = e.getBoundingClientRect()
    return { x: r.x, y: r.y, width: r.width, height: r.height }
  }, selector)
}

/** The centre of a box, where a reader clicks. */
export const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })
