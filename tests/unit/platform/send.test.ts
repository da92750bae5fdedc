// send()'s retry policy: a message never delivered is sent again; a message whose reply timed out
// is sent again only when repeating it is harmless. A whole-file import resent after its 15 s
// timeout was reported "0 imported, 12,000 already stored" (issue 14).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const sent: Array<{ type: string }> = []
let behaviour: 'silent' | 'not-there-once' = 'silent'
vi.mock('../../../src/platform/browser.ts', () => ({ browser: { runtime: { sendMessage: (msg: { type: string }) => {
  sent.push(msg)
  if (behaviour === 'not-there-once' && sent.length === 1) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))
  if (behaviour === 'not-there-once') return Promise.resolve({ ok: true, value: null })
  return new Promise(() => {}) // a worker busy for longer than the timeout
} } } }))
const { send, ONCE_ONLY } = await import('../../../src/platform/send.ts')

describe('send', () => {
  beforeEach(() => { sent.length = 0; vi.useFakeTimers() })
  afterEach(() => vi.useRealTimers())

  it('does not resend a whole-file import (or a clear) whose reply timed out', async () => {
    behaviour = 'silent'
    const reply = send({ type: 'app/notes-import', text: '[]' })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toHaveLength(1) // still waiting: operations over every note get minutes, not 15 s
    await vi.advanceTimersByTimeAsync(300_000)
    expect(await reply).toEqual({ ok: false, error: { code: 'no-receiver', message: expect.stringMatching(/did not answer in time.*may still be working/) } })
    expect(sent).toHaveLength(1)
    expect(ONCE_ONLY.has('app/notes-clear')).toBe(true)
  })

  it('resends an import batch after a timeout: the batch id makes it idempotent', async () => {
    behaviour = 'silent'
    const reply = send({ type: 'app/notes-import-batch', batchId: 'x:0', notes: [] })
    await vi.advanceTimersByTimeAsync(60_000)
    expect((await reply).ok).toBe(false)
    expect(sent.map((m) => m.type)).toEqual(['app/notes-import-batch', 'app/notes-import-batch'])
  })

  it('waits minutes for delete-all, which took longer than 15 s at 20,000 notes', async () => {
    behaviour = 'silent'
    const reply = send({ type: 'app/notes-clear' })
    let done = false
    void reply.then(() => { done = true })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(300_000)
    expect(done).toBe(true)
    expect(sent).toHaveLength(1)
  })

  it('resends any message that was never delivered', async () => {
    behaviour = 'not-there-once'
    const reply = send({ type: 'app/notes-clear' })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await reply).toEqual({ ok: true, value: null })
    expect(sent).toHaveLength(2)
  })
})
