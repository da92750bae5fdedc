// The opt-in Wikipedia look-up, below the browser (a permission prompt cannot be answered
// headlessly): off by default, nothing fetched without the setting and the host permission,
// only the name sent, the answer validated and cached. The fixture is ours.
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser, ORIGIN } from './fake-browser.ts'

let granted = false
const browserWithPermissions = { ...fakeBrowser, permissions: { contains: async () => granted } }
vi.mock('../../../src/platform/browser.ts', () => ({ browser: browserWithPermissions, extensionOrigin: () => ORIGIN }))
const { wikiSummary } = await import('../../../src/background/wiki-summary.ts')

const fixture = readFileSync('tests/fixtures/wikipedia/pentagon.json', 'utf8')
const calls: string[] = []
const fakeFetch = (async (url: string) => {
  calls.push(url)
  if (url.endsWith('/Nobody_Here')) return new Response('{}', { status: 404 })
  return new Response(fixture, { status: 200, headers: { 'content-type': 'application/json' } })
}) as unknown as typeof fetch

beforeEach(async () => {
  await fakeBrowser.storage.local.clear()
  calls.length = 0
  granted = false
})

describe('wikiSummary', () => {
  it('fetches nothing while the look-up is off (the default)', async () => {
    granted = true
    expect(await wikiSummary('Pentagon', fakeFetch)).toMatchObject({ status: 'off' })
    expect(calls).toEqual([])
  })

  it('fetches nothing without the host permission, even when turned on', async () => {
    await fakeBrowser.storage.local.set({ settings: { schemaVersion: 1, kinds: { per: true, org: true, loc: true, misc: true, date: true },
      colours: { per: '#ffe08a', org: '#b8e0ff', loc: '#c4f0c2', misc: '#f3d0ff', date: '#ffd2b8' }, disabledSites: [], onlineLookup: true } })
    expect(await wikiSummary('Pentagon', fakeFetch)).toMatchObject({ status: 'off' })
    expect(calls).toEqual([])
  })

  it('sends only the name, keeps the extract as text, and asks once', async () => {
    await fakeBrowser.storage.local.set({ settings: { schemaVersion: 1, kinds: { per: true, org: true, loc: true, misc: true, date: true },
      colours: { per: '#ffe08a', org: '#b8e0ff', loc: '#c4f0c2', misc: '#f3d0ff', date: '#ffd2b8' }, disabledSites: [], onlineLookup: true } })
    granted = true
    const r = await wikiSummary('Pentagon', fakeFetch)
    expect(r).toMatchObject({ status: 'found', summary: { title: 'The Pentagon', url: 'https://en.wikipedia.org/wiki/The_Pentagon' } })
    expect(calls).toEqual(['https://en.wikipedia.org/api/rest_v1/page/summary/Pentagon'])
    await wikiSummary('Pentagon', fakeFetch)
    expect(calls).toHaveLength(1)
    expect(await wikiSummary('Nobody Here', fakeFetch)).toEqual({ status: 'none' })
  })
})
