// The one typed protocol between Gloss's contexts. Every request is a discriminated union member
// on `type`, with a valibot schema checked where it arrives; every reply is a Result, never a
// thrown error. Direction is in the name: `page/*` come from content scripts about their own tab,
// `app/*` come from extension pages (popup, options) and are privileged, `tab/*` go from the
// background to a content script.
import * as v from 'valibot'
import type { EntityType } from '../engine/types.ts'
import type { StoryAnalysis } from '../engine/story-analysis.ts'
import type { StoryMeta } from '../page/types.ts'
import { SelectorsSchema, type Note } from '../notes/schema.ts'
import type { MemoryByEntity, MemorySettings, RememberedStory, StorageFull } from '../memory/answers.ts'
import type { PageSettingsValue, Settings } from '../settings.ts'
import type { Card, TimelineItem } from '../ui/card-model.ts'

// Types the replies carry, declared in the layer that makes them; named here too so that a
// context finds every type of the protocol in one place.
export type { StoryAnalysis } from '../engine/story-analysis.ts'
export type { MemoryByEntity, MemorySettings, RememberedStory, StorageFull } from '../memory/answers.ts'
export { HighlightKinds, type HighlightKind, type PageSettingsValue } from '../settings.ts'

// ---- results -------------------------------------------------------------------------------

import type { Result } from './result.ts'
export { ok, fail, type ErrorCode, type GlossError, type Result } from './result.ts'

// ---- shared payload schemas ------------------------------------------------------------------

// Limits that keep one hostile page from filling memory or storage.

/**
 * The most story text Gloss analyses. A longer story is cut at a sentence or word boundary before
 * this (src/page/cap-text.ts) and the popup tells the reader how much was read. A million
 * characters is about 170,000 words, far beyond any news story; the engine reads it in 1.6–3.6 s
 * on this project's busy 2-core machine, the reply's analysis is about 1.2 MB of JSON and the
 * heap stays near 100 MB (docs/tab-state.md). Twice that doubles all three for pages no reader
 * reads to the end.
 */
export const MAX_TEXT_CHARS = 1_000_000
const MAX_URL = 8_192
const MAX_SHORT = 2_048

const Url = v.pipe(v.string(), v.maxLength(MAX_URL))
const Short = v.pipe(v.string(), v.maxLength(MAX_SHORT))
const NullableShort = v.nullable(Short)
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0))
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0))

export const StoryMetaSchema = v.object({
  title: NullableShort,
  byline: v.pipe(v.array(Short), v.maxLength(50)),
  published: NullableShort,
  modified: NullableShort,
  site: NullableShort,
  url: v.nullable(Url),
  lang: NullableShort,
})


// ---- requests: content script → background (about its own tab only) -------------------------

const PageStory = v.object({
  type: v.literal('page/story'),
  url: Url,
  /** One key for the story under all its URLs (src/page/story-key.ts); null when none is usable. */
  key: v.nullable(Short),
  story: StoryMetaSchema,
  /** The story text, cut at MAX_TEXT_CHARS when longer. */
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS)),
  /** The whole story's length before any cut (UTF-16 code units). */
  total: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
})
const PageNoStory = v.object({ type: v.literal('page/no-story'), url: Url, reason: Short })
const PageSettings = v.object({ type: v.literal('page/settings'), url: Url })
/** The read rule fired: the story was analysed and visible long enough to be remembered. */
const PageRead = v.object({ type: v.literal('page/read') })
/** Memory for the hover card: the other stories this tab's entities appeared in. */
const PageMemory = v.object({ type: v.literal('page/memory') })
/** Notes: a content script reads and writes only the notes of the story in its own tab. */
const NoteText = v.pipe(v.string(), v.maxLength(100_000))
const Tags = v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(50))
const NoteId = v.pipe(v.string(), v.regex(/^urn:uuid:[0-9a-f-]{36}$/))
const PageNotes = v.object({ type: v.literal('page/notes') })
/** `id` is made by the content script, so a save retried after a stopped worker is the same note, not a copy. */
const PageSaveNote = v.object({ type: v.literal('page/save-note'), id: NoteId, selector: SelectorsSchema, text: NoteText, tags: Tags,
  entityId: v.nullable(Short) })
const PageEditNote = v.object({ type: v.literal('page/edit-note'), id: NoteId, text: NoteText, tags: Tags })
/** The background keeps a copy of a note deleted from a tab, so that tab's Undo can put it back (page/restore-note). */
const PageDeleteNote = v.object({ type: v.literal('page/delete-note'), id: NoteId })
/** Undo of a page/delete-note from the same tab: the background puts back its own copy, never a note the page sends. */
const PageRestoreNote = v.object({ type: v.literal('page/restore-note'), id: NoteId })
/** From the hover card: open the toolbar popup on this tab, scrolled to an entity's card. */
const PageOpenPopup = v.object({ type: v.literal('page/open-popup'), focus: v.nullable(Short) })

// ---- requests: extension pages → background (privileged) -----------------------------------

/** `text: false`: without the story text (the popup's first paint needs only the view; its note
 *  list gets the text with the notes, app/notes-for-tab). */
const AppTabState = v.object({ type: v.literal('app/tab-state'), tabId: TabId, text: v.optional(v.boolean()) })
const AppReveal = v.object({
  type: v.literal('app/reveal'),
  tabId: TabId,
  part: v.picklist(['title', 'body']),
  start: Offset,
  end: Offset,
})
const AppGetSettings = v.object({ type: v.literal('app/get-settings') })
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000))
const EntityTypeSchema = v.picklist(['PER', 'ORG', 'LOC', 'MISC'])
const AppMemoryLookup = v.object({ type: v.literal('app/memory-lookup'), tabId: TabId })
const AppMemoryList = v.object({ type: v.literal('app/memory-list'), query: v.optional(Short), limit: v.optional(Count), offset: v.optional(Count) })
const AppMemoryTop = v.object({ type: v.literal('app/memory-top'), query: v.optional(Short), entityType: v.optional(EntityTypeSchema), limit: v.optional(Count) })
const AppMemoryForget = v.object({ type: v.literal('app/memory-forget'), key: Short })
const AppMemoryForgetSite = v.object({ type: v.literal('app/memory-forget-site'), site: Short })
const AppMemoryClear = v.object({ type: v.literal('app/memory-clear') })
const AppMemorySettings = v.object({ type: v.literal('app/memory-settings'), patch: v.optional(v.object({
  paused: v.optional(v.boolean()),
  excludedSites: v.optional(v.pipe(v.array(Short), v.maxLength(10_000))),
  retentionDays: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)))),
})) })
const AppMemoryExport = v.object({ type: v.literal('app/memory-export') })
const AppNotesForTab = v.object({ type: v.literal('app/notes-for-tab'), tabId: TabId })
const AppNotesAll = v.object({ type: v.literal('app/notes-all') })
const AppNoteEdit = v.object({ type: v.literal('app/note-edit'), id: NoteId, text: NoteText, tags: Tags })
const AppNoteDelete = v.object({ type: v.literal('app/note-delete'), id: NoteId })
/** Undo of a delete: the note as it was, validated again by the store. */
const AppNoteRestore = v.object({ type: v.literal('app/note-restore'), note: v.record(v.string(), v.unknown()) })
const AppNotesExport = v.object({ type: v.literal('app/notes-export'), format: v.picklist(['jsonld', 'markdown']) })
const AppNotesImport = v.object({ type: v.literal('app/notes-import'), text: v.pipe(v.string(), v.maxLength(25_000_000)) })
const AppNotesClear = v.object({ type: v.literal('app/notes-clear') })
/** Most notes in one import batch or page of notes: a few hundred keep each reply well under a second. */
export const MAX_NOTES_PER_MESSAGE = 2_000
/**
 * One batch of an import: the options page parses the file and sends its notes a few hundred at a
 * time. `batchId` (the import's id and the batch's number) makes a resent batch idempotent: the
 * background answers it with what it did the first time.
 */
const AppNotesImportBatch = v.object({ type: v.literal('app/notes-import-batch'), batchId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  notes: v.pipe(v.array(v.record(v.string(), v.unknown())), v.maxLength(MAX_NOTES_PER_MESSAGE)) })
/** A page of notes in id order after `cursor` (null: the first page, which also says how many there are). */
const AppNotesPage = v.object({ type: v.literal('app/notes-page'), cursor: v.nullable(Short),
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_NOTES_PER_MESSAGE)) })
const AppNoteReveal = v.object({ type: v.literal('app/note-reveal'), tabId: TabId, id: NoteId })
const AppWikiSummary = v.object({ type: v.literal('app/wiki-summary'), name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) })
/** How sync stands: the sync area's use, and the notes kept on this machine only. */
const AppSyncStatus = v.object({ type: v.literal('app/sync-status') })
const AppSetSettings = v.object({ type: v.literal('app/set-settings'), patch: v.record(v.string(), v.unknown()) })
/** Whether storage was found full in this browser session (src/background/storage-full.ts). */
const AppStorageFull = v.object({ type: v.literal('app/storage-full') })

export const RequestSchema = v.variant('type', [
  PageStory, PageNoStory, PageSettings, PageOpenPopup, PageRead, PageMemory,
  PageNotes, PageSaveNote, PageEditNote, PageDeleteNote, PageRestoreNote,
  AppNotesForTab, AppNotesAll, AppNoteEdit, AppNoteDelete, AppNoteRestore, AppNotesExport, AppNotesImport, AppNotesClear,
  AppNoteReveal, AppNotesImportBatch, AppNotesPage,
  AppMemoryLookup, AppMemoryList, AppMemoryTop, AppMemoryForget, AppMemoryForgetSite, AppMemoryClear,
  AppMemorySettings, AppMemoryExport, AppWikiSummary,
  AppTabState, AppReveal, AppGetSettings, AppSetSettings, AppSyncStatus, AppStorageFull,
])
export type Request = v.InferOutput<typeof RequestSchema>
export type RequestType = Request['type']
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>

/** Types a content script may send; everything else answers only extension pages. */
export const PAGE_TYPES: ReadonlySet<RequestType> = new Set(['page/story', 'page/no-story', 'page/settings', 'page/open-popup', 'page/read', 'page/memory',
  'page/notes', 'page/save-note', 'page/edit-note', 'page/delete-note', 'page/restore-note'])

// ---- state the background keeps per tab (in storage.session, so a stopped worker loses nothing)

/**
 * What the popup shows of an analysed story, computed once by the background: the cards and the
 * timeline with their quotes (src/ui/card-model.ts). Kept instead of the text and the full
 * analysis, within a byte budget per tab (src/background/tab-view.ts).
 */
export interface TabView {
  cards: Card[]
  timeline: TimelineItem[]
  reference: StoryAnalysis['reference']
  /** Cards and timeline entries left out to keep the tab's state within its budget. */
  omitted: { cards: number; dates: number }
}

export type ReadyTabState = { status: 'ready'; url: string; key: string | null; story: StoryMeta; analysedAt: string
  view: TabView
  /** A hash of the analysed text (src/store/hash.ts), to know the text again when it is asked back from the page. */
  textHash: string
  /** How much of the story was analysed: its first `chars` characters of `total`. */
  read: { chars: number; total: number }
  /** An entity whose card the popup should show first (set from the hover card). */
  focus?: string | null
  /** Never stored: the story text, added to an `app/tab-state` reply while the background holds it. */
  text?: string | null }

export type TabState =
  | { status: 'unknown' }
  | { status: 'off'; url: string }
  | { status: 'no-story'; url: string; reason: string }
  | { status: 'analysing'; url: string; story: StoryMeta; read: { chars: number; total: number } }
  | ReadyTabState
  | { status: 'error'; url: string; message: string }



// ---- replies ------------------------------------------------------------------------------

export interface WikiSummary { title: string; extract: string; url: string }
/** The opt-in online look-up's answer (src/background/wiki-summary.ts). */
export type WikiResult = { status: 'found'; summary: WikiSummary } | { status: 'none' } | { status: 'off'; reason: string }

export interface Replies {
  /** `places`: the facts line of each place the analysis names, by entity id (src/ui/place-facts.ts);
   *  `settings`: the reader's settings for the page, so the first paint takes one round trip. */
  'page/story': { analysis: StoryAnalysis; places: Record<string, string>; settings: PageSettingsValue } | { off: true }
  'page/no-story': null
  'page/settings': PageSettingsValue
  'page/open-popup': boolean
  'page/read': { recorded: boolean; reason?: string }
  'page/memory': MemoryByEntity
  'app/memory-lookup': MemoryByEntity
  'app/memory-list': { total: number; stories: RememberedStory[] }
  'app/memory-top': { name: string; type: EntityType; count: number; lastReadAt: number }[]
  'app/memory-forget': boolean
  'app/memory-forget-site': number
  'app/memory-clear': null
  'app/memory-settings': MemorySettings
  'app/memory-export': unknown
  'page/notes': Note[]
  'page/save-note': Note
  'page/edit-note': Note
  'page/delete-note': Note | null
  'page/restore-note': Note
  /** `story` with its text while the background holds it (the list anchors the notes in it). */
  'app/notes-for-tab': { notes: Note[]; story: TabState }
  'app/notes-all': { notes: Note[]; invalid: number }
  'app/note-edit': Note
  'app/note-delete': Note | null
  'app/note-restore': Note
  'app/notes-export': string
  'app/notes-import': { imported: number; copies: number; skipped: { id: string; reason: string }[]; failed: { id: string; reason: string }[];
    rejected: { index: number; id: string | null; reason: string }[] }
  'app/notes-clear': { removed: number; kept: number }
  /** What this batch did: stored under their own id, stored as copies, already stored, not saved. */
  'app/notes-import-batch': { imported: number; copies: number; skipped: { id: string; reason: string }[]; failed: { id: string; reason: string }[] }
  'app/notes-page': { notes: Note[]; invalid: number; next: string | null; total: number | null }
  'app/note-reveal': boolean
  'app/wiki-summary': WikiResult
  'app/tab-state': TabState
  'app/reveal': boolean
  'app/get-settings': Settings
  'app/set-settings': Settings
  /** null while sync is off. */
  'app/sync-status': import('../notes/sync/sync-engine.ts').SyncStatus | null
  'app/storage-full': StorageFull | null
}
export type ReplyOf<T extends RequestType> = Result<Replies[T]>

// ---- background → content script ----------------------------------------------------------------

const TabRevealMsg = v.object({ type: v.literal('tab/reveal'), part: v.picklist(['title', 'body']), start: Offset, end: Offset })
const TabToggle = v.object({ type: v.literal('tab/toggle-highlights') })
const TabMove = v.object({ type: v.literal('tab/move'), direction: v.picklist(['next', 'previous']) })
const TabSettingsChanged = v.object({ type: v.literal('tab/settings-changed') })
/** The story's notes changed (in this tab or another): fetch and repaint them. */
const TabNotesChanged = v.object({ type: v.literal('tab/notes-changed') })
/** Open the note editor on the current selection (context menu, keyboard command). */
const TabNewNote = v.object({ type: v.literal('tab/new-note') })
/** From the popup's notes list: scroll to a note and open its card, focus inside. */
const TabRevealNote = v.object({ type: v.literal('tab/reveal-note'), id: v.string() })
/** The open-note command: open the card of the note at the caret or in view (null), or the next one if a card is open; focus inside. */
const TabOpenNote = v.object({ type: v.literal('tab/open-note'), id: v.nullable(NoteId) })
export const TabMessageSchema = v.variant('type', [TabRevealMsg, TabToggle, TabMove, TabSettingsChanged, TabNotesChanged,
  TabNewNote, TabRevealNote, TabOpenNote])
export type TabMessage = v.InferOutput<typeof TabMessageSchema>
/**
 * The background asks a content script for the story text it last sent (the background keeps no
 * text in storage). Not in TabMessageSchema: src/content/story-text.ts alone answers it.
 */
export const TabStoryTextSchema = v.object({ type: v.literal('tab/story-text') })
