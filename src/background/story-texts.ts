// The analysed text of each tab's story, held in the background's memory only: the popup's note
// list anchors notes in it. Never stored (it is what once filled storage.session and evicted
// other tabs). A stopped worker forgets it; it is then asked back from the tab's content script,
// and taken only if it is the text the tab's view was built from.
import { browser } from '../platform/browser.ts'
import { hash53 } from '../store/hash.ts'
import type { TabState } from '../protocol/messages.ts'

/** Characters held across all tabs (2 bytes each in memory): the oldest tab's text goes first. */
const MAX_HELD_CHARS = 4_000_000

const held = new Map<number, string>()
let heldChars = 0

export const textHashOf = (text: string): string => hash53(text)

export function holdStoryText(tabId: number, text: string): void {
  forgetStoryText(tabId)
  held.set(tabId, text)
  heldChars += text.length
  for (const [id, t] of held) {
    if (heldChars <= MAX_HELD_CHARS || id === tabId) break
    held.delete(id)
    heldChars -= t.length
  }
}

/** The text with this hash for the tab: held, or asked back from its content script; null when neither has it. */
export async function storyTextOf(tabId: number, hash: string): Promise<string | null> {
  const mine = held.get(tabId)
  if (mine !== undefined && textHashOf(mine) === hash) return mine
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'tab/story-text' })) as { text?: unknown } | undefined
    if (typeof reply?.text === 'string' && textHashOf(reply.text) === hash) {
      holdStoryText(tabId, reply.text)
      return reply.text
    }
  } catch {
    // No content script there any more (tab closed or navigated): the popup lists saved quotes.
  }
  return null
}

export function forgetStoryText(tabId: number): void {
  const t = held.get(tabId)
  if (t === undefined) return
  held.delete(tabId)
  heldChars -= t.length
}

/** A tab's state with its story text added while it can be had (the text is never stored with it). */
export async function withStoryText(tabId: number, state: TabState): Promise<TabState> {
  return state.status === 'ready' ? { ...state, text: await storyTextOf(tabId, state.textHash) } : state
}
