// The notes layer's public API: the model and its schema, the store over a key-value interface,
// export and import, library search and text-fragment links. Pure: no browser APIs here.
export * from './schema.ts'
export { MIGRATIONS, migrate, readNote, validateNote, type Migration } from './migrate.ts'
export { createNote, editNote, normalizeTags, type NewNoteInput, type NoteClock, type NoteSelectors } from './note.ts'
export { ok, fail, type ErrorCode, type GlossError, type Result } from '../protocol/result.ts'
export { memoryKeyValue, type KeyValueStore } from '../store/key-value.ts'
export {
  createNoteStore, IMPORT_BATCH, MAX_PAGE, type ImportOutcome, type InvalidItem, type NoteStore, type NotesPage,
  type NotesRead, type StoryRef,
} from './note-store.ts'
export { KEY_LAYOUT_VERSION, KEY_ROOT, indexKey, noteKey, storyRefOf } from './storage-keys.ts'
export {
  annotationJson, exportFileParts, exportWebAnnotations, fromWebAnnotation, toWebAnnotation, POSITION_NOTE, type WebAnnotation,
} from './web-annotation.ts'
export { parseImport, utf8Length, type ImportParse } from './import-notes.ts'
export { escapeMarkdown, exportMarkdown } from './markdown-export.ts'
export { createLibraryIndex, type LibraryFacets, type LibraryFilters, type LibraryIndex } from './library-search.ts'
export { encodeFragmentPart, textFragmentUrl } from './text-fragment.ts'
export { canonicalJson } from './canonical.ts'
export { createUndoStash, UNDO_KEEP_MS, UNDO_KEY, UNDO_MAX_CHARS, UNDO_MAX_NOTES, type UndoStash } from './undo-stash.ts'
