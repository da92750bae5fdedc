// Typed requests to the background. A closed tab, a stopped worker or a missing receiver comes
// back as a `no-receiver` Result, so no context ever sees an unhandled rejection.
//
// Retry policy, per message type: a message that was never delivered (no receiver yet: a worker
// starting) is sent once more, whatever its type. A message whose reply did not come in time may
// have been applied, so it is sent again only when doing it twice does the same as doing it once
// and says so: notes carry their own id, analysis is cached, and an import batch carries a batch
// id the store answers from its log (issue 14: a whole-file import resent after 15 s was reported
// "0 imported, 12,000 already stored"). The types in ONCE_ONLY report what they did (counts) and
// are never resent after a timeout: their caller is told the background may still be at work.
import { browser } from './browser.ts'
import type { ReplyOf, RequestOf, RequestType, Result } from '../protocol/messages.ts'

/** A restarted worker can miss the first message while it starts: retry once after this pause. */
const RETRY_AFTER_MS = 150
/** Longest wait for a reply. Analysis of a huge page takes a few seconds at most (1M chars/s). */
const REPLY_TIMEOUT_MS = 15_000
/**
 * Longest wait for operations over every note at once (deleting all, the whole-file import and
 * export, reading all): minutes at tens of thousands of notes on a busy machine (docs/notes.md).
 * Chrome keeps the worker alive while a reply is pending (up to 5 minutes).
 */
const LONG_REPLY_TIMEOUT_MS = 280_000
export const LONG_REPLY: ReadonlySet<RequestType> = new Set<RequestType>(['app/notes-clear', 'app/notes-import', 'app/notes-export',
  'app/notes-all'])

/** Replies that count what was done: a second run would report the first run's work as "already done". */
export const ONCE_ONLY: ReadonlySet<RequestType> = new Set<RequestType>(['app/notes-import', 'app/notes-clear',
  'app/memory-clear', 'app/memory-forget-site'])

const TIMED_OUT = Symbol('timed out')

export async function send<T extends RequestType>(msg: RequestOf<T>): Promise<ReplyOf<T>> {
  let problem = 'no reply from the background'
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, RETRY_AFTER_MS))
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const reply = await Promise.race([
        browser.runtime.sendMessage(msg) as Promise<Result<unknown> | undefined>,
        new Promise<typeof TIMED_OUT>((r) => {
          timer = setTimeout(() => r(TIMED_OUT), LONG_REPLY.has(msg.type) ? LONG_REPLY_TIMEOUT_MS : REPLY_TIMEOUT_MS)
        }),
      ])
      if (reply === TIMED_OUT) {
        problem = 'the background did not answer in time'
        if (ONCE_ONLY.has(msg.type)) {
          problem += '; it may still be working, so look at what is stored before trying again'
          break
        }
      } else if (reply && typeof reply === 'object' && 'ok' in reply) return reply as ReplyOf<T>
    } catch (err) {
      problem = err instanceof Error ? err.message : String(err)
    } finally {
      clearTimeout(timer)
    }
  }
  return { ok: false, error: { code: 'no-receiver', message: problem } }
}
