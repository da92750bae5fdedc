// The Firefox manifest states its Android minimum apart from the desktop one, so web-ext lint has
// no warning we can fix (KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION: data_collection_permissions
// needs Firefox for Android 142, the desktop minimum is ESR 140).
import { describe, expect, it } from 'vitest'
import { manifestFor } from '../../../scripts/build/manifest-for.ts'

describe('manifestFor', () => {
  it('gives Firefox a desktop minimum of 140 and an Android minimum of 142', () => {
    const settings = (manifestFor('firefox').manifest as unknown as { browser_specific_settings: Record<string, { strict_min_version?: string }> })
      .browser_specific_settings
    expect(settings.gecko!.strict_min_version).toBe('140.0')
    expect(settings.gecko_android!.strict_min_version).toBe('142.0')
  })

  it('gives Chrome no Firefox settings', () => {
    expect('browser_specific_settings' in manifestFor('chrome').manifest).toBe(false)
  })
})
