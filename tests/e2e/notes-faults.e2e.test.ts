// Notes under faults, in real browsers: the background stopped while a note is saved; two tabs
// saving at once; 5,000 notes stored; a storage write that fails. No note is lost or broken.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'puppeteer-core'
import { bigExport } from './big-export.ts'
import { BROWSERS, DEMO_HTML, DEMO_URL, OPTIONS_PAGE, clearStorage, closeStrayPages, installPassageFinder, sendFrom, startBench, tabIdOf, waitFor, type Bench, storyReady } from './harness.ts'

/**
 * Selects a passage and opens the note editor on it the way the context menu and the keyboard
 * command do (tab/new-note from the background: neither can be driven headlessly), then types.
 * Enter is left to the caller.
 */
async function draftNote(page: Page, ext: Page, tabId: number, passage: string, text: string): Promise<void> {
  await page.bringToFront()
  await page.evaluate(installPassageFinder)
  await page.evaluate((p) => {
    const range = (window as unknown as { glossTestPassageRange(p: string): Range }).glossTestPassageRange(p)
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
    getSelection()!.removeAllRanges()
    getSelection()!.addRange(range)
  }, passage)
  const opened = await ext.evaluate(async (id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome
    return api.tabs.sendMessage(id, { type: 'tab/new-note' })
  }, tabId)
  if (opened !== true) throw new Error('the note editor did not open')
  await page.keyboard.type(text)
}

describe.each(BROWSERS)('notes under faults in %s', (name) => {
  let bench: Bench
  let ext: Page

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name, { clear: false }))
  })
  afterAll(async () => {
    await bench?.close()
  })
  afterEach(() => closeStrayPages(bench, ext))

  const openDemo = async () => {
    const { page } = await bench.openStory(DEMO_URL, { [DEMO_URL]: DEMO_HTML })
    await page.setViewport({ width: 1200, height: 900 })
    const tabId = await tabIdOf(ext, DEMO_URL)
    await storyReady(ext, tabId)
    return { page, tabId }
  }
  const allNotes = async () => (await sendFrom(ext, { type: 'app/notes-all' })).value as { notes: { id: string; body: { text: string } }[]; invalid: number }

  it('keeps one whole note when the background is stopped as it saves', async () => {
    await clearStorage(ext)
    const { page, tabId } = await openDemo()
    await draftNote(page, ext, tabId, 'The two sides are expected to begin these talks soon', 'saved across a stop')
    await page.keyboard.press('Tab')
    // The background stops while the reader writes; saving wakes it. (That a stop in the middle of
    // a write leaves the old or the new note is tested below the browser, after every single write:
    // tests/unit/notes.)
    await bench.stopBackground()
    await page.keyboard.press('Enter')
    const after = await waitFor(async () => { const a = await allNotes(); return a.notes.length > 0 ? a : null }, 'the note to be stored', 20_000)
    expect(after.notes.map((n) => n.body.text)).toEqual(['saved across a stop'])
    expect(after.invalid).toBe(0)
    await page.close()
  })

  it('stores every note when two tabs save at once, and both tabs repaint', async () => {
    await clearStorage(ext)
    const a = await openDemo()
    await draftNote(a.page, ext, a.tabId, 'U.S. military officials have maintained', 'from tab A')
    await a.page.keyboard.press('Tab')
    await a.page.keyboard.press('Enter')
    await waitFor(async () => (await allNotes()).notes.length === 1, 'the first note')
    // Two writers at once: two extension pages, twenty saves each, all in flight together.
    const [p, q] = [await bench.openExtPage(OPTIONS_PAGE), await bench.openExtPage(OPTIONS_PAGE)]
    const base = (await allNotes()).notes[0] as unknown as { id: string; body: { text: string } }
    const copies = (tag: string) => Array.from({ length: 20 }, (_, i) => ({ ...base,
      id: `urn:uuid:00000000-0000-4000-8000-${tag}${String(i).padStart(11, '0')}`, body: { ...base.body, text: `${tag} ${i}` } }))
    const saves = await Promise.all([
      p.evaluate(async (notes) => { const api = (globalThis as any).browser ?? (globalThis as any).chrome
        return Promise.all(notes.map((note) => api.runtime.sendMessage({ type: 'app/note-restore', note }))) }, copies('a')),
      q.evaluate(async (notes) => { const api = (globalThis as any).browser ?? (globalThis as any).chrome
        return Promise.all(notes.map((note) => api.runtime.sendMessage({ type: 'app/note-restore', note }))) }, copies('b')),
    ])
    expect(saves.flat().every((r: { ok: boolean }) => r.ok)).toBe(true)
    const after = await allNotes()
    expect(after.notes).toHaveLength(41)
    expect(after.invalid).toBe(0)
    // The story's index lists all 41: what a tab on the story gets.
    expect((await sendFrom(ext, { type: 'app/notes-for-tab', tabId: a.tabId })).value.notes).toHaveLength(41)
    for (const x of [p, q, a.page]) await x.close()
  })

  it('holds 5,000 notes, and still lists the story’s own', async () => {
    await clearStorage(ext)
    const { page, tabId } = await openDemo()
    const imported = await sendFrom(ext, { type: 'app/notes-import', text: bigExport(5000, 60) })
    expect(imported).toMatchObject({ ok: true, value: { imported: 5000, rejected: [] } })
    const all = await allNotes()
    expect(all.notes).toHaveLength(5000)
    expect(all.invalid).toBe(0)
    const popup = await bench.openExtPage(`src/popup/index.html?tab=${tabId}`)
    await popup.waitForSelector('[data-card="notes"]')
    expect(await popup.$$eval('[data-card="notes"] li[data-status="anchored"]', (l) => l.length)).toBe(60)
    await popup.close()
    await page.close()
    // The import is one bulk write (note-store.ts importNotes), which took it from 41–60 s in
    // Firefox to about 10–25 s alone on a busy 2-core machine, and 47.6 s inside a full suite run
    // at load 13: a limit above the suite's usual 60 s keeps a slow CI machine from failing a
    // test whose work is bounded (the bench row notes-browser tracks the time itself).
  }, 180_000)

  it.runIf(name === 'chromium')('reports a failed storage write and loses nothing already stored (Chromium: the worker can be reached)', async () => {
    await clearStorage(ext)
    const { page, tabId } = await openDemo()
    await draftNote(page, ext, tabId, 'The two sides are expected to begin these talks soon', 'kept')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await waitFor(async () => (await allNotes()).notes.length === 1, 'the first note')
    // Inject the failure in the running worker: every write to storage.local now fails.
    const target = await bench.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(bench.base))
    const worker = (await target.worker())!
    await worker.evaluate(() => {
      // Throwing (not rejecting) fails both the promise and the callback form the polyfill uses.
      const fail = () => { throw new Error('QUOTA_BYTES quota exceeded (injected)') }
      const g = globalThis as unknown as { chrome?: { storage: { local: object } }; browser?: { storage: { local: object } } }
      for (const local of [g.chrome?.storage.local, g.browser?.storage.local]) if (local) Object.defineProperty(local, 'set', { value: fail, configurable: true })
    })
    await draftNote(page, ext, tabId, 'U.S. military officials have maintained', 'this one fails')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await new Promise((r) => setTimeout(r, 1500))
    const after = await allNotes()
    expect(after.notes.map((n) => n.body.text)).toEqual(['kept'])
    expect(after.invalid).toBe(0)
    await worker.close() // the restarted worker writes again
    await page.close()
  })
})
