// Notes in both browsers, as a reader takes them: select a passage of the demo story, press the
// "Note" button, type, save; reload and see it painted (boxes in Gloss's closed shadow root, never
// in the page's DOM or the highlight registry); serve an edited version and see it re-anchored;
// serve a version without the passage and see it listed as an orphan.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { PNG } from 'pngjs'
import type { Page } from 'puppeteer-core'
import { BROWSERS, DEMO_HTML, DEMO_URL, closeStrayPages, installPassageFinder, sendFrom, startBench, tabIdOf, waitFor, type Bench, storyReady } from './harness.ts'

const PASSAGE = 'The injured troops suffered head injuries in the attack'
const NOTE_TEXT = 'Compare with the casualty report <b>later</b>'

/** Selects `passage` in the page as a reader would, and returns its last line box, where the "Note" button will be. */
async function selectPassage(page: Page, passage: string) {
  await page.evaluate(installPassageFinder)
  return page.evaluate((p) => {
    const range = (window as unknown as { glossTestPassageRange(p: string): Range }).glossTestPassageRange(p)
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
    const sel = getSelection()!
    sel.removeAllRanges()
    sel.addRange(range)
    // The Note button follows the browser's own selectionchange (a page's synthetic mouseup is ignored).
    // Where the selection ends: its last line box.
    const lines = [...range.getClientRects()].filter((l) => l.width > 0)
    const r = lines[lines.length - 1]
    return { right: r.right, bottom: r.bottom, left: r.left, top: r.top, width: r.width, height: r.height }
  }, passage)
}

/** Mean blue of the passage's first line box: the note box tints it yellow (blue drops). */
async function meanBlue(page: Page, passage: string): Promise<number> {
  await page.evaluate(installPassageFinder)
  const clip = await page.evaluate((p) => {
    const range = (window as unknown as { glossTestPassageRange(p: string): Range }).glossTestPassageRange(p.slice(0, 12))
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
    const r = range.getClientRects()[0]
    // Screenshot clips are in document coordinates.
    return { x: Math.round(r.x + scrollX), y: Math.round(r.y + scrollY), width: Math.round(r.width), height: Math.round(r.height) }
  }, passage)
  const png = PNG.sync.read(Buffer.from(await page.screenshot({ clip })))
  let sum = 0
  for (let i = 0; i < png.data.length; i += 4) sum += png.data[i + 2]
  return sum / (png.data.length / 4)
}

async function popupNotes(bench: Bench, tabId: number): Promise<{ status: string; text: string }[]> {
  const popup = await bench.openExtPage(`src/popup/index.html?tab=${tabId}`)
  await popup.waitForSelector('[data-state="ready"]')
  const notes = await waitFor(async () => {
    const n = await popup.$$eval('[data-card="notes"] li', (lis) => lis.map((li) => ({
      status: li.getAttribute('data-status') ?? '', text: li.querySelector('.note-text')?.textContent ?? '' })))
    return n.length > 0 ? n : null
  }, 'the popup to list the notes')
  await popup.close()
  return notes
}

describe.each(BROWSERS)('notes in %s', (name) => {
  let bench: Bench
  let ext: Page

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name))
  })
  afterAll(async () => {
    await bench?.close()
  })
  afterEach(() => closeStrayPages(bench, ext))

  const openDemo = async (html = DEMO_HTML) => {
    const { page } = await bench.openStory(DEMO_URL, { [DEMO_URL]: html })
    await page.setViewport({ width: 1200, height: 900 })
    const tabId = await tabIdOf(ext, DEMO_URL)
    await storyReady(ext, tabId)
    await page.waitForFunction(() => (CSS.highlights.get('gloss-loc')?.size ?? 0) > 0)
    return { page, tabId }
  }

  it('takes a note from a selection, and paints it again after a reload, out of the page’s sight', async () => {
    const { page } = await openDemo()
    const blueBefore = await meanBlue(page, PASSAGE)
    const at = await selectPassage(page, PASSAGE)
    // The button sits just below where the selection ends (src/ui/placement.ts), inside the closed shadow root: click there.
    const button = { x: at.right + 12, y: at.bottom + 14 }
    await waitFor(() => page.evaluate((b) => document.elementFromPoint(b.x, b.y) === document.documentElement.lastElementChild, button), 'the Note button')
    await page.mouse.click(button.x, button.y)
    await page.keyboard.type(NOTE_TEXT)
    await page.keyboard.press('Tab')
    await page.keyboard.type('casualties, iraq')
    await page.keyboard.press('Enter')
    const saved = await waitFor(async () => {
      const r = await sendFrom(ext, { type: 'app/notes-all' })
      return r.ok && r.value.notes.length === 1 ? r.value.notes[0] : null
    }, 'the note to be stored')
    expect(saved.body).toEqual({ text: NOTE_TEXT, tags: ['casualties', 'iraq'] })
    expect(saved.target.selector[0].exact.replace(/\u00a0/g, ' ')).toBe(PASSAGE)
    expect(saved.target.source).toBe(DEMO_URL)
    await page.close()

    const again = await openDemo()
    await waitFor(async () => (await meanBlue(again.page, PASSAGE)) < blueBefore - 15, 'the note to be painted')
    // The page cannot read the note or tell its passage: not in its DOM, not in the highlight registry.
    const seen = await again.page.evaluate((noteText, passage) => ({
      inDom: document.documentElement.textContent!.includes(noteText.slice(0, 20)),
      inHighlights: [...CSS.highlights.values()].some((h) => [...(h as Iterable<Range>)].some((r) => r.toString().includes(passage.slice(0, 20)))),
      shadow: (document.documentElement.lastElementChild as HTMLElement).shadowRoot,
    }), NOTE_TEXT, PASSAGE)
    expect(seen).toEqual({ inDom: false, inHighlights: false, shadow: null })
    expect(await popupNotes(bench, again.tabId)).toEqual([{ status: 'anchored', text: NOTE_TEXT }])
    await again.page.close()
  })

  it('re-anchors the note on an edited story, and keeps it as an orphan when the passage is gone', async () => {
    const edited = DEMO_HTML
      .replace('These conversations will take place amid a tense time in Iraq', 'The talks come at a tense moment in Iraq')
      .replace(/The injured troops[\s\u00a0]suffered head injuries in the attack/, 'The injured troops suffered head injuries during the attack')
    expect(edited).toContain('injuries during the attack')
    const e = await openDemo(edited)
    expect(await popupNotes(bench, e.tabId)).toEqual([{ status: 'changed', text: NOTE_TEXT }])
    await e.page.close()

    const without = DEMO_HTML.replace(/<p>The[\s\u00a0]U\.S\. military’s most[\s\S]*?<\/p>/, '')
    expect(without).not.toContain('head injuries')
    const w = await openDemo(without)
    expect(await popupNotes(bench, w.tabId)).toEqual([{ status: 'orphan', text: NOTE_TEXT }])
    // Orphans are kept, never dropped.
    expect((await sendFrom(ext, { type: 'app/notes-all' })).value.notes).toHaveLength(1)
    await w.page.close()
  })

  it('exports, clears and imports every note back identical', async () => {
    const before = (await sendFrom(ext, { type: 'app/notes-all' })).value.notes
    expect(before.length).toBeGreaterThan(0)
    const exported = await sendFrom(ext, { type: 'app/notes-export', format: 'jsonld' })
    expect(JSON.parse(exported.value).type).toBe('AnnotationCollection')
    expect((await sendFrom(ext, { type: 'app/notes-clear' })).ok).toBe(true)
    expect((await sendFrom(ext, { type: 'app/notes-all' })).value.notes).toEqual([])
    expect(await sendFrom(ext, { type: 'app/notes-import', text: exported.value })).toMatchObject({ ok: true, value: { imported: before.length } })
    expect((await sendFrom(ext, { type: 'app/notes-all' })).value.notes).toEqual(before)
  })
})
