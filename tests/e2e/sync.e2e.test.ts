// Sync through the browser's own storage.sync (issue 20), in both browsers. A second machine is
// played by this test: it reads the sync area from an extension page, merges in a note of its
// own with its own device id and clock (the same encoder Gloss uses, run here in Node), and
// writes the area back, as the browser's sync would deliver another machine's write. The note
// appears on the open story and in the options library; then a text edited here and tags edited
// "there" merge, both kept, and the area ends up holding both. The browsers' sync service itself
// cannot be driven in a test (it needs an account and the network): this is the layer right below.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'puppeteer-core'
import { parseHTML } from 'linkedom'
import { BROWSERS, DEMO_HTML, DEMO_URL, OPTIONS_PAGE, closeStrayPages, sendFrom, startBench, storyReady, tabIdOf, waitFor,
  type Bench } from './harness.ts'
import { inGloss } from './gloss-ui.ts'
import { findStory } from '../../src/page/find-story.ts'
import { storyKeyOfUrl } from '../../src/page/story-key.ts'
import { describe as describePassage } from '../../src/page/anchoring/index.ts'
import { createNote, type Note } from '../../src/notes/index.ts'
import { decodeSnapshot, encodeSnapshot, staleChunkKeys } from '../../src/notes/sync/snapshot.ts'
import { noteFieldValues, noteFromFields } from '../../src/notes/sync/note-fields.ts'
import { formatStamp } from '../../src/notes/sync/hlc.ts'
import { mergeRecords, type SyncRecord } from '../../src/notes/sync/record.ts'

const OTHER_DEVICE = 'othermac'
const PASSAGE = 'The injured troops suffered head injuries in the attack'

/** A note on the demo story, taken "on the other machine". */
function otherMachineNote(): Note {
  const { document } = parseHTML(DEMO_HTML)
  const found = findStory(document as unknown as Document, { url: DEMO_URL })
  if (!found.ok) throw new Error(found.reason)
  const story = found.story
  const m = new RegExp(PASSAGE.replace(/ /g, '\\s')).exec(story.text)!
  const r = createNote({
    source: story.url ?? DEMO_URL, storyKey: storyKeyOfUrl(story.url ?? DEMO_URL),
    selector: describePassage(story.text, m.index, m.index + m[0].length)!,
    text: 'Written on my laptop', tags: [], story: { title: story.title, site: story.site, published: story.published },
  })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const areaItems = (ext: Page): Promise<Record<string, unknown>> =>
  ext.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync.get(null))

/** The other machine writes the area: what is there, with `records` merged in, under its own generation. */
async function writeAsOtherMachine(ext: Page, records: SyncRecord[], wall: number): Promise<void> {
  const before = await areaItems(ext)
  const decoded = await decodeSnapshot(before)
  const merged = new Map<string, SyncRecord>()
  if (decoded.status === 'ok') for (const r of decoded.snapshot.records) merged.set(r.id, r)
  for (const r of records) merged.set(r.id, merged.has(r.id) ? mergeRecords(merged.get(r.id)!, r) : r)
  const items = await encodeSnapshot({ gen: formatStamp({ wall, counter: 0 }, OTHER_DEVICE), cut: '', records: [...merged.values()] })
  const stale = staleChunkKeys(before, Object.keys(items).length - 1)
  await ext.evaluate(async (set, remove) => {
    const sync = ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync
    await sync.set(set)
    if (remove.length) await sync.remove(remove)
  }, items, stale)
}

async function areaNote(ext: Page, id: string): Promise<Note | null> {
  const decoded = await decodeSnapshot(await areaItems(ext))
  const r = decoded.status === 'ok' ? decoded.snapshot.records.find((x) => x.id === id) : undefined
  const note = r ? noteFromFields(id, r.fields) : null
  return note?.ok ? note.value : null
}

describe.each(BROWSERS)('sync through storage.sync in %s', (name) => {
  let bench: Bench
  let ext: Page

  beforeAll(async () => {
    ({ bench, ext } = await startBench(name))
  })
  afterAll(async () => {
    await bench?.close()
  })
  afterEach(() => closeStrayPages(bench, ext))

  const storedNote = async (id: string): Promise<Note | null> => {
    const r = await sendFrom(ext, { type: 'app/notes-all' })
    if (!r?.ok) throw new Error(JSON.stringify(r))
    return (r.value.notes as Note[]).find((n) => n.id === id) ?? null
  }

  it('shows a note another machine wrote, in the page and in the library, and merges an edit made on each', async () => {
    const { page } = await bench.openStory(DEMO_URL, { [DEMO_URL]: DEMO_HTML })
    await storyReady(ext, await tabIdOf(ext, DEMO_URL))
    expect(await inGloss(bench, page, (root) => root.querySelectorAll('.notes-layer .note-box').length)).toBe(0)

    // The other machine's note, stamped by its clock (a few seconds ahead of ours: clocks differ).
    const note = otherMachineNote()
    const t0 = Date.now() + 5_000
    const created = formatStamp({ wall: t0, counter: 0 }, OTHER_DEVICE)
    const values = noteFieldValues(note)
    const record: SyncRecord = { id: note.id, del: null, fields: new Map(Object.entries(values).map(([k, v]) => [k, { s: created, v }])) }
    await writeAsOtherMachine(ext, [record], t0)

    // Here: stored, painted on the open story, listed in the library.
    await waitFor(() => storedNote(note.id), 'the other machine\'s note to be stored here', 30_000)
    await waitFor(() => inGloss(bench, page, (root) => root.querySelectorAll('.notes-layer .note-box').length > 0),
      'the note to be painted on the story', 30_000)
    const library = await bench.openExtPage(OPTIONS_PAGE)
    await waitFor(() => library.$(`.library-note[data-note-id="${note.id}"]`), 'the note in the library', 30_000)
    expect(await library.$eval(`.library-note[data-note-id="${note.id}"] .library-text`,
      (e) => e.textContent)).toContain('Written on my laptop')

    // An edit on each machine, of different fields: the text here, the tags there.
    const edited = await sendFrom(ext, { type: 'app/note-edit', id: note.id, text: 'Edited on this machine', tags: [] })
    expect(edited.ok).toBe(true)
    const tagged = formatStamp({ wall: t0 + 1_000, counter: 0 }, OTHER_DEVICE)
    const tagsOnly: SyncRecord = { id: note.id, del: null, fields: new Map([
      ['b', { s: created, v: values.b }], ['t', { s: created, v: values.t }],
      ['g', { s: tagged, v: [['from-laptop'], (values.g as [unknown, string])[1]] }],
    ]) }
    await writeAsOtherMachine(ext, [tagsOnly], t0 + 1_000)

    const both = (n: Note | null) => !!n && n.body.text === 'Edited on this machine' && n.body.tags.join() === 'from-laptop'
    await waitFor(async () => both(await storedNote(note.id)), 'the two edits merged here', 30_000)
    // And this machine writes the merge back for the other one (debounced: a few seconds).
    await waitFor(async () => both(await areaNote(ext, note.id)), 'the merged note in the sync area', 30_000)
    await waitFor(async () => (await library.$eval(`.library-note[data-note-id="${note.id}"]`, (e) => e.textContent ?? ''))
      .includes('from-laptop'), 'the merged tags in the library', 30_000)

    // The options page says how much of the area is used (kept current as the area changes).
    await waitFor(async () => /holds 1 note in [\d.]+ KB of 100\.0 KB/.test(
      await library.$eval('[data-sync-usage]', (e) => e.textContent ?? '').catch(() => '')), 'the sync usage line', 30_000)
  }, 180_000)
})
