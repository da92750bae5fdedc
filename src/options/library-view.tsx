// The notes library in the options page: every stored note (orphans included: anchoring is the
// popup's business, the library never hides a note), full-text search and filters by site, tag
// and entity, editing in place, delete with undo, and export / import / delete all below.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { send } from '../platform/send.ts'
import { browser } from '../platform/browser.ts'
import { noteIdOfKey } from '../notes/storage-keys.ts'
import type { Note } from '../notes/schema.ts'
import { readNote } from '../notes/migrate.ts'
import { createLibraryIndex, type LibraryFilters, type LibraryIndex } from '../notes/library-search.ts'
import { NoteItem } from './library-note.tsx'
import { useSyncStatus } from './use-sync-status.ts'
import { LibraryTransfer } from './library-transfer.tsx'
import { count, entityLabel, progressLabel } from './library-format.ts'
import { readAllNotes } from './notes-transfer.ts'

/** Notes rendered at first and per "Show more": thousands of notes would slow the page down. */
const PAGE_SIZE = 100
/** Deleted notes kept for Undo, most recent last. */
const UNDO_DEPTH = 20
/** Quiet time after a change to stored notes before the library applies it: one update per burst of writes. */
const RELOAD_AFTER_MS = 250

interface Library { index: LibraryIndex; total: number; invalid: number; generation: number }

type FilterKey = keyof LibraryFilters

export function LibraryView() {
  const [library, setLibrary] = useState<Library | null>(null)
  const [loadError, setLoadError] = useState('')
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<LibraryFilters>({})
  const [shown, setShown] = useState(PAGE_SIZE)
  const [deleted, setDeleted] = useState<Note[]>([])
  const [message, setMessage] = useState<{ text: string; error: boolean }>({ text: '', error: false })
  const [reloads, setReloads] = useState(0)
  const [loading, setLoading] = useState<{ done: number; total: number } | null>(null)
  /** An import or delete-all is running: storage changes are ours, one reload follows at the end. */
  const transferring = useRef(false)
  const undoButton = useRef<HTMLButtonElement>(null)
  const searchInput = useRef<HTMLInputElement>(null)
  const focusUndo = useRef(false)

  useEffect(() => {
    let live = true
    // Page by page through the store's id directory, with progress for a big library.
    void readAllNotes(send, (p) => { if (live) setLoading(p) }).then((r) => {
      if (!live) return
      setLoading(null)
      if (!r.ok) { setLoadError(`The notes could not be read: ${r.message}`); return }
      setLoadError('')
      setLibrary((old) => ({ index: createLibraryIndex(r.notes), total: r.notes.length,
        invalid: r.invalid, generation: (old?.generation ?? 0) + 1 }))
    })
    return () => { live = false }
  }, [reloads])
  // A note taken, edited or deleted in a tab while this page is open shows up here too, from the
  // change itself (storage.onChanged carries the new value): no reading of every note again. Our
  // own writes come back this way as well; applying them twice is harmless (an open editor keeps
  // its text). During an import or delete-all here, changes are left to the one reload after it.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const pending = new Map<string, unknown>() // note id → its new stored value (undefined: removed)
    const apply = () => {
      const changes = [...pending]
      pending.clear()
      let unreadable = false
      setLibrary((lib) => {
        if (!lib) return lib
        for (const [id, value] of changes) {
          if (value === undefined) { lib.index.remove(id); continue }
          const note = readNote(value)
          if (note.ok && note.value.id === id) lib.index.upsert(note.value)
          else unreadable = true
        }
        return { ...lib, total: lib.index.size(), generation: lib.generation + 1 }
      })
      // An item that is not a readable note: read everything again, so it is counted as invalid.
      if (unreadable) setReloads((n) => n + 1)
    }
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || transferring.current) return
      let any = false
      for (const [key, change] of Object.entries(changes)) {
        const id = noteIdOfKey(key)
        if (id === null) continue
        pending.set(id, change?.newValue)
        any = true
      }
      if (!any) return
      clearTimeout(timer)
      timer = setTimeout(apply, RELOAD_AFTER_MS)
    }
    browser.storage.onChanged.addListener(onChanged)
    return () => { clearTimeout(timer); browser.storage.onChanged.removeListener(onChanged) }
  }, [])
  useEffect(() => {
    if (focusUndo.current && deleted.length > 0) { focusUndo.current = false; undoButton.current?.focus() }
  }, [deleted])

  /** Applies a change to the index and re-renders (the index is mutable; the generation is not). */
  const changed = (fn: (index: LibraryIndex) => void, delta = 0) => setLibrary((lib) => {
    if (!lib) return lib
    fn(lib.index)
    return { ...lib, total: lib.total + delta, generation: lib.generation + 1 }
  })

  const syncStatus = useSyncStatus()
  const localOnly = useMemo(() => new Set(syncStatus?.localOnly ?? []), [syncStatus])
  const results = useMemo(() => (library ? library.index.search(query, filters) : []), [library, query, filters])
  const facets = useMemo(() => library?.index.facets(), [library])
  useEffect(() => setShown(PAGE_SIZE), [query, filters])

  const setFilter = (key: FilterKey, value: string) =>
    setFilters((f) => { const next = { ...f }; if (value) next[key] = value; else delete next[key]; return next })

  const save = async (note: Note, text: string, tags: string[]): Promise<string | null> => {
    const r = await send({ type: 'app/note-edit', id: note.id, text, tags })
    if (!r.ok) return `Not saved: ${r.error.message}`
    changed((index) => index.upsert(r.value))
    setMessage({ text: 'Note saved.', error: false })
    return null
  }
  const remove = async (note: Note) => {
    const r = await send({ type: 'app/note-delete', id: note.id })
    if (!r.ok) { setMessage({ text: `Not deleted: ${r.error.message}`, error: true }); return }
    changed((index) => index.remove(note.id), -1)
    // The store hands back what it removed; keep that (or our copy) so Undo puts it back as it was.
    focusUndo.current = true
    setDeleted((d) => [...d, r.value ?? note].slice(-UNDO_DEPTH))
    setMessage({ text: `Deleted the note on “${note.story.title || note.target.source}”.`, error: false })
  }
  const undo = async () => {
    const note = deleted.at(-1)
    if (!note) return
    const r = await send({ type: 'app/note-restore', note: note as unknown as Record<string, unknown> })
    if (!r.ok) { setMessage({ text: `Not restored: ${r.error.message}`, error: true }); return }
    setDeleted((d) => d.slice(0, -1))
    changed((index) => index.upsert(r.value), 1)
    setMessage({ text: `Restored the note on “${r.value.story.title || r.value.target.source}”.`, error: false })
    if (deleted.length === 1) searchInput.current?.focus()
  }

  const filterSelect = (key: FilterKey, label: string, options: Array<{ value: string; count: number }>, show: (v: string) => string) => {
    const current = filters[key]
    // A filter whose last note was deleted keeps its option, so the select never shows a blank.
    const all = current && !options.some((o) => o.value === current) ? [...options, { value: current, count: 0 }] : options
    return (
      <span class="library-filter">
        <label for={`library-${key}`}>{label} </label>
        <select id={`library-${key}`} value={current ?? ''} onChange={(e) => setFilter(key, (e.target as HTMLSelectElement).value)}>
          <option value="">all</option>
          {all.map((o) => <option value={o.value}>{show(o.value)} ({o.count})</option>)}
        </select>
      </span>
    )
  }

  const filtered = query.trim() !== '' || Object.keys(filters).length > 0
  return (
    <section aria-labelledby="library-title" data-section="library">
      <h2 id="library-title">Notes</h2>
      <p class="muted">Every note you took while reading, with the passage it is on. They are stored on this machine only.</p>
      {loadError && <p class="message error" role="alert">{loadError}</p>}
      {library && library.invalid > 0 && (
        <p class="message error" data-invalid>{library.invalid} stored {library.invalid === 1 ? 'item' : 'items'} could not be
          read as notes. {library.invalid === 1 ? 'It is' : 'They are'} kept untouched, in case a newer Gloss can read {library.invalid === 1 ? 'it' : 'them'}.</p>
      )}
      <p role="status" class={message.error ? 'message error' : 'message'} data-library-status>{message.text}</p>
      {deleted.length > 0 && (
        <p class="library-undo">
          <button type="button" ref={undoButton} onClick={undo} data-undo>Undo delete</button>
          <span class="muted"> {deleted.length === 1 ? 'Restores the note you deleted.' : `Restores the last of ${deleted.length} deleted notes.`}</span>
        </p>
      )}
      {library && (
        <>
          <form class="library-search" role="search" onSubmit={(e) => e.preventDefault()}>
            <span class="library-filter">
              <label for="library-q">Search notes </label>
              <input id="library-q" ref={searchInput} type="search" placeholder="Words from a note, a passage, a title…" value={query}
                onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
            </span>
            {facets && filterSelect('site', 'Site', facets.sites, (v) => v)}
            {facets && filterSelect('tag', 'Tag', facets.tags, (v) => `#${v}`)}
            {facets && facets.entities.length > 0 && filterSelect('entityId', 'About', facets.entities, entityLabel)}
            {filtered && <button type="button" onClick={() => { setQuery(''); setFilters({}) }}>Show all</button>}
          </form>
          <p class="muted" data-library-count>
            {filtered ? `${count(results.length)} of ${count(library.total)} ${library.total === 1 ? 'note' : 'notes'}`
              : `${count(library.total)} ${library.total === 1 ? 'note' : 'notes'}`}
          </p>
          {library.total === 0 && <p>No notes yet. Select text in a story and press “Note” to write one.</p>}
          {library.total > 0 && results.length === 0 && <p>No note matches.</p>}
          <ul class="library-notes">
            {results.slice(0, shown).map((n) => (
              <NoteItem key={n.id} note={n} onSave={save} onDelete={remove}
                onTag={(t) => setFilter('tag', t)} localOnly={localOnly.has(n.id)} />
            ))}
          </ul>
          {results.length > shown && (
            <p><button type="button" onClick={() => setShown((s) => s + PAGE_SIZE)}>Show more ({results.length - shown} left)</button></p>
          )}
          <LibraryTransfer total={library.total} onChanged={() => { setDeleted([]); setReloads((n) => n + 1) }}
            onBusy={(busy) => { transferring.current = busy }} />
        </>
      )}
      {!library && !loadError && <p data-library-loading>{loading && loading.total > 0 ? progressLabel('Loading notes', loading.done, loading.total) : 'Loading notes…'}</p>}
    </section>
  )
}
