// Keeps the story text this tab last sent for analysis, and gives it back to the background when
// asked (tab/story-text): the background holds texts in memory only, and a stopped worker has
// lost them. Its own listener, answering that one message type and nothing else.
import * as v from 'valibot'
import { browser, type Runtime } from '../platform/browser.ts'
import { TabStoryTextSchema } from '../protocol/messages.ts'

let text: string | null = null
let listening = false

export function keepStoryText(sent: string, signal: AbortSignal): void {
  text = sent
  if (listening || signal.aborted) return
  listening = true
  const listener = (raw: unknown, sender: Runtime.MessageSender) => {
    // Only our own background asks; any other message is left to the other listener.
    if (sender.id !== browser.runtime.id || !v.is(TabStoryTextSchema, raw)) return undefined
    return Promise.resolve({ text })
  }
  browser.runtime.onMessage.addListener(listener)
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(listener)
    listening = false
    text = null
  }, { once: true })
}
