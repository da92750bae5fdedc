// Notes under faults, in real browsers: the background stopped while a note is saved; two tabs
// saving at once; 5,000 notes stored; a storage write that fails. No note is lost or broken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'puppeteer-core'
import { BROWSERS, DEMO_HTML, DEMO_URL, clearStorage, launch, passageRangeSource, sendFrom, tabIdOf, tabState, waitFor, type Bench } from './harness.ts'

/** Selects a passage, clicks the "Note" button under it and types a note; Enter is left to the caller. */
async function draftNote(page: Page, passage: string, text: string): Promise<void> {
  const at = await page.evaluate((p, find) => {
    const range = (0, eval)(find)(p) as Range
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
    getSelection()!.removeAllRanges()
    getSelection()!.addRange(range)
    const r = range.getBoundingClientRect()
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    return { right: r.right, bottom: r.bottom }
  }, passage, passageRangeSource())
  await new Promise((r) => setTimeout(r, 100))
  await page.mouse.click(Math.min(1200 - 40, at.right) + 12, Math.min(900 - 24, at.bottom + 6) + 10)
  await page.keyboard.type(text)
}

/** A JSON-LD export of `n` notes: `onDemo` of them on passages of the demo story, the rest elsewhere. */
function bigExport(n: number, onDemo: number, demoText: string): string {
  const items = []
  const sentences = demoText.split(/(?<=\.)\s+/).filter((s) => s.length > 30)
  for (let i = 0; i < n; i++) {
    const id = `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
    const demo = i < onDemo
    const exact = demo ? sentences[i % sentences.length].slice(0, 40) : `Passage number ${i} of another story`
    const start = demo ? demoText.indexOf(exact) : 100
    items.push({
      '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', created: '2024-01-25T10:00:00.000Z', modified: '2024-01-25T10:00:00.000Z',
      motivation: 'commenting', body: { type: 'TextualBody', value: `Note ${i}`, format: 'text/plain' },
      target: { source: demo ? DEMO_URL : `https://news.example.com/story/${i % 300}/`, selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + exact.length }] },
    })
  }
  return JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', items })
}

describe.each(BROWSERS)('notes under faults in %s', (name) => {
  let bench: Bench
  let ext: Page

  beforeAll(async () => {
    bench = await launch(name)
    ext = await bench.openExtPage('src/options/index.html')
  })
  afterAll(async () => {
    await bench?.close()
  })

  const openDemo = async () => {
    const { page } = await bench.openStory(DEMO_URL, { [DEMO_URL]: DEMO_HTML })
    await page.setViewport({ width: 1200, height: 900 })
    const tabId = await tabIdOf(ext, DEMO_URL)
    await waitFor(async () => (await tabState(ext, tabId)).status === 'ready', 'the story to be analysed')
    return { page, tabId }
  }
  const allNotes = async () => (await sendFrom(ext, { type: 'app/notes-all' })).value as { notes: { id: string; body: { text: string } }[]; invalid: number }

  it('keeps one whole note when the background is stopped as it saves', async () => {
    await clearStorage(ext)
    const { page } = await openDemo()
    await draftNote(page, 'The two sides are expected to begin these talks soon', 'saved across a stop')
    await Promise.all([page.keyboard.press('Enter'), bench.stopBackground()])
    const after = await waitFor(async () => { const a = await allNotes(); return a.notes.length > 0 ? a : null }, 'the note to be stored', 20_000)
    expect(after.notes.map((n) => n.body.text)).toEqual(['saved across a stop'])
    expect(after.invalid).toBe(0)
    await page.close()
  })

  it('stores both notes when two tabs save at once', async () => {
    await clearStorage(ext)
    const a = await openDemo()
    const b = await openDemo()
    await draftNote(a.page, 'U.S. military officials have maintained', 'from tab A')
    await draftNote(b.page, 'The strikes against U.S. forces began shortly', 'from tab B')
    await Promise.all([a.page.keyboard.press('Enter'), b.page.keyboard.press('Enter')])
    const after = await waitFor(async () => { const x = await allNotes(); return x.notes.length === 2 ? x : null }, 'both notes to be stored')
    expect(after.notes.map((n) => n.body.text).sort()).toEqual(['from tab A', 'from tab B'])
    expect(after.invalid).toBe(0)
    // Each tab repainted with both notes: the story's notes as each tab's content script asks for them.
    for (const t of [a, b]) {
      const r = await sendFrom(ext, { type: 'app/notes-for-tab', tabId: t.tabId })
      expect(r.value.notes).toHaveLength(2)
    }
    await a.page.close()
    await b.page.close()
  })

  it('holds 5,000 notes, and still lists the story’s own', async () => {
    await clearStorage(ext)
    const { page, tabId } = await openDemo()
    const text = (await tabState(ext, tabId)).text as string
    const imported = await sendFrom(ext, { type: 'app/notes-import', text: bigExport(5000, 60, text) })
    expect(imported).toMatchObject({ ok: true, value: { imported: 5000, rejected: [] } })
    const all = await allNotes()
    expect(all.notes).toHaveLength(5000)
    expect(all.invalid).toBe(0)
    const popup = await bench.openExtPage(`src/popup/index.html?tab=${tabId}`)
    await popup.waitForSelector('[data-card="notes"]')
    expect(await popup.$$eval('[data-card="notes"] li[data-status="anchored"]', (l) => l.length)).toBe(60)
    await popup.close()
    await page.close()
  })

  it.runIf(name === 'chromium')('reports a failed storage write and loses nothing already stored (Chromium: the worker can be reached)', async () => {
    await clearStorage(ext)
    const { page } = await openDemo()
    await draftNote(page, 'The two sides are expected to begin these talks soon', 'kept')
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
    await draftNote(page, 'U.S. military officials have maintained', 'this one fails')
    await page.keyboard.press('Enter')
    await new Promise((r) => setTimeout(r, 1500))
    const after = await allNotes()
    expect(after.notes.map((n) => n.body.text)).toEqual(['kept'])
    expect(after.invalid).toBe(0)
    await worker.close() // the restarted worker writes again
    await page.close()
  })
})
