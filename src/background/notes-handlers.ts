// Requests about notes. A content script reads and writes only the notes of the story in its
// own tab (the background takes the story from the tab's state, not from the message); the
// library, export, import and clearing answer only extension pages. Every write goes through the
// store's one-at-a-time queue, and every tab on the story repaints after it.
import { createNote, editNote, exportMarkdown, exportWebAnnotations, parseImport, MAX_PAGE, readNote, storyRefOf, type ImportOutcome, type Note, type StoryRef } from '../notes/index.ts'
import { fail, ok, type Result } from '../protocol/messages.ts'
import type { HandlerTable } from '../protocol/handler.ts'
import { getTabState } from './tab-state.ts'
import { getNoteStore, getUndoStash, notesForTab, notifyStoriesTabs, notifyStoryTabs, storyRefOfState } from './notes-host.ts'
import { sendToTab } from './send-to-tab.ts'
import { withStoryText } from './story-texts.ts'
import { withRoomForNote } from './storage-full.ts'
import { getMemory } from './memory-host.ts'

type NotesTypes = 'page/notes' | 'page/save-note' | 'page/edit-note' | 'page/delete-note' | 'page/restore-note' | 'app/notes-for-tab' |
  'app/notes-all' | 'app/note-edit' | 'app/note-delete' | 'app/note-restore' | 'app/notes-export' | 'app/notes-import' |
  'app/notes-clear' | 'app/note-reveal' | 'app/notes-import-batch' | 'app/notes-page'

async function notesOfTab(tabId: number): Promise<Result<Note[]>> {
  const state = await getTabState(tabId)
  const ref = storyRefOfState(state)
  if (!ref) return ok([])
  const r = await (await getNoteStore()).forStory(ref)
  return r.ok ? ok(notesForTab(r.value.notes, state)) : r
}

/** A note of this tab's story, or an error: a content script may touch no other note. */
async function ownNote(tabId: number, id: string): Promise<Result<Note>> {
  const notes = await notesOfTab(tabId)
  if (!notes.ok) return notes
  const note = notes.value.find((n) => n.id === id)
  return note ? ok(note) : fail('forbidden', 'that note is not on the story in this tab')
}

async function edit(id: string, text: string, tags: string[]): Promise<Result<Note>> {
  const store = await getNoteStore()
  const current = await store.get(id)
  if (!current.ok) return current
  const next = editNote(current.value, { text, tags })
  if (!next.ok) return next
  const saved = await withRoomForNote(getMemory, () => store.put(next.value))
  if (saved.ok) await notifyStoryTabs(saved.value.target)
  return saved
}

/** Tells the tabs of each story that got notes, once per story (not once per note). */
async function notifyImported(notes: readonly Note[]): Promise<void> {
  const refs = new Map<string, StoryRef>()
  for (const n of notes) refs.set(storyRefOf(n), n.target)
  await notifyStoriesTabs([...refs.values()])
}

/** An import outcome as the reply counts it: copies are counted apart from notes stored under their own id. */
function counted(o: ImportOutcome) {
  return { imported: o.imported.length - o.copies.length, copies: o.copies.length, skipped: o.skipped, failed: o.failed }
}

async function remove(id: string): Promise<Result<Note | null>> {
  const removed = await (await getNoteStore()).remove(id)
  if (removed.ok && removed.value) await notifyStoryTabs(removed.value.target)
  return removed
}

export const notesHandlers: Pick<HandlerTable, NotesTypes> = {
  async 'page/notes'(_msg, from) {
    if (from.kind !== 'page') return fail('forbidden', 'page/notes comes from content scripts')
    return notesOfTab(from.tabId)
  },
  async 'page/save-note'(msg, from) {
    if (from.kind !== 'page') return fail('forbidden', 'page/save-note comes from content scripts')
    const state = await getTabState(from.tabId)
    if (state.status !== 'ready') return fail('not-found', 'this tab has no analysed story to note')
    const store = await getNoteStore()
    // A retry of a save whose reply was lost (the worker stopped): the note is already there.
    const existing = await store.get(msg.id)
    if (existing.ok) {
      const own = await ownNote(from.tabId, msg.id)
      return own.ok ? own : fail('forbidden', 'that note id is taken')
    }
    // The story as the tab can prove it: a stated URL or key on another site is not believed.
    const ref = storyRefOfState(state)!
    const note = createNote({
      source: ref.source, storyKey: ref.storyKey, selector: msg.selector, text: msg.text, tags: msg.tags,
      entityId: msg.entityId, story: { title: state.story.title, site: state.story.site, published: state.story.published },
    }, { uuid: () => msg.id.slice('urn:uuid:'.length) })
    if (!note.ok) return note
    const saved = await withRoomForNote(getMemory, () => store.put(note.value))
    if (saved.ok) await notifyStoryTabs(saved.value.target)
    return saved
  },
  async 'page/edit-note'(msg, from) {
    if (from.kind !== 'page') return fail('forbidden', 'page/edit-note comes from content scripts')
    const own = await ownNote(from.tabId, msg.id)
    return own.ok ? edit(msg.id, msg.text, msg.tags) : own
  },
  async 'page/delete-note'(msg, from) {
    if (from.kind !== 'page') return fail('forbidden', 'page/delete-note comes from content scripts')
    const own = await ownNote(from.tabId, msg.id)
    if (!own.ok) {
      // A delete sent again (its reply was lost): the note is gone already, and its copy is kept.
      const copy = await getUndoStash().kept(msg.id, from.tabId)
      return copy ? ok(copy) : own
    }
    // The copy for Undo first: a delete whose copy cannot be kept is not made.
    const kept = await getUndoStash().keep(own.value, from.tabId)
    return kept.ok ? remove(msg.id) : kept
  },
  async 'page/restore-note'(msg, from) {
    if (from.kind !== 'page') return fail('forbidden', 'page/restore-note comes from content scripts')
    const state = await getTabState(from.tabId)
    const store = await getNoteStore()
    const restored = await getUndoStash().restore(msg.id, from.tabId, async (note) => {
      if (notesForTab([note], state).length === 0) return { ok: false, error: { code: 'not-found', message: 'That note is not on the story in this tab.' } }
      // Already back (a resent Undo): leave it as it is.
      const current = await store.get(note.id)
      return current.ok ? current : withRoomForNote(getMemory, () => store.put(note))
    })
    if (restored.ok) await notifyStoryTabs(restored.value.target)
    else if (restored.error.code === 'not-found') {
      // An Undo sent again (its reply was lost): the note is back already.
      const own = await ownNote(from.tabId, msg.id)
      if (own.ok) return own
    }
    return restored
  },

  async 'app/notes-for-tab'(msg) {
    const notes = await notesOfTab(msg.tabId)
    return notes.ok ? ok({ notes: notes.value, story: await withStoryText(msg.tabId, await getTabState(msg.tabId)) }) : notes
  },
  async 'app/notes-all'() {
    const r = await (await getNoteStore()).all()
    return r.ok ? ok({ notes: r.value.notes, invalid: r.value.invalid.length }) : r
  },
  async 'app/note-edit'(msg) {
    return edit(msg.id, msg.text, msg.tags)
  },
  async 'app/note-delete'(msg) {
    return remove(msg.id)
  },
  async 'app/note-restore'(msg) {
    const note = readNote(msg.note)
    if (!note.ok) return note
    const store = await getNoteStore()
    const saved = await withRoomForNote(getMemory, () => store.put(note.value))
    if (saved.ok) await notifyStoryTabs(saved.value.target)
    return saved
  },
  async 'app/notes-export'(msg) {
    // In id order, page by page, as the options page builds its export.
    const store = await getNoteStore()
    const notes: Note[] = []
    let cursor: string | null = null
    do {
      const r = await store.page(cursor, MAX_PAGE)
      if (!r.ok) return r
      notes.push(...r.value.notes)
      cursor = r.value.next
    } while (cursor !== null)
    const now = new Date().toISOString()
    return ok(msg.format === 'jsonld' ? exportWebAnnotations(notes, now) : exportMarkdown(notes, now))
  },
  async 'app/notes-import'(msg) {
    const parsed = parseImport(msg.text)
    if (!parsed.ok) return parsed
    const outcome = await (await getNoteStore()).importNotes(parsed.value.notes)
    if (!outcome.ok) return outcome
    const done = new Set(outcome.value.imported)
    await notifyImported(parsed.value.notes.filter((n) => done.has(n.id)))
    return ok({ ...counted(outcome.value), rejected: parsed.value.rejected })
  },
  async 'app/notes-import-batch'(msg) {
    const outcome = await (await getNoteStore()).importBatch(msg.batchId, msg.notes)
    if (!outcome.ok) return outcome
    const done = new Set([...outcome.value.imported, ...outcome.value.copies.map((c) => c.from)])
    await notifyImported(msg.notes.map((n) => readNote(n)).flatMap((r) => (r.ok && done.has(r.value.id) ? [r.value] : [])))
    return ok(counted(outcome.value))
  },
  async 'app/notes-page'(msg) {
    const store = await getNoteStore()
    const total = msg.cursor === null ? await store.count() : null
    if (total && !total.ok) return total
    const r = await store.page(msg.cursor, msg.limit)
    return r.ok ? ok({ notes: r.value.notes, invalid: r.value.invalid.length, next: r.value.next, total: total?.ok ? total.value : null }) : r
  },
  async 'app/notes-clear'() {
    return await (await getNoteStore()).clear()
  },
  async 'app/note-reveal'(msg) {
    return ok(await sendToTab(msg.tabId, { type: 'tab/reveal-note', id: msg.id }))
  },
}
