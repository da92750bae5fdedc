// @vitest-environment jsdom
// The library component under jsdom, talking to a fake background that runs the real note store
// over memory: what the browser tests cannot reach cheaply (a 50 MB file refused before it is
// read, an edit that fails, undo of several deletes in order) and what must hold whatever the
// browser (markup in a note is text).
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { settleEffects } from '../support/preact-frames.ts'
import { createNoteStore, editNote, exportWebAnnotations, memoryKeyValue, parseImport, readNote, type Note, type NoteStore } from '../../../src/notes/index.ts'
import { noteOn } from '../notes/fixtures.ts'

const calls: string[] = []
let store: NoteStore
let failEdits = false
let loseFirstReplies = false
const lost = new Set<string>()
/** What the status line said, in order, during an import. */
const statuses: string[] = []

/** The background's notes handlers, in short, over the real store. */
async function background(msg: any): Promise<any> {
  calls.push(msg.type)
  const lift = (r: any) => (r.ok ? r : { ok: false, error: { code: r.error.code, message: r.error.message } })
  switch (msg.type) {
    case 'app/notes-all': {
      const r = await store.all()
      return r.ok ? { ok: true, value: { notes: r.value.notes, invalid: r.value.invalid.length } } : lift(r)
    }
    case 'app/note-edit': {
      if (failEdits) return { ok: false, error: { code: 'storage', message: 'The note could not be saved (quota).' } }
      const current = await store.get(msg.id)
      if (!current.ok) return lift(current)
      const next = editNote(current.value, { text: msg.text, tags: msg.tags })
      return next.ok ? lift(await store.put(next.value)) : lift(next)
    }
    case 'app/note-delete': return lift(await store.remove(msg.id))
    case 'app/note-restore': {
      const n = readNote(msg.note)
      return n.ok ? lift(await store.put(n.value)) : lift(n)
    }
    case 'app/notes-import': {
      const parsed = parseImport(msg.text)
      if (!parsed.ok) return lift(parsed)
      const o = await store.importNotes(parsed.value.notes)
      if (!o.ok) return lift(o)
      return { ok: true, value: { imported: o.value.imported.length, copies: o.value.copies.length, skipped: o.value.skipped,
        failed: o.value.failed, rejected: parsed.value.rejected } }
    }
    case 'app/notes-clear': return lift(await store.clear())
    case 'app/notes-page': {
      const total = msg.cursor === null ? await store.count() : null
      const r = await store.page(msg.cursor, msg.limit)
      return r.ok ? { ok: true, value: { notes: r.value.notes, invalid: r.value.invalid.length, next: r.value.next,
        total: total?.ok ? total.value : null } } : lift(r)
    }
    case 'app/notes-import-batch': {
      await new Promise((r) => setTimeout(r, 0)) // a message is a task of its own, as in the browser
      const o = await store.importBatch(msg.batchId, msg.notes)
      if (!o.ok) return lift(o)
      // The first reply of each batch is lost, as when the background answered after send()'s timeout.
      if (loseFirstReplies && !lost.has(msg.batchId)) { lost.add(msg.batchId); return undefined }
      return { ok: true, value: { imported: o.value.imported.length - o.value.copies.length, copies: o.value.copies.length,
        skipped: o.value.skipped, failed: o.value.failed } }
    }
    default: return { ok: false, error: { code: 'bad-request', message: `not in this test: ${msg.type}` } }
  }
}

type StorageListener = (changes: Record<string, unknown>, area: string) => void
const storageListeners = new Set<StorageListener>()
// send() as the page has it, over the fake background: a lost reply is sent again (import batches
// are idempotent by batch id, src/platform/send.ts).
vi.mock('../../../src/platform/send.ts', () => ({ send: async (msg: unknown) => (await background(msg)) ?? background(msg) }))
vi.mock('../../../src/platform/browser.ts', () => ({ browser: { storage: { onChanged: {
  addListener: (f: StorageListener) => storageListeners.add(f), removeListener: (f: StorageListener) => storageListeners.delete(f) } } } }))
const { LibraryView } = await import('../../../src/options/library-view.tsx')

let root: HTMLElement
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)
const $$ = (sel: string) => [...root.querySelectorAll(sel)]
const listed = () => $$('.library-note').map((e) => e.getAttribute('data-note-id'))

async function until<T>(fn: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    await act(async () => { await new Promise((r) => setTimeout(r, 5)) })
    const v = fn()
    if (v) return v
  }
  throw new Error(`never happened: ${what}`)
}
const click = (el: Element | null) => act(() => { (el as HTMLElement).click() })

const MARKUP = '<img src=x onerror="window.pwned = 1">'
let notes: Note[]

beforeEach(async () => {
  calls.length = 0
  failEdits = false
  loseFirstReplies = false
  lost.clear()
  store = createNoteStore(memoryKeyValue())
  notes = [
    noteOn('approved a $412 million budget', { text: 'Budget note about ferries', tags: ['budget'] }),
    noteOn('public argument over library hours', { text: MARKUP, tags: ['markup'] }),
    noteOn('The vote was 7 to 4.', { text: 'Third', entityId: 'org:harbourside-council', site: 'Other Site' }),
  ]
  for (const n of notes) expect((await store.put(n)).ok).toBe(true)
  root = document.createElement('div')
  document.body.append(root)
  await act(() => { render(<LibraryView />, root) })
  await until(() => listed().length === 3, 'three notes listed')
})
afterEach(async () => {
  if (!root) return
  // unmount inside act, which flushes the effects' cleanups now: outside it, preact schedules
  // them after the next frame (a 35 ms timer), and the last test's timer could fire after jsdom
  // is gone ("cancelAnimationFrame is not defined", seen once in fresh-clone CI)
  await act(() => { render(null, root) })
  root.remove()
  await settleEffects()
})
afterAll(async () => {
  // and any after-paint timer an earlier act left behind runs while jsdom is still here
  await new Promise((r) => setTimeout(r, 50))
})

describe('the notes library', () => {
  it('shows markup in a note as text, never as an element', () => {
    const text = $(`[data-note-id="${notes[1].id}"] .library-text`)!
    expect(text.textContent).toBe(MARKUP)
    expect(text.children).toHaveLength(0)
    expect($$('.library-notes img')).toHaveLength(0)
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined()
  })

  it('filters by site and entity, searches by a word, and says how many match', async () => {
    const site = $<HTMLSelectElement>('#library-site')!
    await act(() => { site.value = 'Other Site'; site.dispatchEvent(new Event('change', { bubbles: true })) })
    await until(() => listed().join() === notes[2].id, 'the site filter')
    expect($('[data-library-count]')!.textContent).toBe('1 of 3 notes')
    expect([...$$('#library-entityId option')].map((o) => o.textContent)).toEqual(['all', 'Harbourside Council (organisation) (1)'])
    await click([...$$('.library-search button')].find((b) => b.textContent === 'Show all')!)
    await until(() => listed().length === 3, 'all again')
    const q = $<HTMLInputElement>('#library-q')!
    await act(() => { q.value = 'ferries'; q.dispatchEvent(new Event('input', { bubbles: true })) })
    await until(() => listed().join() === notes[0].id, 'the search')
  })

  it('keeps the form open with the reason when an edit fails, and saves when it can', async () => {
    const item = `[data-note-id="${notes[0].id}"]`
    await click($(`${item} button[aria-label^="Edit"]`))
    const area = $<HTMLTextAreaElement>(`${item} textarea`)!
    await act(() => { area.value = 'New words'; area.dispatchEvent(new Event('input', { bubbles: true })) })
    failEdits = true
    await click($(`${item} button[type="submit"]`))
    const alert = await until(() => $(`${item} [role="alert"]`), 'the failure shown')
    expect(alert.textContent).toBe('Not saved: The note could not be saved (quota).')
    expect($(`${item} textarea`)).not.toBeNull()
    failEdits = false
    await click($(`${item} button[type="submit"]`))
    await until(() => $(`${item} .library-text`)?.textContent === 'New words', 'the saved text')
    const stored = await store.get(notes[0].id)
    expect(stored.ok && stored.value.body).toEqual({ text: 'New words', tags: ['budget'] })
  })

  it('undoes deletes one by one, latest first, putting each note back as it was', async () => {
    await click($(`[data-note-id="${notes[0].id}"] button[aria-label^="Delete"]`))
    await until(() => listed().length === 2, 'first delete')
    await click($(`[data-note-id="${notes[2].id}"] button[aria-label^="Delete"]`))
    await until(() => listed().length === 1, 'second delete')
    expect((await store.all()).ok && (await store.all() as any).value.notes).toHaveLength(1)
    await click($('[data-undo]'))
    await until(() => listed().includes(notes[2].id), 'the latest back')
    expect(listed()).not.toContain(notes[0].id)
    await click($('[data-undo]'))
    await until(() => listed().length === 3, 'both back')
    expect($('[data-undo]')).toBeNull()
    for (const n of notes) expect(await store.get(n.id)).toEqual({ ok: true, value: n })
  })

  it('imports a file in batches with progress, each batch resent once, and reports exactly what was done', async () => {
    // 1,200 notes: 1,100 new, 100 already stored; two items that are not notes. Every batch's
    // first reply is lost, so each batch arrives twice: the report must not call them "already stored".
    const base = noteOn('The vote was 7 to 4.')
    const fresh = Array.from({ length: 1100 }, (_, i) => ({ ...base, id: `urn:uuid:10000000-0000-4000-8000-${String(i).padStart(12, '0')}` }))
    const old = fresh.slice(0, 100).map((n) => ({ ...n, id: n.id.replace('urn:uuid:1', 'urn:uuid:2') }))
    expect((await store.importNotes(old)).ok).toBe(true)
    const file = exportWebAnnotations([...fresh, ...old], '2024-07-01T00:00:00.000Z').replace(/\]\}\}$/, ',{"type":"Annotation"},5]}}')
    loseFirstReplies = true
    statuses.length = 0
    const observer = new MutationObserver(() => statuses.push($('[data-transfer-status]')?.textContent ?? ''))
    observer.observe(root, { subtree: true, childList: true, characterData: true })
    const input = $<HTMLInputElement>('#library-import')!
    Object.defineProperty(input, 'files', { value: [{ name: 'big.jsonld', size: file.length, text: async () => file }], configurable: true })
    await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })) })
    const status = await until(() => { const t = $('[data-transfer-status]')?.textContent; return t?.startsWith('big.jsonld:') && t }, 'the report')
    observer.disconnect()
    expect(status).toBe('big.jsonld: Imported 1,100 notes, 100 notes already stored and 2 items rejected.')
    expect(statuses).toContain('Importing 500 of 1,200…')
    expect(statuses).toContain('Importing 1,000 of 1,200…')
    expect(calls.filter((c) => c === 'app/notes-import-batch')).toHaveLength(6) // 3 batches, each twice
    expect($$('[data-report="skipped"] li')).toHaveLength(100)
    expect($$('[data-report="rejected"] li')).toHaveLength(2)
    expect((await store.count()).ok && (await store.count() as any).value).toBe(1200 + 3)
    await until(() => listed().length === 100 && $('[data-library-count]')?.textContent === '1,203 notes', 'the library reloaded')
  })

  it('shows a note saved elsewhere (another tab) while the page is open', async () => {
    expect(storageListeners.size).toBe(2) // the library's notes, and sync's status (which notes are on this machine only)
    const other = noteOn('nine-hour meeting', { text: 'Taken in a tab' })
    expect((await store.put(other)).ok).toBe(true)
    expect(listed()).not.toContain(other.id)
    const reads = calls.length
    for (const f of storageListeners) f({ [`notes.v1/note/${other.id}`]: { newValue: structuredClone(other) } }, 'local')
    await until(() => listed().includes(other.id), 'the new note listed')
    expect($('[data-library-count]')!.textContent).toBe('4 notes')
    // Deleted in a tab: gone here too. The changes themselves say so: no note is read again.
    expect((await store.remove(notes[0].id)).ok).toBe(true)
    for (const f of storageListeners) f({ [`notes.v1/note/${notes[0].id}`]: { oldValue: notes[0] } }, 'local')
    await until(() => !listed().includes(notes[0].id), 'the deleted note gone')
    expect($('[data-library-count]')!.textContent).toBe('3 notes')
    expect(calls.length).toBe(reads)
  })

  it('deletes all notes only after the confirmation, and Keep them keeps them', async () => {
    await click($('[data-delete-all]'))
    expect($('.library-confirm')!.textContent).toContain('Delete all 3 notes?')
    await click([...$$('.library-confirm button')].find((b) => b.textContent === 'Keep them')!)
    expect(calls).not.toContain('app/notes-clear')
    await click($('[data-delete-all]'))
    await click($('[data-confirm-delete-all]'))
    await until(() => listed().length === 0, 'all deleted')
    expect($('[data-transfer-status]')!.textContent).toBe('Deleted 3 notes.')
    expect((await store.all() as any).value.notes).toEqual([])
  })
})
