// The notes library in the options page, in both browsers: notes taken on the demo story are
// listed with their story title, found by a word of their text, filtered, edited in place,
// deleted and restored with Undo; exported as JSON-LD (the download link's Blob holds what the
// background exports), all deleted from the page, imported back through the file input and every
// note comes back identical. A file that is not JSON is refused with a clear message and stores
// nothing; markup in a note's text shows as text. axe runs on the page with notes listed.
//
// Setup goes through app/notes-import with notes built here as the background builds them for
// page/save-note (createNote with describe()'s selectors over the story text findStory gives, the
// same page layer the content script runs): page/save-note is accepted only from content scripts,
// the page's note editor lives in a closed shadow root the test cannot type into, and the library
// needs no analysis of the story, so these tests do not wait on the entity engine.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ElementHandle, Page } from 'puppeteer-core'
import { parseHTML } from 'linkedom'
import { BROWSERS, DEMO_HTML, DEMO_URL, OPTIONS_PAGE, sendFrom, startBench, waitFor, type Bench } from './harness.ts'
import { findStory } from '../../src/page/find-story.ts'
import { entityId } from '../../src/engine/group-entities.ts'
import { storyKeyOfUrl } from '../../src/page/story-key.ts'
import { describe as describePassage } from '../../src/page/anchoring/index.ts'
import { createNote, exportWebAnnotations, textFragmentUrl, type Note } from '../../src/notes/index.ts'

const MARKUP = '<img src=x onerror=alert(1)>'
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The demo story as the content script finds it (the page layer, under linkedom here). */
function demoStory() {
  const { document } = parseHTML(DEMO_HTML)
  const found = findStory(document as unknown as Document, { url: DEMO_URL })
  if (!found.ok) throw new Error(`the demo page is not a story: ${found.reason}`)
  return found.story
}

/** Three notes on the demo story as the background saves them: one plain, one tagged on an entity, one with markup. */
function demoNotes(story: ReturnType<typeof demoStory>): Note[] {
  // Spaces in the passage match any white space: the page writes some of them as NBSP.
  const at = (passage: string) => {
    const m = new RegExp(passage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')).exec(story.text)
    if (!m) throw new Error(`not in the demo story: ${passage}`)
    return { start: m.index, end: m.index + m[0].length }
  }
  const firstSentence = story.text.slice(0, story.text.search(/[.!?]\s/) + 1)
  const specs = [
    { span: at(firstSentence), text: 'Talks about the troops: check the follow-up', tags: [] as string[] },
    { span: at('Patrick Ryder'), text: 'Who is this? zanzibarian test word', tags: ['people', 'follow up'], entityId: entityId('PER', 'Patrick Ryder') },
    { span: at('Kataib Hezbollah militia group'), text: MARKUP, tags: ['markup'] },
  ]
  return specs.map((s, i) => {
    const r = createNote({
      source: story.url ?? DEMO_URL, storyKey: storyKeyOfUrl(story.url ?? DEMO_URL), selector: describePassage(story.text, s.span.start, s.span.end)!,
      text: s.text, tags: s.tags, entityId: s.entityId,
      story: { title: story.title, site: story.site, published: story.published },
    }, { now: () => new Date(Date.UTC(2024, 0, 24, 9, i)).toISOString() })
    if (!r.ok) throw new Error(r.error.message)
    return r.value
  })
}

const byId = (a: Note, b: Note) => a.id.localeCompare(b.id)
async function allNotes(ext: Page): Promise<Note[]> {
  const r = await sendFrom(ext, { type: 'app/notes-all' })
  if (!r?.ok) throw new Error(`app/notes-all failed: ${JSON.stringify(r)}`)
  return (r.value.notes as Note[]).sort(byId)
}

const listedIds = (page: Page) => page.$$eval('.library-note', (els) => els.map((e) => e.getAttribute('data-note-id')!))
const waitListed = (page: Page, n: number) =>
  waitFor(async () => (await listedIds(page)).length === n, `${n} notes to be listed`)
const statusOf = (page: Page, selector: string) => page.$eval(selector, (e) => ({ text: e.textContent ?? '', error: e.classList.contains('error') }))

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o?: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
    return (await axe.run({ resultTypes: ['violations'] })).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  })
}

describe.each(BROWSERS)('notes library in %s', (name) => {
  let bench: Bench
  let ext: Page
  let story: ReturnType<typeof demoStory>
  let notes: Note[]
  let dir: string

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name))
    dir = mkdtempSync(join(tmpdir(), 'gloss-library-'))
    story = demoStory()
    notes = demoNotes(story)
  })
  afterAll(async () => {
    await bench?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const seed = async () => {
    await sendFrom(ext, { type: 'app/notes-clear' })
    const r = await sendFrom(ext, { type: 'app/notes-import', text: exportWebAnnotations(notes, new Date().toISOString()) })
    expect(r).toMatchObject({ ok: true, value: { imported: 3, copies: 0, rejected: [], failed: [] } })
  }

  it('lists every note with its story, finds one by a word, shows markup as text, links to the passage', async () => {
    await seed()
    const page = await bench.openExtPage(OPTIONS_PAGE)
    await waitListed(page, 3)
    const titles = await page.$$eval('.library-note-title', (els) => els.map((e) => e.textContent))
    expect(titles).toEqual(Array(3).fill(story.title))
    const firstQuote = await page.$eval(`[data-note-id="${notes[0].id}"] .library-quote`, (e) => e.textContent)
    expect(firstQuote).toBe(notes[0].target.selector[0].exact)
    if (story.site) expect(await page.$eval('.library-note-story', (e) => e.textContent)).toContain(story.site)

    // Markup in a note's text is text: no element made from it, no script run.
    const markup = await page.$eval(`[data-note-id="${notes[2].id}"] .library-text`, (e) => ({ text: e.textContent, children: e.children.length }))
    expect(markup).toEqual({ text: MARKUP, children: 0 })
    expect(await page.$$('.library-notes img')).toHaveLength(0)

    const link = await page.$eval(`[data-note-id="${notes[0].id}"] a.library-open`, (a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel'), text: a.textContent }))
    expect(link).toEqual({ href: textFragmentUrl(notes[0]), target: '_blank', rel: 'noopener noreferrer', text: 'Open the story at the note' })

    await page.type('#library-q', 'zanzibarian')
    await waitFor(async () => (await listedIds(page)).join() === notes[1].id, 'the search to find the one note')
    expect(await page.$eval('[data-library-count]', (e) => e.textContent)).toBe('1 of 3 notes')
    await page.$eval('#library-q', (e) => { (e as HTMLInputElement).value = '' })
    await page.type('#library-q', 'nothingmatchesthis')
    await waitListed(page, 0)
    await page.$eval('#library-q', (e) => { (e as HTMLInputElement).value = '' })
    await page.type('#library-q', ' ')
    await waitListed(page, 3)

    // Filters: by tag, by entity, by site.
    await page.select('#library-tag', 'markup')
    await waitFor(async () => (await listedIds(page)).join() === notes[2].id, 'the tag filter')
    await page.select('#library-tag', '')
    await page.select('#library-entityId', notes[1].entityId!)
    await waitFor(async () => (await listedIds(page)).join() === notes[1].id, 'the entity filter')
    await page.select('#library-entityId', '')
    if (story.site) {
      await page.select('#library-site', story.site)
      await waitListed(page, 3)
    }

    expect(await seriousViolations(page)).toEqual([])
    await bench.colorScheme(page, 'dark')
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await bench.colorScheme(page, 'light') // Firefox's override is browser-wide
    await page.close()
  })

  it('edits a note in place from the keyboard, deletes it and puts it back with Undo', async () => {
    await seed()
    const page = await bench.openExtPage(OPTIONS_PAGE)
    await waitListed(page, 3)
    const item = `[data-note-id="${notes[0].id}"]`
    // Keyboard: Enter on Edit opens the form with the text area focused; Escape closes it and
    // gives focus back to Edit.
    await page.focus(`${item} button[aria-label^="Edit"]`)
    await page.keyboard.press('Enter')
    await page.waitForSelector(`${item} textarea`)
    // Focus moves in an effect after the form renders: wait for it rather than read it at once.
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA', { timeout: 5_000 }).catch(() => {})
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA')
    await page.keyboard.press('Escape')
    await waitFor(async () => page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Edit')), 'focus back on Edit')
    expect(await page.$(`${item} textarea`)).toBeNull()

    await page.keyboard.press('Enter')
    await page.waitForSelector(`${item} textarea`)
    expect(await seriousViolations(page)).toEqual([])
    await page.$eval(`${item} textarea`, (e) => { (e as HTMLTextAreaElement).value = '' })
    await page.type(`${item} textarea`, 'Rewritten in the library')
    await page.$eval(`${item} input[type="text"]`, (e) => { (e as HTMLInputElement).value = '' })
    await page.type(`${item} input[type="text"]`, 'iraq, talks , iraq')
    await page.click(`${item} button[type="submit"]`)
    const edited = await waitFor(async () => {
      const n = (await allNotes(ext)).find((x) => x.id === notes[0].id)
      return n?.body.text === 'Rewritten in the library' && n
    }, 'the edit to be stored')
    expect(edited.body.tags).toEqual(['iraq', 'talks'])
    expect(edited.created).toBe(notes[0].created)
    await waitFor(async () => (await page.$eval(`${item} .library-text`, (e) => e.textContent)) === 'Rewritten in the library', 'the edit to show')

    await page.click(`${item} button[aria-label^="Delete"]`)
    await waitListed(page, 2)
    expect(await allNotes(ext)).toHaveLength(2)
    await waitFor(async () => page.evaluate(() => document.activeElement?.hasAttribute('data-undo')), 'focus on Undo')
    await page.keyboard.press('Enter')
    await waitListed(page, 3)
    const restored = (await allNotes(ext)).find((x) => x.id === notes[0].id)
    expect(restored).toEqual(edited)
    expect(await page.$('[data-undo]')).toBeNull()
    await page.close()
  })

  it('exports JSON-LD through a download link, deletes all, imports the file back: every note identical', async () => {
    await seed()
    const page = await bench.openExtPage(OPTIONS_PAGE)
    await waitListed(page, 3)
    const before = await allNotes(ext)
    expect(before).toEqual([...notes].sort(byId))
    expect(await page.$eval('.library-warning', (e) => e.textContent)).toMatch(/Uninstalling an extension deletes its storage/)

    // The export button makes a Blob URL and clicks an <a download> for it. Record the click
    // instead of letting the browser save a file somewhere on this machine.
    await page.evaluate(() => {
      const w = window as unknown as { clicked: string[] }
      w.clicked = []
      HTMLAnchorElement.prototype.click = function () { w.clicked.push(this.download) }
    })
    await page.click('[data-export="jsonld"]')
    const link = await page.waitForSelector('a[data-download="jsonld"]')
    const download = await link!.evaluate(async (a) => ({
      name: a.getAttribute('download')!, href: a.href, text: await (await fetch(a.href)).text() }))
    const clicked = await waitFor(() => page.evaluate(() => {
      const c = (window as unknown as { clicked: string[] }).clicked
      return c.length > 0 && c
    }), 'the download link to be clicked')
    expect(download.name).toMatch(/^gloss-notes-\d{4}-\d{2}-\d{2}\.jsonld$/)
    expect(download.href).toMatch(/^blob:/)
    expect(clicked).toEqual([download.name])
    const exported = await sendFrom(ext, { type: 'app/notes-export', format: 'jsonld' })
    expect(exported.ok).toBe(true)
    const withoutTime = (s: string) => { const o = JSON.parse(s); delete o.generated; return o }
    expect(withoutTime(download.text)).toEqual(withoutTime(exported.value))
    expect(JSON.parse(download.text).first.items).toHaveLength(3)

    await page.click('[data-export="markdown"]')
    const md = await page.waitForSelector('a[data-download="markdown"]')
    const markdown = await md!.evaluate(async (a) => (await fetch(a.href)).text())
    expect(markdown).toContain(story.title)
    expect(markdown).not.toContain(MARKUP) // escaped, so a Markdown viewer shows it as text
    await page.click('[data-export="memory"]')
    const mem = await page.waitForSelector('a[data-download="memory"]')
    expect(await mem!.evaluate((a) => a.getAttribute('download'))).toMatch(/^gloss-reading-memory-\d{4}-\d{2}-\d{2}\.json$/)

    await page.click('[data-delete-all]')
    await page.waitForSelector('[data-confirm-delete-all]')
    await waitFor(() => page.evaluate(() => document.activeElement?.hasAttribute('data-confirm-delete-all')), 'focus on the confirmation')
    await page.click('[data-confirm-delete-all]')
    await waitListed(page, 0)
    expect(await allNotes(ext)).toEqual([])
    expect((await statusOf(page, '[data-transfer-status]')).text).toBe('Deleted 3 notes.')

    // Firefox ESR 153 over WebDriver BiDi sets files with input.setFiles; Chromium with CDP.
    const file = join(dir, `${name}-${download.name}`)
    writeFileSync(file, download.text)
    const input = (await page.$('#library-import')) as ElementHandle<HTMLInputElement> | null
    await input!.uploadFile(file)
    await waitFor(async () => (await statusOf(page, '[data-transfer-status]')).text.includes('Imported'), 'the import to finish')
    expect(await statusOf(page, '[data-transfer-status]')).toEqual({ text: `${name}-${download.name}: Imported 3 notes.`, error: false })
    await waitListed(page, 3)
    expect(await allNotes(ext)).toEqual(before)

    // The same file again: nothing new, each note reported as already stored.
    await input!.uploadFile(file)
    await waitFor(async () => (await statusOf(page, '[data-transfer-status]')).text.includes('already stored'), 'the second import')
    expect((await statusOf(page, '[data-transfer-status]')).text).toBe(`${name}-${download.name}: Imported 0 notes and 3 notes already stored.`)
    expect(await page.$$eval('[data-report="skipped"] li', (els) => els.length)).toBe(3)
    expect(await allNotes(ext)).toEqual(before)
    await page.close()
  })

  it('refuses a file that is not JSON with a clear message, and reports rejected items with reasons', async () => {
    await seed()
    const page = await bench.openExtPage(OPTIONS_PAGE)
    await waitListed(page, 3)
    const before = await allNotes(ext)

    const junk = join(dir, `${name}-junk.jsonld`)
    writeFileSync(junk, 'this is not JSON <script>alert(1)</script>')
    const input = (await page.$('#library-import')) as ElementHandle<HTMLInputElement> | null
    await input!.uploadFile(junk)
    await waitFor(async () => (await statusOf(page, '[data-transfer-status]')).text.includes('not JSON'), 'the refusal')
    expect(await statusOf(page, '[data-transfer-status]')).toEqual({
      text: `${name}-junk.jsonld: The file is not JSON; nothing was imported.`, error: true })
    expect(await allNotes(ext)).toEqual(before)

    // One good note beside a broken one and a prototype-polluting one: the good one is stored,
    // the others are listed with their reasons.
    const fresh = { ...notes[0], id: 'urn:uuid:00000000-0000-4000-8000-00000000abcd' }
    const doc = JSON.parse(exportWebAnnotations([fresh], new Date().toISOString()))
    doc.first.items.push({ ...doc.first.items[0], id: 'urn:uuid:00000000-0000-4000-8000-00000000abce', target: 'nowhere' })
    const polluted = JSON.stringify(doc).replace(/\]\}\}$/, ',{"__proto__":{"polluted":true},"type":"Annotation"}]}}')
    expect(JSON.parse(polluted).first.items).toHaveLength(3)
    const mixed = join(dir, `${name}-mixed.jsonld`)
    writeFileSync(mixed, polluted)
    await input!.uploadFile(mixed)
    await waitFor(async () => (await statusOf(page, '[data-transfer-status]')).text.includes('rejected'), 'the mixed import')
    expect((await statusOf(page, '[data-transfer-status]')).text).toBe(`${name}-mixed.jsonld: Imported 1 note and 2 items rejected.`)
    const reasons = await page.$$eval('[data-report="rejected"] li', (els) => els.map((e) => e.textContent))
    expect(reasons).toHaveLength(2)
    expect(reasons[0]).toMatch(/^Item 2 \(urn:uuid:00000000-0000-4000-8000-00000000abce\): /)
    expect(reasons[1]).toMatch(/^Item 3: .*__proto__/)
    expect((await allNotes(ext)).map((n) => n.id)).toEqual([...before.map((n) => n.id), fresh.id].sort())
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted')
    await page.close()
  })
})
