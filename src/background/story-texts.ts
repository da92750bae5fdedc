// The analysed text of each tab's story, held in the background's memory only: the popup's note
// list anchors notes in it. Never stored (it is what once filled storage.session and evicted
// other tabs); a stopped worker forgets it, and the popup then lists notes by their saved quotes.
/** Characters held across all tabs (2 bytes each in memory): the oldest tab's text goes first. */
const MAX_HELD_CHARS = 4_000_000

const held = new Map<number, string>()
let heldChars = 0

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

export function storyTextOf(tabId: number): string | null {
  return held.get(tabId) ?? null
}

export function forgetStoryText(tabId: number): void {
  const t = held.get(tabId)
  if (t === undefined) return
  held.delete(tabId)
  heldChars -= t.length
}
