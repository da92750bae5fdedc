import { describe, expect, it } from 'vitest'
import { defaultSettings, isSiteDisabled, pageSettingsFor, patchSettings, readSettings, siteOf } from '../../../src/settings.ts'

describe('settings', () => {
  it('reads garbage as defaults, and keeps the valid parts of a damaged record', () => {
    expect(readSettings(undefined)).toEqual(defaultSettings())
    expect(readSettings('nonsense')).toEqual(defaultSettings())
    const damaged = { schemaVersion: 1, kinds: { per: false, org: true, loc: true, misc: true, date: true }, colours: 'red', disabledSites: ['ok.com'] }
    const s = readSettings(damaged)
    expect(s.kinds.per).toBe(false)
    expect(s.colours).toEqual(defaultSettings().colours)
    expect(s.disabledSites).toEqual(['ok.com'])
  })

  it('reads settings stored before "every mention" with it off, and keeps the rest', () => {
    const stored = { ...defaultSettings(), onlineLookup: true } as Partial<ReturnType<typeof defaultSettings>>
    delete stored.everyMention
    expect(readSettings(stored)).toEqual({ ...defaultSettings(), onlineLookup: true, everyMention: false })
    const on = patchSettings(defaultSettings(), { everyMention: true })
    expect(on.ok && on.settings.everyMention).toBe(true)
    expect(pageSettingsFor({ ...defaultSettings(), everyMention: true }, 'https://example.com/a').everyMention).toBe(true)
  })

  it('rejects an invalid patch and keeps the settings as they were', () => {
    const r = patchSettings(defaultSettings(), { colours: { per: 'javascript:alert(1)' } })
    expect(r.ok).toBe(false)
  })

  it('dedupes and sorts disabled sites', () => {
    const r = patchSettings(defaultSettings(), { disabledSites: ['b.com', 'a.com', 'b.com'] })
    expect(r.ok && r.settings.disabledSites).toEqual(['a.com', 'b.com'])
  })

  it('turns Gloss off for a site and its subdomains, and never for other schemes', () => {
    const s = { ...defaultSettings(), disabledSites: ['example.com'] }
    expect(siteOf('https://www.Example.com/a')).toBe('example.com')
    expect(isSiteDisabled(s, 'https://news.example.com/x')).toBe(true)
    expect(isSiteDisabled(s, 'https://notexample.com/x')).toBe(false)
    expect(isSiteDisabled(defaultSettings(), 'file:///etc/passwd')).toBe(true)
    expect(isSiteDisabled(defaultSettings(), 'not a url')).toBe(true)
  })
})
