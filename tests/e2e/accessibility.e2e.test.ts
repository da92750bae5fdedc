// The popup (its cards closed and open) and the options page pass axe-core with no serious or
// critical violations, in light and dark colour schemes, in both browsers. axe is evaluated
// through the driver (CDP / BiDi), which the extension pages' CSP does not apply to.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'puppeteer-core'
import { BROWSERS, DEMO_HTML, DEMO_URL, OPTIONS_PAGE, startBench, tabIdOf, type Bench, storyReady } from './harness.ts'

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE)
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o?: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
    return (await axe.run({ resultTypes: ['violations'] })).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  })
  return result
}

describe.each(BROWSERS)('accessibility in %s', (name) => {
  let bench: Bench
  let ext: Page
  let tabId: number

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name))
    await bench.openStory(DEMO_URL, { [DEMO_URL]: DEMO_HTML })
    tabId = await tabIdOf(ext, DEMO_URL)
    await storyReady(ext, tabId)
  })
  afterAll(async () => {
    await bench?.close()
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`popup, ${scheme}`, async () => {
      const popup = await bench.openExtPage(`src/popup/index.html?tab=${tabId}`)
      await bench.colorScheme(popup, scheme)
      await popup.waitForSelector('[data-state="ready"]')
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark')
      expect(await seriousViolations(popup)).toEqual([])
      // Every card open: its details, mentions, facts and dates are checked too.
      await popup.$$eval('.card-toggle', (buttons) => { for (const b of buttons) (b as HTMLButtonElement).click() })
      await popup.waitForSelector('article.card[data-open="true"] .card-details:not([hidden])')
      expect(await seriousViolations(popup)).toEqual([])
      await popup.close()
    })

    it(`options, ${scheme}`, async () => {
      const options = await bench.openExtPage(OPTIONS_PAGE)
      await bench.colorScheme(options, scheme)
      await options.waitForSelector('h2')
      expect(await seriousViolations(options)).toEqual([])
      await options.close()
    })
  }
})
