// What the background's handlers are: who sent a message, and a function per request type from
// its validated message to its reply. Types only; the router (src/background/router.ts) and the
// handler files import them from here, so neither imports the other.
import type { Replies, RequestOf, RequestType, Result } from './messages.ts'

/** Who sent a message: one of our extension pages, one of our content scripts (for its own tab), or anyone else. */
export type SenderKind = { kind: 'app' } | { kind: 'page'; tabId: number; url: string } | { kind: 'foreign' }

export type Handler<T extends RequestType> =
  (msg: RequestOf<T>, from: SenderKind & { kind: 'app' | 'page' }) => Promise<Result<Replies[T]>>
export type HandlerTable = { [T in RequestType]: Handler<T> }
