// Notes on the page, in both browsers, as a reader uses them (issue 17): the Note button appears
// beside where the selection ended (forwards or backwards); a note's card, opened by hovering its
// passage, edits and deletes it, and Undo puts back exactly the note deleted; the editor ends a
// long quote with an ellipsis where it cut it; Escape closes the editor and the toast and gives
// focus back to the page. Gloss's UI sits in a closed shadow root: the test reads it from the
// driver (./gloss-ui.ts) to know where to click, and clicks and types as a reader does.
// A keyboard reader reaches the same card with no pointer at all: the open-note command, Add a note
// with nothing selected, or the popup's notes list (src/content/note-keyboard.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'puppeteer-core'
import { BROWSERS, DEMO_HTML, DEMO_URL, OPTIONS_PAGE, closeStrayPages, installPassageFinder, sendFrom, startBench, tabIdOf,
  waitFor, type Bench, storyReady } from './harness.ts'
import { boxOf, centre, inGloss, type Rect } from './gloss-ui.ts'

/** Starts and ends inside lines of its paragraph, and spans more than one line. */
const LONG = 'amid a tense time in Iraq as Iranian-supported militias have carried out more than 150 attacks against U.S. forces in Iraq and Syria'
/** Longer than the editor shows whole. */
const LONGER = 'These conversations will take place amid a tense time in Iraq as Iranian-supported militias have carried out more than 150 attacks against U.S. forces in Iraq and Syria since mid-October.'
const PASSAGE = 'The injured troops suffered head injuries in the attack'
const NOTE_TEXT = 'Compare with the casualty report'

interface Lines { first: Rect; last: Rect; box: Rect }

/** Selects `passage` forwards or backwards, as the reader's drag would, and returns its line boxes. */
async function select(page: Page, passage: string, backwards = false): Promise<Lines> {
  await page.evaluate(installPassageFinder)
  return page.evaluate((p, back) => {
    const range = (window as unknown as { glossTestPassageRange(p: string): Range }).glossTestPassageRange(p)
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
    const sel = getSelection()!
    sel.removeAllRanges()
    if (back) sel.setBaseAndExtent(range.endContainer, range.endOffset, range.startContainer, range.startOffset)
    else sel.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset)
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
    const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height })
    return { first: box(rects[0]), last: box(rects[rects.length - 1]), box: box(range.getBoundingClientRect()) }
  }, passage, backwards)
}

describe.each(BROWSERS)('notes on the page in %s', (name) => {
  let bench: Bench
  let ext: Page

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name))
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
    await page.waitForFunction(() => (CSS.highlights.get('gloss-loc')?.size ?? 0) > 0)
    return page
  }
  const storedNotes = async () => {
    const r = await sendFrom(ext, { type: 'app/notes-all' })
    if (!r.ok) throw new Error(JSON.stringify(r))
    return r.value.notes as { id: string; created: string; modified: string; body: { text: string; tags: string[] } }[]
  }
  const noteButton = (page: Page, near: (b: Rect) => boolean) =>
    waitFor(async () => { const b = await boxOf(bench, page, '.note-button'); return b && near(b) ? b : null }, 'the Note button beside the selection')

  /** Takes a note on `passage` through the Note button. */
  const takeNote = async (page: Page, passage: string, text: string, tags: string) => {
    const at = await select(page, passage)
    const button = await noteButton(page, (b) => Math.abs(b.x - (at.last.x + at.last.width)) < 10)
    await page.mouse.click(centre(button).x, centre(button).y)
    await waitFor(() => boxOf(bench, page, 'form.editor'), 'the editor')
    await page.keyboard.type(text)
    await page.keyboard.press('Tab')
    await page.keyboard.type(tags)
    await page.keyboard.press('Enter')
    return waitFor(async () => (await storedNotes()).find((n) => n.body.text === text), 'the note to be stored')
  }

  /** Hovers a noted passage as the reader does, then puts the pointer on a button of its card and waits until the card takes the click. */
  const cardButton = async (page: Page, passage: string, action: 'edit' | 'delete') => {
    await page.evaluate(installPassageFinder)
    const start = await page.evaluate((p) => {
      const range = (window as unknown as { glossTestPassageRange(p: string): Range }).glossTestPassageRange(p)
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
      const r = range.getClientRects()[0]
      return { x: r.left + 10, y: r.top + r.height / 2 }
    }, passage)
    await page.mouse.move(start.x, start.y)
    const button = await waitFor(() => boxOf(bench, page, `.note-card [data-action="${action}"]`), 'the note’s card')
    await page.mouse.move(centre(button).x, centre(button).y)
    await waitFor(() => inGloss(bench, page, (root) => root.querySelector('.note-card.live') !== null), 'the card to take the pointer')
    return centre(button)
  }
  const focusInPage = (page: Page) => page.evaluate(() => document.activeElement !== document.documentElement.lastElementChild)

  it('shows the Note button where a forwards selection ended, and where a backwards one did (its start)', async () => {
    const page = await openDemo()
    const forwards = await select(page, LONG)
    // The passage runs over lines and ends inside one: its end is not its box's corner.
    expect(forwards.last.y).toBeGreaterThan(forwards.first.y)
    expect(forwards.last.x + forwards.last.width).toBeLessThan(forwards.box.x + forwards.box.width - 100)
    const endX = forwards.last.x + forwards.last.width, endY = forwards.last.y + forwards.last.height
    const f = await noteButton(page, (b) => Math.abs(b.x - endX) <= 6)
    expect(f.x).toBeGreaterThanOrEqual(endX - 1)
    expect(f.y).toBeGreaterThanOrEqual(endY - 1)
    expect(f.y).toBeLessThanOrEqual(endY + 12)

    const backwards = await select(page, LONG, true)
    expect(backwards.first.x).toBeGreaterThan(backwards.box.x + 100)
    const startX = backwards.first.x, startY = backwards.first.y
    const b = await noteButton(page, (r) => Math.abs(r.x + r.width - startX) <= 6)
    expect(b.x + b.width).toBeLessThanOrEqual(startX + 1)
    expect(b.y + b.height).toBeLessThanOrEqual(startY + 1)
    expect(b.y + b.height).toBeGreaterThanOrEqual(startY - 12)
    // Inside the viewport, and it opens the editor on the passage selected backwards.
    expect(b.x).toBeGreaterThanOrEqual(0)
    await page.mouse.click(centre(b).x, centre(b).y)
    const quote = await waitFor(() => inGloss(bench, page, (root) => root.querySelector('form.editor .quote')?.textContent), 'the editor')
    expect(quote.startsWith('“amid a tense time in Iraq')).toBe(true)
    await page.close()
  })

  it('ends a long quote in the editor with an ellipsis where it is cut, and Escape closes it and gives focus back', async () => {
    const page = await openDemo()
    const at = await select(page, LONGER)
    const button = await noteButton(page, (b) => Math.abs(b.x - (at.last.x + at.last.width)) <= 6)
    await page.mouse.click(centre(button).x, centre(button).y)
    const quote = await waitFor(() => inGloss(bench, page, (root) => root.querySelector('form.editor .quote')?.textContent), 'the editor')
    expect(quote).toMatch(/^“These conversations will take place .*\S…”$/)
    const kept = quote.slice(1, -2)
    expect(kept.length).toBeLessThan(LONGER.length)
    // Cut between words: the passage goes on with a space where the quote stops.
    expect(LONGER.startsWith(kept)).toBe(true)
    expect(LONGER[kept.length]).toBe(' ')
    // The whole quote is shown, ellipsis included: nothing clipped below it.
    expect(await inGloss(bench, page, (root) => { const q = root.querySelector('form.editor .quote')!; return q.scrollHeight <= q.clientHeight + 1 })).toBe(true)
    await page.keyboard.type('a draft')
    await page.keyboard.press('Escape')
    await waitFor(async () => (await boxOf(bench, page, 'form.editor')) === null, 'the editor to close')
    expect(await focusInPage(page)).toBe(true)
    expect(await storedNotes()).toEqual([])
    await page.close()
  })

  it('edits a note from its card on the page, and the library shows the change', async () => {
    const page = await openDemo()
    const original = await takeNote(page, PASSAGE, NOTE_TEXT, 'casualties, iraq')
    const edit = await cardButton(page, PASSAGE, 'edit')
    await page.mouse.click(edit.x, edit.y)
    const shown = await waitFor(() => inGloss(bench, page, (root) => {
      const form = root.querySelector('form.editor')
      return form && { text: form.querySelector('textarea')!.value, tags: form.querySelector('input')!.value, quote: form.querySelector('.quote')!.textContent }
    }), 'the editor, filled in')
    // A short quote is whole, with no ellipsis.
    expect(shown).toEqual({ text: NOTE_TEXT, tags: 'casualties, iraq', quote: `“${PASSAGE}”` })
    await page.keyboard.type(' — and the Pentagon readout')
    await page.keyboard.press('Tab')
    // Tabbing into a field selects its text: go to its end to add a tag.
    await page.keyboard.press('End')
    await page.keyboard.type(', pentagon')
    await page.keyboard.press('Enter')
    const edited = await waitFor(async () => (await storedNotes()).find((n) => n.body.text !== NOTE_TEXT), 'the edit to be stored')
    expect(edited).toMatchObject({ id: original.id, created: original.created,
      body: { text: `${NOTE_TEXT} — and the Pentagon readout`, tags: ['casualties', 'iraq', 'pentagon'] } })
    expect(await storedNotes()).toHaveLength(1)
    const library = await bench.openExtPage(OPTIONS_PAGE)
    await waitFor(() => library.evaluate(() => document.body.textContent!.includes('and the Pentagon readout')), 'the library to show the edit')
    await library.close()
    await page.close()
  })

  it('deletes a note from its card, and Undo puts back exactly that note', async () => {
    const page = await openDemo()
    const [before] = await storedNotes()
    expect(before).toBeTruthy()
    const del = await cardButton(page, PASSAGE, 'delete')
    await page.mouse.click(del.x, del.y)
    await waitFor(async () => (await storedNotes()).length === 0, 'the note to be deleted')
    // The toast holds the reader's focus on Undo: Enter undoes.
    expect(await waitFor(() => inGloss(bench, page, (root) => root.querySelector('.toast') && root.activeElement?.textContent), 'the Undo toast'))
      .toBe('Undo')
    await page.keyboard.press('Enter')
    const back = await waitFor(async () => (await storedNotes())[0], 'the note to be put back')
    expect(back).toEqual(before)
    // The toast says so for a moment (tests/unit/content/note-editor.test.ts), then goes, and focus is back in the page.
    await waitFor(async () => (await boxOf(bench, page, '.toast')) === null, 'the toast to go')
    expect(await focusInPage(page)).toBe(true)
    // Painted again: its card opens on hover, and Escape closes it.
    await cardButton(page, PASSAGE, 'delete')
    await page.keyboard.press('Escape')
    await waitFor(async () => (await boxOf(bench, page, '.note-card')) === null, 'Escape to close the note’s card')
    await page.close()
  })

  it('deletes a note for good when the reader leaves the toast without Undo', async () => {
    const page = await openDemo()
    expect(await storedNotes()).toHaveLength(1)
    const del = await cardButton(page, PASSAGE, 'delete')
    await page.mouse.click(del.x, del.y)
    await waitFor(() => inGloss(bench, page, (root) => root.querySelector('.toast-action') !== null), 'the Undo toast')
    await page.keyboard.press('Escape')
    await waitFor(async () => (await boxOf(bench, page, '.toast')) === null, 'the toast to close')
    expect(await focusInPage(page)).toBe(true)
    expect(await storedNotes()).toEqual([])
    // Gone from the page too: no box is painted over its passage any more.
    await waitFor(() => inGloss(bench, page, (root) => root.querySelectorAll('.notes-layer .note-box').length === 0), 'the note to be unpainted')
    await page.close()
  })
  // ---- the keyboard's way (issue 17): no pointer from here on -----------------------------------

  /** Sends the background's message to the tab, as a command handler does: a command cannot be pressed headlessly. */
  const toTab = async (msg: unknown) => ext.evaluate(async (id, m) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome
    return api.tabs.sendMessage(id, m)
  }, await tabIdOf(ext, DEMO_URL), msg as any)
  /** The data-action of the focused control of Gloss's UI, when a note's card is open. */
  const focusedInCard = (page: Page) => inGloss(bench, page, (root) =>
    root.querySelector('.note-card') ? (root.activeElement as HTMLElement | null)?.dataset.action ?? null : null)
  /** The page counts every key event its own capture listener on window sees. */
  const countPageKeys = (page: Page) => page.evaluate(() => {
    const w = window as unknown as { keysSeen: number }
    w.keysSeen = 0
    for (const t of ['keydown', 'keyup']) addEventListener(t, () => { w.keysSeen++ }, true)
  })
  const pageKeys = (page: Page) => page.evaluate(() => (window as unknown as { keysSeen: number }).keysSeen)
  /** The pointer off the story, and no card of hovering left open. */
  const pointerAway = async (page: Page) => {
    await page.mouse.move(2, 2)
    await page.evaluate(() => getSelection()?.removeAllRanges())
    await waitFor(async () => (await boxOf(bench, page, '.note-card')) === null, 'no note card open')
  }

  it('opens a note’s card without a pointer (the open-note command’s message): focus on Edit, Tab cycles, Escape closes and gives focus back; the page sees no key', async () => {
    const page = await openDemo()
    await takeNote(page, PASSAGE, NOTE_TEXT, 'keys')
    await pointerAway(page)
    await page.evaluate(() => scrollTo(0, 0))
    await countPageKeys(page)
    // From the top of the page: the note in view, else the first below it, scrolled to; its card inside the viewport.
    expect(await toTab({ type: 'tab/open-note', id: null })).toBe(true)
    expect(await waitFor(() => focusedInCard(page), 'the card, focus inside')).toBe('edit')
    const card = (await boxOf(bench, page, '.note-card'))!
    expect(card.y).toBeGreaterThanOrEqual(0)
    expect(card.y + card.height).toBeLessThanOrEqual(900)
    const order: (string | null)[] = []
    for (const shift of [false, false, false, true]) {
      if (shift) await page.keyboard.down('Shift')
      await page.keyboard.press('Tab')
      if (shift) await page.keyboard.up('Shift')
      order.push(await focusedInCard(page))
    }
    expect(order).toEqual(['delete', 'close', 'edit', 'close'])
    await page.keyboard.press('Escape')
    await waitFor(async () => (await boxOf(bench, page, '.note-card')) === null, 'Escape to close the card')
    expect(await focusInPage(page)).toBe(true)
    // Every key went to Gloss's card: none reached the page.
    expect(await pageKeys(page)).toBe(0)
    // Nothing of the note in the page-visible highlight registry.
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => !/^gloss-(per|org|loc|misc|date|again|focus|flash)$/.test(k)))).toEqual([])
    await page.close()
  })

  it('edits a note by keyboard from its card', async () => {
    const page = await openDemo()
    const [before] = await storedNotes()
    await pointerAway(page)
    expect(await toTab({ type: 'tab/open-note', id: null })).toBe(true)
    expect(await waitFor(() => focusedInCard(page), 'the card, focus inside')).toBe('edit')
    await page.keyboard.press('Enter')
    expect(await waitFor(() => inGloss(bench, page, (root) => root.activeElement?.tagName === 'TEXTAREA' && (root.activeElement as HTMLTextAreaElement).value),
      'the editor, filled in and focused')).toBe(NOTE_TEXT)
    await page.keyboard.type(', by keyboard')
    await page.keyboard.press('Tab')
    await page.keyboard.press('End')
    await page.keyboard.type(', typed')
    await page.keyboard.press('Enter')
    const edited = await waitFor(async () => (await storedNotes()).find((n) => n.body.text !== NOTE_TEXT), 'the edit to be stored')
    expect(edited).toMatchObject({ id: before.id, created: before.created, body: { text: `${NOTE_TEXT}, by keyboard`, tags: ['keys', 'typed'] } })
    await waitFor(async () => (await boxOf(bench, page, 'form.editor')) === null, 'the editor to close')
    expect(await focusInPage(page)).toBe(true)
    await page.close()
  })

  it('deletes a note by keyboard from its card (Add a note with nothing selected opens it), and Undo puts it back; the popup’s list opens it too', async () => {
    const page = await openDemo()
    const [before] = await storedNotes()
    await pointerAway(page)
    expect(await toTab({ type: 'tab/new-note' })).toBe(true)
    expect(await waitFor(() => focusedInCard(page), 'the card, focus inside')).toBe('edit')
    await page.keyboard.press('Tab')
    expect(await focusedInCard(page)).toBe('delete')
    await page.keyboard.press('Enter')
    await waitFor(async () => (await storedNotes()).length === 0, 'the note to be deleted')
    expect(await waitFor(() => inGloss(bench, page, (root) => root.querySelector('.toast') && root.activeElement?.textContent), 'the Undo toast'))
      .toBe('Undo')
    await page.keyboard.press('Enter')
    expect(await waitFor(async () => (await storedNotes())[0], 'the note to be put back')).toEqual(before)
    // Painted again, and the popup's notes list (its click sends app/note-reveal) opens its card with focus.
    await waitFor(() => inGloss(bench, page, (root) => root.querySelectorAll('.notes-layer .note-box').length > 0), 'the note to be painted again')
    await waitFor(async () => (await boxOf(bench, page, '.toast')) === null, 'the toast to go')
    expect(await sendFrom(ext, { type: 'app/note-reveal', tabId: await tabIdOf(ext, DEMO_URL), id: before.id })).toEqual({ ok: true, value: true })
    expect(await waitFor(() => focusedInCard(page), 'the card from the popup, focus inside')).toBe('edit')
    await page.keyboard.press('Escape')
    await waitFor(async () => (await boxOf(bench, page, '.note-card')) === null, 'Escape to close the card')
    await page.close()
  })
})
