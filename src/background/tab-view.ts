// What a tab's state keeps of an analysed story, and how it is stored: the popup's cards and
// timeline (built once here, quotes already clipped) instead of the text and the full analysis,
// packed compactly and trimmed to a per-tab byte budget. No browser APIs: pure data in and out.
import type { ReadyTabState, StoryAnalysis, TabView } from '../protocol/messages.ts'
import { buildCards, buildTimeline, type Card, type MentionRef, type TimelineItem } from '../ui/card-model.ts'

/**
 * The most one tab's stored state may take, in bytes of its JSON (UTF-8). Stored as a string, it
 * costs Chrome a little less than that of its 10 MB session quota (235 KB for a full 256 KiB,
 * docs/tab-state.md): some forty tabs of the biggest stories fit together; the demo story takes 18 KB.
 */
export const MAX_TAB_STATE_BYTES = 256 * 1024
/** Mentions a stored card lists (the popup's buttons); the card still counts them all. */
export const MAX_CARD_MENTIONS = 300
/** Other names a stored card keeps for an entity. */
const MAX_ALIASES = 20
/** Of what the budget leaves after the story's meta, the share cards get before the timeline. */
const CARDS_SHARE = 0.7

/** The view of an analysed story: what the popup shows, nothing it does not. */
export function buildView(analysis: StoryAnalysis, text: string, title: string): TabView {
  const cards = buildCards(analysis, text, title, analysis.sentences).map((c) => ({
    ...c, mentions: c.mentions.slice(0, MAX_CARD_MENTIONS), aliases: c.aliases.slice(0, MAX_ALIASES),
  }))
  return { cards, timeline: buildTimeline(analysis, text, analysis.sentences), reference: analysis.reference, omitted: { cards: 0, dates: 0 } }
}

// ---- stored form: the view as one JSON string, mention lists packed ---------------------------
// Chrome counts a stored object's estimated memory against the session quota (2.5–3.3× its JSON
// for the cards as objects, measured), but a string at about its length: so the view is kept as
// one string, and the budget below is a budget on what Chrome counts too.

type StoredCard = Omit<Card, 'mentions'> & { mentions: string }
type StoredView = Omit<TabView, 'cards'> & { cards: StoredCard[] }
export type StoredReadyState = Omit<ReadyTabState, 'view' | 'text'> & { view: string }

/** "t0.4,b1c.d": a `t` for the headline, then start and length in base 36. */
export function packMentions(mentions: MentionRef[]): string {
  return mentions.map((m) => `${m.part === 'title' ? 't' : 'b'}${m.start.toString(36)}.${(m.end - m.start).toString(36)}`).join(',')
}

export function unpackMentions(packed: string): MentionRef[] | null {
  if (packed === '') return []
  const out: MentionRef[] = []
  for (const item of packed.split(',')) {
    const m = /^([tb])([0-9a-z]{1,11})\.([0-9a-z]{1,11})$/.exec(item)
    if (!m) return null
    const start = parseInt(m[2], 36)
    out.push({ part: m[1] === 't' ? 'title' : 'body', start, end: start + parseInt(m[3], 36) })
  }
  return out
}

const packView = (view: TabView): StoredView => ({ ...view, cards: view.cards.map((c) => ({ ...c, mentions: packMentions(c.mentions) })) })

function stored(state: ReadyTabState, view: StoredView): StoredReadyState {
  const { text: _text, view: _view, ...rest } = state
  return { ...rest, view: JSON.stringify(view) }
}

/** The state as the popup reads it; null when what storage holds is not a stored view. */
export function unpackState(raw: StoredReadyState): ReadyTabState | null {
  let view: Partial<StoredView> | null
  try {
    view = typeof raw.view === 'string' ? JSON.parse(raw.view) as Partial<StoredView> : null
  } catch {
    return null
  }
  if (!view || !Array.isArray(view.cards) || !Array.isArray(view.timeline) || !view.omitted || !view.reference) return null
  const cards: Card[] = []
  for (const c of view.cards) {
    const mentions = typeof c?.mentions === 'string' ? unpackMentions(c.mentions) : null
    if (!mentions) return null
    cards.push({ ...c, mentions })
  }
  return { ...raw, view: { ...(view as StoredView), cards } }
}

// ---- the budget ----------------------------------------------------------------------------

const encoder = new TextEncoder()
export const bytesOf = (value: unknown): number => encoder.encode(JSON.stringify(value)).length
/** What one item adds inside the view's string: its JSON, escaped once more, and a comma. */
const costOf = (item: unknown): number => bytesOf(JSON.stringify(item)) - 2 + 1

/**
 * The stored state within `maxBytes` of JSON: whole when it fits; else the most important cards
 * (the popup's order) and the earliest timeline entries that fit, the rest counted in `omitted`.
 * The story's meta, key and URL always stay: the notes of this tab need them.
 */
export function fitState(state: ReadyTabState, maxBytes = MAX_TAB_STATE_BYTES): StoredReadyState {
  const all = packView(state.view)
  const whole = stored(state, all)
  if (bytesOf(whole) <= maxBytes) return whole
  const withItems = (cards: StoredCard[], timeline: TimelineItem[]) => stored(state, { ...all, cards, timeline,
    omitted: { cards: all.omitted.cards + all.cards.length - cards.length, dates: all.omitted.dates + all.timeline.length - timeline.length } })
  // The bare state, with room kept back for the digits of what is left out.
  let room = maxBytes - bytesOf(withItems([], [])) - 16
  const take = <T>(items: T[], kept: T[], limit: number): void => {
    for (let i = kept.length; i < items.length; i++) {
      const cost = costOf(items[i])
      if (cost > limit) return
      kept.push(items[i])
      limit -= cost
      room -= cost
    }
  }
  const cards: StoredCard[] = [], timeline: TimelineItem[] = []
  take(all.cards, cards, Math.floor(room * CARDS_SHARE))
  take(all.timeline, timeline, room)
  take(all.cards, cards, room)
  let fitted = withItems(cards, timeline)
  // The costs above are exact; this only guards the arithmetic.
  while (bytesOf(fitted) > maxBytes && (cards.length > 0 || timeline.length > 0)) {
    if (timeline.length > 0) timeline.pop()
    else cards.pop()
    fitted = withItems(cards, timeline)
  }
  return fitted
}

/** The same state with no cards and no timeline: the last resort when storage refuses even the budget. */
export function bareState(state: StoredReadyState): StoredReadyState {
  const v = JSON.parse(state.view) as StoredView
  return { ...state, view: JSON.stringify({ ...v, cards: [], timeline: [],
    omitted: { cards: v.omitted.cards + v.cards.length, dates: v.omitted.dates + v.timeline.length } }) }
}
