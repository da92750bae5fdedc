// Which tab the popup describes: `?tab=ID` when opened as a page (tests, and Firefox where a test
// cannot open the toolbar popup), else the active tab of the current window.
import { browser } from '../platform/browser.ts'

export async function targetTabId(search: string): Promise<number | null> {
  const fromUrl = new URLSearchParams(search).get('tab')
  if (fromUrl !== null && /^\d+$/.test(fromUrl)) return Number(fromUrl)
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
  return tab?.id ?? null
}
