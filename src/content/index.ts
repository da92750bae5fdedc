// The content script: finds the story, asks the background to analyse it, paints the marks and
// answers the background's requests about this tab. It stays quiet on pages that are not
// stories. Every listener hangs on one AbortController, so teardown is one abort().
//
// It runs at document_start only to install the event shield (./shield.ts) before any page
// script can listen; everything else waits for the document to be parsed, as at document_idle.
// First: its module evaluation is the content script's start for the first-highlight measure.
import { highlightsPainted } from './first-highlight.ts'
import { browser, type Runtime } from '../platform/browser.ts'
import { send } from '../platform/send.ts'
import * as v from 'valibot'
import { MAX_TEXT_CHARS, TabMessageSchema, type MemoryByEntity, type PageSettingsValue, type StoryAnalysis, type TabMessage } from '../protocol/messages.ts'
import { detectStory } from '../page/detect-story.ts'
import { marksOf, type Mark } from './mentions.ts'
import { clearHighlights, installHighlightStyle, paintFocus, paintHighlights, rangeOf, darkStoryText, type PaintTarget } from './paint-highlights.ts'
import { buildCards, type Card } from '../ui/card-model.ts'
import { dateHoverCard, entityHoverCard, HOVER_QUOTE_CHARS } from '../ui/hover-card-model.ts'
import { revealRange } from './reveal.ts'
import { markUnderPoint } from './find-mark.ts'
import { hideHoverCard, hoverCardAt, hoverCardShows, showHoverCard, type CardActions } from './hover-card.ts'
import { watchStory } from './watch-story.ts'
import { hasUi, innerTarget, isOurs, uiHost, uiRoot } from './ui-host.ts'
import { installShield } from './shield.ts'
import { trackReading, type ReadTracker } from './read-tracker.ts'
import { storyKey } from '../page/story-key.ts'
import { statedUrls } from '../page/stated-urls.ts'
import { capText } from '../page/cap-text.ts'
import { keepStoryText } from './story-text.ts'
import { hoverNote, noteOnPassage, openNoteByKeyboard, pointerOnNoteCard, showNoteButton, noteOnSelection, refreshNotes, repaintNotes, revealNote,
  watchSelection, type NotesContext } from './notes-controller.ts'

interface Painted {
  analysis: StoryAnalysis
  marks: Mark[]
  target: PaintTarget
  settings: PageSettingsValue
  visible: boolean
  cursor: number
  /** The analysed text and headline, for the hover cards. */
  text: string
  title: string
  /** The hover cards' data, built on the first hover (not while the page paints). */
  cards: Map<string, Card> | null
  /** Facts lines of the places, by entity id, as the background sent them. */
  places: Record<string, string>
  /** The story's text colour when it sits on a dark background (the dark variant of the rules), else null. */
  darkText: string | null
}

let painted: Painted | null = null
/** What the reading memory knows of this story's entities (for the hover card). */
let memory: MemoryByEntity = {}
const notes: NotesContext = { doc: document, body: () => painted?.target.body ?? null }
/** Debounce for repainting note boxes after a resize. */
const RESIZE_DEBOUNCE_MS = 150
/** What was last sent, so a mutation that leaves the story as it was costs no message. */
let lastSent = ''
/** The read rule for the current story; a new story (SPA navigation) starts a new one. */
let reading: { tracker: ReadTracker; controller: AbortController } | null = null

function startReading(signal: AbortSignal): ReadTracker {
  reading?.controller.abort()
  const controller = new AbortController()
  signal.addEventListener('abort', () => controller.abort(), { once: true })
  const tracker = trackReading(document, () => void send({ type: 'page/read' }), controller.signal)
  reading = { tracker, controller }
  return tracker
}

async function start(signal: AbortSignal): Promise<void> {
  // Listening starts before the story is read: a reader who selects text while the notes are still
  // on their way gets the Note button as soon as the story is painted.
  watchPointer(signal)
  watchSelection(notes, signal)
  if (await readStory(signal) === 'off') return
  let resizeTimer: ReturnType<typeof setTimeout> | undefined
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer)
    resizeTimer = setTimeout(() => repaintNotes(notes), RESIZE_DEBOUNCE_MS)
  }, { signal })
  watchStory(document, (node) => hasUi() && isOurs(node), (reason) => {
    if (reason === 'url') { closeCard(); painted = null; lastSent = ''; clearHighlights() }
    void readStory(signal).catch(() => {})
  }, signal)
}


/** Finds the story, and when it is new or changed, has it analysed and paints it. 'off' when Gloss
 *  is off on this site (nothing more is watched then). */
async function readStory(signal: AbortSignal): Promise<'off' | 'done'> {
  const url = location.href
  // The cheap look first (detect-story.ts): a page the page-type classifier calls a product page, a
  // listing, a service page… is decided before findStory runs, and nothing of it is sent for analysis.
  const found = detectStory(document, { url })
  if (!found.ok) {
    if (lastSent !== 'none:' + url) {
      lastSent = 'none:' + url
      painted = null
      clearHighlights()
      await send({ type: 'page/no-story', url, reason: found.reason })
    }
    return 'done'
  }
  // The host exists on every story page, notes or none: its presence must not tell the page
  // whether the reader annotated this story.
  uiRoot(document)
  const key = `${url}\n${found.story.title}\n${found.story.text}`
  const target: PaintTarget = { title: found.titleMap, body: found.textMap }
  if (key === lastSent && painted) {
    // Same story, but the page may have re-rendered its nodes: re-map the ranges.
    painted.target = target
    if (painted.visible) paintHighlights(painted.marks, target, painted.settings)
    repaintNotes(notes)
    return 'done'
  }
  const sameStory = lastSent.startsWith(url + '\n')
  lastSent = key
  const tracker = sameStory && reading ? reading.tracker : startReading(signal)
  // A story past the cap is analysed in its first part; the background tells the reader how much.
  const text = capText(found.story.text, MAX_TEXT_CHARS)
  keepStoryText(text, signal)
  const reply = await send({ type: 'page/story', url, key: storyKey(statedUrls(document, url)),
    story: withoutText(found.story), text, total: found.story.text.length })
  if (!reply.ok || signal.aborted || lastSent !== key) return 'done'
  // Off on this site: the background kept nothing and says so in the tab's state.
  if ('off' in reply.value) { clearHighlights(); return 'off' }
  // The reader's settings for this site come with the analysis: one round trip to the first paint.
  const { analysis, places, settings } = reply.value
  const darkText = darkStoryText(document, target)
  painted = { analysis, marks: marksOf(analysis), target, settings, visible: painted?.visible ?? true, cursor: -1,
    text, title: found.story.title ?? '', cards: null, places, darkText }
  // Each story anew: a single-page site may go from a dark story to a light one.
  installHighlightStyle(document, settings.colours, darkText)
  if (painted.visible) {
    paintHighlights(painted.marks, target, settings)
    highlightsPainted()
  }
  tracker.analysed()
  showNoteButton(notes) // a selection made before the story was painted
  await refreshNotes(notes, signal)
  const remembered = await send({ type: 'page/memory' })
  memory = remembered.ok ? remembered.value : {}
  return 'done'
}

function withoutText<T extends { text: string }>(story: T): Omit<T, 'text'> {
  const { text: _text, ...meta } = story
  return meta
}

/** Hide the card this long after the pointer leaves both the mention and the card. */
const HIDE_DELAY_MS = 300

const cardActions: CardActions = {
  showInPopup: (mark) => void send({ type: 'page/open-popup', focus: mark.kind === 'date' ? null : mark.ref }),
  addNote: (mark) => {
    if (!painted) return
    closeCard()
    // Notes are taken on the body: a headline mark notes the entity's first mention in the body.
    const body = mark.part === 'body' ? mark
      : painted.marks.find((m) => m.part === 'body' && m.ref === mark.ref && m.kind === mark.kind)
    if (body) noteOnPassage(notes, body.start, body.end, mark.kind === 'date' ? null : mark.ref)
  },
}

function openCard(index: number): void {
  if (!painted) return
  const mark = painted.marks[index]
  if (hoverCardShows(mark)) return
  const range = rangeOf(mark, painted.target)
  if (!range) return
  let model
  if (mark.kind === 'date') {
    model = dateHoverCard(mark.ref, range.toString().replace(/\s+/g, ' ').trim())
  } else {
    const { analysis, text, title } = painted
    painted.cards ??= new Map(buildCards(analysis, text, title, analysis.sentences, HOVER_QUOTE_CHARS).map((c) => [c.id, c]))
    const card = painted.cards.get(mark.ref)
    if (!card) return
    model = entityHoverCard(card, memory[mark.ref], painted.places[mark.ref])
  }
  showHoverCard(document, mark, range, model, cardActions)
  // Every mention of the thing lights up while its card is open.
  paintFocus(painted.marks, painted.target, painted.settings, mark.key)
}

/** Closes the hover card and puts the lights of its thing out. */
function closeCard(): void {
  hideHoverCard()
  if (painted) paintFocus(painted.marks, painted.target, painted.settings, null)
}

/** Hover: hit-test the marks under the pointer at most once a frame. */
function watchPointer(signal: AbortSignal): void {
  let pending = false
  let last = { x: 0, y: 0, target: null as EventTarget | null }
  let hideTimer: ReturnType<typeof setTimeout> | undefined
  const check = () => {
    pending = false
    if (!painted || !painted.visible) return
    if (hoverCardAt(last.x, last.y)) { clearTimeout(hideTimer); return }
    // Over Gloss's own UI (the note button, the editor): the reader has gone on to it, so the card
    // closes at once rather than stay over what they are using, and none opens beneath.
    if (last.target instanceof Node && isOurs(last.target)) { clearTimeout(hideTimer); closeCard(); return }
    // On a note's card, which takes no pointer events until now (note-hover.ts): it stays, and no
    // entity card stays or opens over it (the reader is on Gloss's UI: docs/architecture.md, threat model).
    if (pointerOnNoteCard(last.x, last.y)) { clearTimeout(hideTimer); closeCard(); return }
    const i = markUnderPoint(document, last.x, last.y, painted.marks, painted.target)
    if (i >= 0 && painted.settings.kinds[painted.marks[i].kind]) {
      clearTimeout(hideTimer)
      openCard(i)
      hoverNote(notes, -1, -1)
    } else {
      // Over a note or not, the entity card goes the same way, so its timing tells the page
      // nothing about where notes are.
      hoverNote(notes, last.x, last.y)
      clearTimeout(hideTimer)
      // A grace period, so the pointer can travel from the mention to its card.
      hideTimer = setTimeout(closeCard, HIDE_DELAY_MS)
    }
  }
  document.addEventListener('pointermove', (e) => {
    // A page can dispatch pointer events of its own to probe where our cards open: only the
    // reader's own pointer counts.
    if (!e.isTrusted) return
    last = { x: e.clientX, y: e.clientY, target: e.composedPath()[0] ?? null }
    if (!pending) { pending = true; requestAnimationFrame(check) }
  }, { passive: true, signal })
  // Leaving the page (to the browser's toolbar, another window) sends no pointermove.
  document.documentElement.addEventListener('pointerleave', (e) => {
    if (!e.isTrusted) return
    clearTimeout(hideTimer)
    hideTimer = setTimeout(closeCard, HIDE_DELAY_MS)
  }, { signal })
  document.addEventListener('keydown', (e) => { if (e.isTrusted && e.key === 'Escape') closeCard() }, { signal })
  signal.addEventListener('abort', () => { clearTimeout(hideTimer); closeCard() })
}

async function onTabMessage(msg: TabMessage, signal: AbortSignal): Promise<boolean> {
  if (!painted) return false
  switch (msg.type) {
    case 'tab/notes-changed':
      await refreshNotes(notes, signal)
      return true
    case 'tab/new-note':
      // Add a note with nothing selected: the reader's note here, if there is one (note-keyboard.ts).
      return noteOnSelection(notes) || openNoteByKeyboard(notes, null)
    case 'tab/open-note':
      return openNoteByKeyboard(notes, msg.id)
    case 'tab/reveal-note':
      return revealNote(notes, msg.id)
    case 'tab/reveal': {
      const range = rangeOf(msg, painted.target)
      if (range) revealRange(range)
      return range !== null
    }
    case 'tab/toggle-highlights':
      painted.visible = !painted.visible
      if (painted.visible) paintHighlights(painted.marks, painted.target, painted.settings)
      else clearHighlights()
      return true
    case 'tab/move': {
      const n = painted.marks.length
      if (n === 0) return false
      painted.cursor = msg.direction === 'next'
        ? (painted.cursor + 1) % n
        : (painted.cursor - 1 + n) % n
      const range = rangeOf(painted.marks[painted.cursor], painted.target)
      if (range) {
        revealRange(range)
        openCard(painted.cursor)
      }
      return true
    }
    case 'tab/settings-changed': {
      const s = await send({ type: 'page/settings', url: location.href })
      if (!s.ok) return false
      painted.settings = s.value
      installHighlightStyle(document, s.value.colours, painted.darkText)
      if (!s.value.enabled) clearHighlights()
      else if (painted.visible) paintHighlights(painted.marks, painted.target, s.value)
      return true
    }
  }
}

// First thing, before any page script runs: no event of Gloss's UI reaches a page listener.
installShield(window, { host: uiHost, inner: innerTarget })

/** Resolves once the document is parsed. Listened for on window in the capture phase, where our
 *  listener (registered at document_start) runs before any page listener could stop the event. */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve()
  return new Promise((resolve) => window.addEventListener('DOMContentLoaded', () => resolve(), { capture: true, once: true }))
}

const controller = new AbortController()
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only our own background talks to us; pages cannot reach this listener at all.
  if (sender.id !== browser.runtime.id) return undefined
  const parsed = v.safeParse(TabMessageSchema, raw)
  if (!parsed.success) return undefined
  return onTabMessage(parsed.output, controller.signal).catch(() => false)
})
void parsed().then(() => start(controller.signal)).catch(() => {
  // A page that throws inside detection must not leave an unhandled rejection; say so instead.
  void send({ type: 'page/no-story', url: location.href, reason: 'Gloss could not read this page' })
})
