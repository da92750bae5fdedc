// Settings between two machines: a new machine's defaults never override the reader's choices
// elsewhere, and sites turned off on either machine stay off on both.
import { describe, expect, it } from 'vitest'
import { createNoteStore, memoryKeyValue } from '../../../../src/notes/index.ts'
import { createSyncEngine } from '../../../../src/notes/sync/sync-engine.ts'
import type { SyncedSettings } from '../../../../src/notes/sync/settings-fields.ts'
import { prng } from './typical-notes.ts'

const DEFAULTS: SyncedSettings = { kinds: { per: true, org: true }, colours: { per: '#ffe08a', org: '#b8e0ff' }, everyMention: false, disabledSites: [] }

function machine(area: ReturnType<typeof memoryKeyValue>, clock: { t: number }, seed: number, start: SyncedSettings = DEFAULTS) {
  let settings = structuredClone(start)
  const engine = createSyncEngine({
    store: createNoteStore(memoryKeyValue()), local: memoryKeyValue(), area, now: () => clock.t, random: prng(seed),
    settings: { read: async () => settings, defaults: DEFAULTS, write: async (patch) => { settings = { ...settings, ...patch } } },
  })
  return {
    engine,
    get settings() { return settings },
    async change(patch: Partial<SyncedSettings>) { settings = { ...settings, ...patch }; await engine.settingsWritten() },
    /** Everything due, as the timer would: read the area, and write it when there is something to write. */
    async settle() { for (let i = 0; i < 4; i++) { clock.t += 30_000; engine.remoteChanged(); await engine.step() } },
  }
}

describe('settings through sync', () => {
  it('a new machine takes the reader\'s settings instead of spreading its defaults', async () => {
    const area = memoryKeyValue()
    const clock = { t: Date.UTC(2026, 11, 7) }
    const laptop = machine(area, clock, 1)
    await laptop.change({ everyMention: true, colours: { per: '#000000', org: '#b8e0ff' } })
    await laptop.settle()
    const desktop = machine(area, clock, 2) // installed later, with the defaults
    await desktop.settle()
    await laptop.settle()
    expect(desktop.settings.everyMention).toBe(true)
    expect(desktop.settings.colours.per).toBe('#000000')
    expect(laptop.settings.everyMention).toBe(true)
  })

  it('keeps a site turned off on each machine off on both, and a site turned back on, on', async () => {
    const area = memoryKeyValue()
    const clock = { t: Date.UTC(2026, 11, 7) }
    const a = machine(area, clock, 3, { ...DEFAULTS, disabledSites: ['old.example'] })
    await a.settle()
    const b = machine(area, clock, 4)
    await b.settle()
    expect(b.settings.disabledSites).toEqual(['old.example'])
    // Both change the list before either hears of the other's change.
    await a.change({ disabledSites: ['a.example', 'old.example'] })
    await b.change({ disabledSites: ['b.example'] }) // also turns old.example back on
    await a.settle(); await b.settle(); await a.settle()
    expect([...a.settings.disabledSites].sort()).toEqual(['a.example', 'b.example'])
    expect([...b.settings.disabledSites].sort()).toEqual(['a.example', 'b.example'])
  })
})
