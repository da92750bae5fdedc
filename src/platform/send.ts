// Typed requests to the background. A closed tab, a stopped worker or a missing receiver comes
// back as a `no-receiver` Result, so no context ever sees an unhandled rejection; a reply that
// never comes (a worker stopped mid-reply) is given up after a while and the request sent once
// more. Every request type is safe to repeat (notes carry their own id, analysis is cached).
import { browser } from './browser.ts'
import type { ReplyOf, RequestOf, RequestType, Result } from '../messages.ts'

/** A restarted worker can miss the first message while it starts: retry once after this pause. */
const RETRY_AFTER_MS = 150
/** Longest wait for a reply. Analysis of a huge page takes a few seconds at most (1M chars/s). */
const REPLY_TIMEOUT_MS = 15_000

const TIMED_OUT = Symbol('timed out')

export async function send<T extends RequestType>(msg: RequestOf<T>): Promise<ReplyOf<T>> {
  let problem = 'no reply from the background'
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, RETRY_AFTER_MS))
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const reply = await Promise.race([
        browser.runtime.sendMessage(msg) as Promise<Result<unknown> | undefined>,
        new Promise<typeof TIMED_OUT>((r) => { timer = setTimeout(() => r(TIMED_OUT), REPLY_TIMEOUT_MS) }),
      ])
      if (reply === TIMED_OUT) problem = 'the background did not answer in time'
      else if (reply && typeof reply === 'object' && 'ok' in reply) return reply as ReplyOf<T>
    } catch (err) {
      problem = err instanceof Error ? err.message : String(err)
    } finally {
      clearTimeout(timer)
    }
  }
  return { ok: false, error: { code: 'no-receiver', message: problem } }
}
