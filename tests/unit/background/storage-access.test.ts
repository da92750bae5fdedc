// Storage closed to content scripts where the browser allows it (Chrome's setAccessLevel on local
// and sync); where it does not (Firefox: session only), the outcome says so and nothing throws.
// The real Chromium check, from inside Gloss's own content-script world, is in
// tests/e2e/hostile-page.e2e.test.ts.
import { describe, expect, it, vi } from 'vitest'

vi.mock('../../../src/platform/browser.ts', () => ({ browser: { storage: {} } }))
const { restrictStorageToExtension } = await import('../../../src/background/storage-access.ts')

describe('restrictStorageToExtension', () => {
  it('asks for trusted contexts only on every area that supports it', async () => {
    const calls: unknown[] = []
    const area = { setAccessLevel: vi.fn(async function (this: unknown, o: unknown) { calls.push([this === area, o]) }) }
    expect(await restrictStorageToExtension({ local: area })).toEqual({ local: 'restricted' })
    expect(calls).toEqual([[true, { accessLevel: 'TRUSTED_CONTEXTS' }]])
  })

  it('reports an area it cannot restrict, as in Firefox, without throwing', async () => {
    const firefoxLocal = { setAccessLevel: async () => { throw new Error('only supported for storage.session') } }
    expect(await restrictStorageToExtension({ local: firefoxLocal, sync: {}, managed: undefined }))
      .toEqual({ local: 'unsupported', sync: 'unsupported', managed: 'unsupported' })
  })
})
