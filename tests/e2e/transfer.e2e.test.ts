// Large exports and imports through the options page, in both browsers (issue 14, items 5 and 6):
// notes imported from a file are reported as all imported (12,000 were once reported "0 imported,
// 12,000 already stored" after a resend), with progress shown on the way; notes exported, all
// deleted and imported back come back identical, none lost. Sizes: see FULL below. The figures each run
// measured are printed (docs/notes.md quotes them).
//
// The round trip's notes are made in the extension page and stored through app/notes-import-batch, and
// the exported file goes from its Blob to the file input inside the page (a DataTransfer): 60 MB
// never cross the test driver. What is compared is a SHA-256 of every stored note (sorted by id),
// computed in the page before and after.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ElementHandle, Page } from 'puppeteer-core'
import { BROWSERS, OPTIONS_PAGE, clearStorage, closeStrayPages, startBench, waitFor, type Bench } from './harness.ts'
import { exportWebAnnotations, type Note } from '../../src/notes/index.ts'

/** Long waits are on conditions, never sleeps: generous, so a busy machine only makes them slower. */
const LONG = 1_500_000
/**
 * Sizes. The are 12,000 notes imported and a 50,000-note round trip: on this 2-core
 * machine those take minutes per browser (storage sets the floor: about 500 notes a second at
 * best; docs/notes.md has every figure measured), far past what a suite run may take. So the
 * suite runs the same steps on 1,200 and 1,500 notes (more than two batches, more than one page), and `GLOSS_TRANSFER_FULL=1` (or the two
 * variables below) runs the sizes; the closing figures come from such runs.
 */
const FULL = process.env.GLOSS_TRANSFER_FULL === '1'
const IMPORTED = Number(process.env.GLOSS_IMPORT_NOTES) || (FULL ? 12_000 : 1_200)
const ROUNDTRIP = Number(process.env.GLOSS_ROUNDTRIP_NOTES) || (FULL ? 50_000 : 1_500)
const STEP = 5_000

/** Runs in a page: notes `from` … `n` − 1 of a set of varied valid notes (ids from `seed`), as plain objects. */
function makeNotes(n: number, seed: number, from = 0): Note[] {
  const hex = (x: number, w: number) => x.toString(16).padStart(w, '0')
  const quote = 'A passage of a story that Gloss once read, with enough words — and “quotes” — to note.'
  const out: Note[] = []
  for (let i = from; i < n; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()
    const story = i % 300
    const exact = quote.slice(2, 40 + (i % 20))
    out.push({
      schemaVersion: 1,
      id: `urn:uuid:${hex((i * 2654435761) >>> 0, 8)}-${hex(seed, 4)}-4${hex(i % 4096, 3)}-8${hex(story, 3)}-${hex(i, 12)}`,
      created: day,
      modified: i % 5 === 0 ? new Date(Date.UTC(2024, 5, 1) + i * 1000).toISOString() : day,
      target: {
        source: `https://news.example.com/story/${story}/`,
        ...(i % 2 === 0 ? { storyKey: `example:story-${story}` } : {}),
        selector: [
          { type: 'TextQuoteSelector', exact, prefix: quote.slice(0, 2), suffix: quote.slice(40 + (i % 20), 72 + (i % 20)) },
          { type: 'TextPositionSelector', start: 2, end: 2 + exact.length },
        ],
      },
      body: { text: `Note ${i}: café, naïve 🙂 <b>not markup</b>\nsecond line. ${'A longer thought about the passage. '.repeat(16)}`, tags: i % 3 === 0 ? [`tag ${i % 7}`, 'follow up'] : [] },
      ...(i % 4 === 0 ? { entityId: `per:person-${i % 50}` } : {}),
      story: { title: `Story ${story}`, site: i % 10 === 0 ? null : 'Example News', published: i % 2 === 0 ? '2024-02-29' : '2024-02-29T08:00:00Z' },
    } as Note)
  }
  return out
}

/** Runs in an extension page after makeNotes was put there: stores notes `from` … `n` − 1 through the batch message. */
async function seedInPage(args: { n: number; seed: number; from: number }): Promise<{ imported: number; ms: number }> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome
  const make = (globalThis as unknown as { glossMakeNotes: typeof makeNotes }).glossMakeNotes
  const notes = make(args.n, args.seed, args.from)
  const start = performance.now()
  let imported = 0
  for (let i = 0; i < notes.length; i += 1000) {
    const r = await api.runtime.sendMessage({ type: 'app/notes-import-batch', batchId: `seed-${args.seed}:${args.from + i}`, notes: notes.slice(i, i + 1000) })
    if (!r?.ok) throw new Error(`seeding failed: ${JSON.stringify(r)}`)
    imported += r.value.imported
  }
  return { imported, ms: performance.now() - start }
}

/** Runs in an extension page: how many notes are stored and a SHA-256 of them all, sorted by id. */
async function digestInPage(): Promise<{ count: number; invalid: number; sha: string }> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome
  const notes: { id: string }[] = []
  let invalid = 0
  let cursor: string | null = null
  do {
    const r: any = await api.runtime.sendMessage({ type: 'app/notes-page', cursor, limit: 2000 })
    if (!r?.ok) throw new Error(`app/notes-page failed: ${JSON.stringify(r)}`)
    notes.push(...r.value.notes)
    invalid += r.value.invalid
    cursor = r.value.next
  } while (cursor !== null)
  notes.sort((a, b) => (a.id < b.id ? -1 : 1))
  const bytes = new TextEncoder().encode(JSON.stringify(notes))
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return { count: notes.length, invalid, sha: [...hash].map((b) => b.toString(16).padStart(2, '0')).join('') }
}

/** Runs in the options page: keeps every text the transfer status line shows. */
function recordStatuses(): void {
  const w = window as unknown as { statuses: string[] }
  w.statuses = []
  const el = document.querySelector('[data-transfer-status]')!
  new MutationObserver(() => { const t = el.textContent ?? ''; if (w.statuses.at(-1) !== t) w.statuses.push(t) })
    .observe(el, { subtree: true, childList: true, characterData: true })
}
const statusesOf = (page: Page) => page.evaluate(() => (window as unknown as { statuses: string[] }).statuses)
const statusText = (page: Page) => page.$eval('[data-transfer-status]', (e) => e.textContent ?? '')
const isError = (page: Page) => page.$eval('[data-transfer-status]', (e) => e.classList.contains('error'))
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

describe.each(BROWSERS)('large transfers in %s', (name) => {
  let bench: Bench
  let ext: Page
  let dir: string

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name))
    dir = mkdtempSync(join(tmpdir(), 'gloss-transfer-'))
  })
  afterEach(() => closeStrayPages(bench, ext))
  afterAll(async () => {
    await bench?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it(`imports ${IMPORTED.toLocaleString('en')} notes from a file with progress, and reports them all imported; again: all already stored`, async () => {
    await clearStorage(ext)
    const notes = makeNotes(IMPORTED, 0x12)
    const file = join(dir, `${name}-${IMPORTED}.jsonld`)
    writeFileSync(file, exportWebAnnotations(notes, '2024-03-01T00:00:00.000Z'))
    const page = await bench.openExtPage(OPTIONS_PAGE)
    await page.waitForSelector('[data-library-count]')
    await page.evaluate(recordStatuses)
    const input = (await page.$('#library-import')) as ElementHandle<HTMLInputElement>
    const started = Date.now()
    await input.uploadFile(file)
    const report = await waitFor(async () => { const t = await statusText(page); return t.startsWith(`${name}-${IMPORTED}.jsonld:`) && t },
      'the import report', LONG)
    const importMs = Date.now() - started
    expect(report).toBe(`${name}-${IMPORTED}.jsonld: Imported ${IMPORTED.toLocaleString('en')} notes.`)
    expect(await isError(page)).toBe(false)
    const seen = await statusesOf(page)
    const N = IMPORTED.toLocaleString('en')
    const progress = seen.filter((t) => new RegExp(`^Importing [\\d,]+ of ${N}…$`).test(t))
    expect(progress.length).toBeGreaterThan(1)
    expect(progress.some((t) => t !== `Importing 0 of ${N}…` && t !== `Importing ${N} of ${N}…`)).toBe(true)
    const stored = await ext.evaluate(digestInPage)
    expect(stored).toMatchObject({ count: IMPORTED, invalid: 0 })
    await waitFor(async () => (await page.$eval('[data-library-count]', (e) => e.textContent)) === `${N} notes`, 'the library to list them', LONG)

    // The same file again: every note already stored, said so, the long list cut short.
    await page.evaluate(recordStatuses)
    const again = Date.now()
    await input.uploadFile(file)
    const second = await waitFor(async () => { const t = await statusText(page); return t.startsWith(`${name}-${IMPORTED}.jsonld:`) && t },
      'the second report', LONG)
    const againMs = Date.now() - again
    expect(second).toBe(`${name}-${IMPORTED}.jsonld: Imported 0 notes and ${IMPORTED.toLocaleString('en')} notes already stored.`)
    expect(await page.$$eval('[data-report="skipped"] li', (l) => l.length)).toBe(100)
    expect(await page.$eval('[data-report-more="skipped"]', (e) => e.textContent)).toBe(`and ${(IMPORTED - 100).toLocaleString('en')} more`)
    expect(await ext.evaluate(digestInPage)).toEqual(stored)
    console.log(`[figures] ${name}: import ${N} notes from a file (${(exportWebAnnotations(notes, '').length / 1e6).toFixed(1)} MB) ${seconds(importMs)}, again (all already stored) ${seconds(againMs)}; ${progress.length} progress lines seen`)
    await page.close()
  }, LONG)

  it(`exports ${ROUNDTRIP.toLocaleString('en')} notes, deletes them all, imports the file back: all identical, 0 lost`, async () => {
    const n = ROUNDTRIP
    const N = n.toLocaleString('en')
    const phase = (what: string, ms: number) => console.log(`[figures] ${name} round trip of ${N}: ${what} ${seconds(ms)}`)
    await clearStorage(ext)
    // In steps, so no one evaluation runs into the driver's protocol timeout.
    const seeded = { imported: 0, ms: 0 }
    await ext.evaluate(`globalThis.glossMakeNotes = ${makeNotes.toString()}`) // makeNotes, in the page
    for (let from = 0; from < n; from += STEP) {
      const step = await ext.evaluate(seedInPage, { n: Math.min(n, from + STEP), seed: 0x50, from })
      seeded.imported += step.imported
      seeded.ms += step.ms
    }
    expect(seeded.imported).toBe(n)
    phase('stored through app/notes-import-batch (1,000 a batch)', seeded.ms)
    const digestAt = Date.now()
    const before = await ext.evaluate(digestInPage)
    expect(before).toMatchObject({ count: n, invalid: 0 })
    phase('read back page by page (digest)', Date.now() - digestAt)

    const openedAt = Date.now()
    const page = await bench.openExtPage(OPTIONS_PAGE)
    await waitFor(async () => (await page.$eval('[data-library-count]', (e) => e.textContent).catch(() => null)) === `${N} notes`,
      'the library to list every note', LONG)
    const libraryMs = Date.now() - openedAt
    phase('options page opened, library listed', libraryMs)
    await page.evaluate(() => {
      const w = window as unknown as { clicked: string[] }
      w.clicked = []
      HTMLAnchorElement.prototype.click = function () { w.clicked.push(this.download) }
    })
    await page.evaluate(recordStatuses)

    const exportAt = Date.now()
    await page.click('[data-export="jsonld"]')
    const link = await page.waitForSelector('a[data-download="jsonld"]', { timeout: LONG })
    const exportMs = Date.now() - exportAt
    phase('export through the page', exportMs)
    const exported = await link!.evaluate(async (a) => {
      const blob = await (await fetch(a.href)).blob()
      const text = await blob.text()
      const json = JSON.parse(text)
      // Keep the file for the import below, inside the page.
      ;(window as unknown as { exported: File }).exported = new File([blob], a.getAttribute('download')!, { type: blob.type })
      return { name: a.getAttribute('download')!, bytes: blob.size, items: json.first.items.length, total: json.total,
        pretty: text.includes('\n') }
    })
    expect(exported).toMatchObject({ items: n, total: n, pretty: false })
    if (n >= 20_000) expect(exported.bytes).toBeGreaterThan(25_000_000)
    expect((await statusesOf(page)).some((t) => t === `Exporting ${(1000).toLocaleString('en')} of ${N}…`)).toBe(true)

    const clearAt = Date.now()
    await page.click('[data-delete-all]')
    await page.waitForSelector('[data-confirm-delete-all]')
    await page.click('[data-confirm-delete-all]')
    await waitFor(async () => (await statusText(page)) === `Deleted ${N} notes.`, 'all notes deleted', LONG)
    const clearMs = Date.now() - clearAt
    phase('delete all', clearMs)
    expect(await ext.evaluate(digestInPage)).toMatchObject({ count: 0 })
    await waitFor(async () => (await page.$eval('[data-library-count]', (e) => e.textContent).catch(() => null)) === '0 notes', 'the library emptied', LONG)

    await page.evaluate(recordStatuses)
    const importAt = Date.now()
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#library-import')!
      const dt = new DataTransfer()
      dt.items.add((window as unknown as { exported: File }).exported)
      input.files = dt.files
      input.dispatchEvent(new Event('change', { bubbles: true }))
    })
    const report = await waitFor(async () => { const t = await statusText(page); return t.startsWith(`${exported.name}:`) && t }, 'the import report', LONG)
    const importMs = Date.now() - importAt
    phase(`import of the ${(exported.bytes / 1e6).toFixed(1)} MB file through the page`, importMs)
    expect(report).toBe(`${exported.name}: Imported ${N} notes.`)
    expect((await statusesOf(page)).filter((t) => new RegExp(`^Importing [\\d,]+ of ${N}…$`).test(t)).length).toBeGreaterThan(1)
    expect(await ext.evaluate(digestInPage)).toEqual(before)
    await page.close()
  }, LONG)
})
