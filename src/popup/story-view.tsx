// The cards for an analysed story: a header, a search box (names, dates and timeline rows) and
// type filters, one compact card per entity in order of salience with the minor names folded into
// one row at the end, and a timeline of the story's dates. The filters, the card list and the
// timeline are one Tab stop each, with arrow keys inside (src/popup/use-roving.ts), so every card
// is a few keys away. Page text is only ever rendered as text.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks'
import type { EntityType } from '../engine/types.ts'
import type { MemoryByEntity, ReadyTabState } from '../protocol/messages.ts'
import { send } from '../platform/send.ts'
import { browser } from '../platform/browser.ts'
import { setSiteOff } from './site-switch.ts'
import { filterCards, filterTimeline, TYPE_LABEL, TYPE_ORDER, type Card, type MentionRef } from '../ui/card-model.ts'
import { formatTimeMLValue } from '../ui/format-date.ts'
import { foldMinorNames } from '../ui/minor-names.ts'
import { NotesList } from './notes-list.tsx'
import { EntityCard } from './entity-card.tsx'
import { TimelineList } from './timeline-list.tsx'
import { useRoving } from './use-roving.ts'
import { cardsRendered } from './first-cards.ts'

const count = (n: number) => n.toLocaleString('en')

export function StoryView({ state, tabId }: { state: ReadyTabState; tabId: number }) {
  const { story, view } = state
  // Built by the background when the story was analysed (src/background/tab-view.ts).
  const { cards, timeline, omitted } = view
  const [memory, setMemory] = useState<MemoryByEntity>({})
  // Before the browser paints them: the measure's frame is the one that shows the cards.
  useLayoutEffect(cardsRendered, [])
  useEffect(() => {
    void send({ type: 'app/memory-lookup', tabId }).then((r) => { if (r.ok) setMemory(r.value) })
  }, [state])
  const [query, setQuery] = useState('')
  const [types, setTypes] = useState<ReadonlySet<EntityType>>(new Set(TYPE_ORDER))
  // Cards come ranked by salience (src/ui/salience.ts); the minor names go into one row at the end.
  const { cards: shown, minor } = foldMinorNames(filterCards(cards, query, types))
  const dates = filterTimeline(timeline, query)
  const filters = useRoving<HTMLDivElement>()
  const list = useRoving<HTMLDivElement>()
  const reveal = (m: MentionRef) => void send({ type: 'app/reveal', tabId, part: m.part, start: m.start, end: m.end })
  const toggle = (t: EntityType) => {
    const next = new Set(types)
    if (next.has(t)) next.delete(t)
    else next.add(t)
    setTypes(next)
  }

  return (
    <div data-state="ready">
      <header>
        <h1 class="story-title">{story.title ?? 'Untitled story'}</h1>
        <p class="story-meta muted">
          {[story.site, story.byline.join(', '), story.published ? formatTimeMLValue(story.published.slice(0, 10)) : null]
            .filter(Boolean).join(' · ')}
        </p>
      </header>
      {state.read.chars < state.read.total && (
        <p class="read-part muted" data-read="part">
          Gloss read the first {count(state.read.chars)} of {count(state.read.total)} characters of this story: names and dates
          past that point are not marked or listed here.
        </p>
      )}
      {(omitted.cards > 0 || omitted.dates > 0) && (
        <p class="muted" data-omitted={`${omitted.cards} ${omitted.dates}`}>
          This story is too large to keep every card: {[omitted.cards > 0 && `${count(omitted.cards)} less mentioned ${omitted.cards === 1 ? 'name is' : 'names are'}`,
            omitted.dates > 0 && `${count(omitted.dates)} later ${omitted.dates === 1 ? 'date is' : 'dates are'}`].filter(Boolean).join(' and ')} not shown.
        </p>
      )}
      <div class="tools" role="search">
        <label class="visually-hidden" for="q">Search names and dates</label>
        <input id="q" type="search" placeholder="Search names, dates…" value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        <div class="filters" role="toolbar" aria-label="Show types" ref={filters.ref} onKeyDown={filters.onKeyDown} onFocusIn={filters.onFocusIn}>
          {TYPE_ORDER.map((t) => (
            <button type="button" class={`chip kind-${t.toLowerCase()}`} data-rove tabIndex={-1} aria-pressed={types.has(t)} onClick={() => toggle(t)}>
              {TYPE_LABEL[t]}
            </button>
          ))}
        </div>
      </div>
      <NotesList tabId={tabId} cut={state.read.chars < state.read.total} />
      {cards.length === 0 && <p class="muted">No names found in this story.</p>}
      {shown.length + minor.length > 0 && (
        <section class="group" aria-labelledby="g-cards" data-card="names">
          <h2 id="g-cards" class="group-title">Names in this story <span class="muted">({shown.length + minor.length})</span></h2>
          <p class="visually-hidden" id="cards-keys">Up and Down arrows move between cards and their buttons; Page Down and Page Up move five at a time.</p>
          <div class="cards" ref={list.ref} onKeyDown={list.onKeyDown} onFocusIn={list.onFocusIn} aria-describedby="cards-keys">
            {shown.map((c) => <EntityCard card={c} onReveal={reveal} memory={memory[c.id]} focused={state.focus === c.id} />)}
            {minor.length > 0 && <MinorNames cards={minor} onReveal={reveal} />}
          </div>
        </section>
      )}
      {cards.length > 0 && shown.length + minor.length === 0 && <p class="muted">No name matches.</p>}
      {dates.length > 0 && (
        <section class="group timeline" aria-labelledby="g-timeline" data-card="timeline">
          <h2 id="g-timeline" class="group-title">Timeline <span class="muted">({dates.length})</span></h2>
          <TimelineList items={dates} onReveal={(d) => reveal({ part: 'body', start: d.start, end: d.end })} />
          {view.reference.source !== 'published' && (
            <p class="muted">No publish date: dates are read relative to {view.reference.source === 'today' ? 'today' : 'the page’s last update'}.</p>
          )}
        </section>
      )}
      {timeline.length > 0 && query.trim() !== '' && dates.length === 0 && <p class="muted">No date matches.</p>}
      <footer class="popup-footer">
        <button type="button" onClick={() => void setSiteOff(state.url, true).then(() => window.close())}>Turn Gloss off on this site</button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>Options and notes library</button>
      </footer>
    </div>
  )
}

/** The folded row of minor names ("Other names: Iranian-supported, Gaza-based, …"); each shows its first mention in the page. */
function MinorNames({ cards, onReveal }: { cards: Card[]; onReveal: (m: MentionRef) => void }) {
  return (
    <div class="card minor-names" data-card="other-names">
      <span class="muted">Other names: </span>
      {cards.map((c, i) => (
        <>
          <button type="button" class="minor-name" data-rove tabIndex={-1} data-entity={c.id} onClick={() => c.mentions[0] && onReveal(c.mentions[0])}
            aria-label={`${c.name}, ${c.mentionCount} ${c.mentionCount === 1 ? 'mention' : 'mentions'}, show in the page`}>{c.name}</button>
          {i < cards.length - 1 ? ', ' : ''}
        </>
      ))}
    </div>
  )
}
