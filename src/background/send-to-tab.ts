// Sends to a tab's content script; false when no content script answers (tab closed, not a
// story, Gloss not running there). Never throws.
import { browser } from '../platform/browser.ts'
import type { TabMessage } from '../protocol/messages.ts'

export async function sendToTab(tabId: number, msg: TabMessage): Promise<boolean> {
  try {
    return (await browser.tabs.sendMessage(tabId, msg)) === true
  } catch {
    return false
  }
}
