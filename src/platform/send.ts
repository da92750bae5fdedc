// Typed requests to the background. A closed tab, a stopped worker or a missing receiver comes
// back as a `no-receiver` Result, so no context ever sees an unhandled rejection.
import { browser } from './browser.ts'
import type { ReplyOf, RequestOf, RequestType, Result } from '../messages.ts'

/** A restarted worker can miss the first message while it starts: retry once after this pause. */
const RETRY_AFTER_MS = 150

export async function send<T extends RequestType>(msg: RequestOf<T>): Promise<ReplyOf<T>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(msg)) as Result<unknown> | undefined
      if (reply && typeof reply === 'object' && 'ok' in reply) return reply as ReplyOf<T>
      if (attempt > 0) return { ok: false, error: { code: 'no-receiver', message: 'no reply from the background' } }
    } catch (err) {
      if (attempt > 0) {
        return { ok: false, error: { code: 'no-receiver', message: err instanceof Error ? err.message : String(err) } }
      }
    }
    await new Promise((r) => setTimeout(r, RETRY_AFTER_MS))
  }
}
