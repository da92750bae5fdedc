// The background's one message handler: checks the sender, validates the payload against its
// schema, dispatches on `type`, and always answers with a Result — an unknown or malformed
// message gets a typed error, never a crash.
import * as v from 'valibot'
import type { Runtime } from '../platform/browser.ts'
import { RequestSchema, PAGE_TYPES, fail, type Request, type RequestType, type Result } from '../protocol/messages.ts'
import type { Handler } from '../protocol/handler.ts'
import { classifySender } from './sender.ts'
import { handlers } from './handlers.ts'

export async function route(raw: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> {
  const from = classifySender(sender)
  if (from.kind === 'foreign') return fail('forbidden', 'messages are accepted only from Gloss itself')
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined
  if (typeof type !== 'string') return fail('bad-request', 'a message needs a string "type"')
  // Own keys only: `constructor`, `__proto__` or `toString` are no message type of ours.
  if (!Object.hasOwn(handlers, type)) return fail('unknown-type', `unknown message type: ${type.slice(0, 64)}`)
  if (from.kind === 'page' && !PAGE_TYPES.has(type as RequestType)) {
    return fail('forbidden', `${type} is answered only to Gloss's own pages`)
  }
  const parsed = v.safeParse(RequestSchema, raw)
  if (!parsed.success) return fail('bad-request', `${type}: ${v.summarize(parsed.issues).slice(0, 500)}`)
  const msg: Request = parsed.output
  try {
    const handler = handlers[msg.type] as Handler<typeof msg.type>
    return await handler(msg as never, from)
  } catch (err) {
    return fail('internal', err instanceof Error ? err.message : String(err))
  }
}
