// The browser suite's browsers: Debian's paths by default, CHROMIUM_PATH and FIREFOX_PATH override them.
import { afterEach, describe, expect, it, vi } from 'vitest'

const harness = async () => { vi.resetModules(); return (await import('../../e2e/harness.ts')).BROWSER_PATHS }

describe('BROWSER_PATHS', () => {
  afterEach(() => { vi.unstubAllEnvs() })

  it('are Debian\'s paths when no variable is set', async () => {
    vi.stubEnv('CHROMIUM_PATH', '')
    vi.stubEnv('FIREFOX_PATH', '')
    expect(await harness()).toEqual({ chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' })
  })

  it('follow CHROMIUM_PATH and FIREFOX_PATH', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/opt/chromium/chrome')
    vi.stubEnv('FIREFOX_PATH', '/opt/firefox/firefox')
    expect(await harness()).toEqual({ chromium: '/opt/chromium/chrome', firefox: '/opt/firefox/firefox' })
  })
})
