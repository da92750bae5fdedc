// The cards for an analysed story: a header, a search box and type filters, one card per entity
// grouped by type, and a timeline of the story's dates. Page text is only ever rendered as text.
import { useEffect, useState } from 'preact/hooks'
import type { EntityType } from '../engine/types.ts'
import type { MemoryByEntity, ReadyTabState, Replies } from '../messages.ts'
import { send } from '../platform/send.ts'
import { browser } from '../platform/browser.ts'
import { setSiteOff } from './site-switch.ts'
import { filterCards, groupCards, TYPE_LABEL, TYPE_ORDER, type Card, type MentionRef } from '../ui/card-model.ts'
import { formatTimeMLValue } from '../ui/format-date.ts'
import { placeFacts } from '../ui/place-facts.ts'
import { NotesList } from './notes-list.tsx'

const count = (n: number) => n.toLocaleString('en')

export function StoryView({ state, tabId }: { state: ReadyTabState; tabId: number }) {
  const { story, view } = state
  // Built by the background when the story was analysed (src/background/tab-view.ts).
  const { cards, timeline, omitted } = view
  const [memory, setMemory] = useState<MemoryByEntity>({})
  useEffect(() => {
    void send({ type: 'app/memory-lookup', tabId }).then((r) => { if (r.ok) setMemory(r.value) })
  }, [state])
  const [query, setQuery] = useState('')
  const [types, setTypes] = useState<ReadonlySet<EntityType>>(new Set(TYPE_ORDER))
  const shown = groupCards(filterCards(cards, query, types))
  // Opened from a hover card: bring that entity's card into view.
  useEffect(() => {
    if (!state.focus) return
    const card = document.querySelector(`[data-entity="${CSS.escape(state.focus)}"]`) as HTMLElement | null
    card?.scrollIntoView({ block: 'start' })
    card?.querySelector('button')?.focus()
  }, [state.focus])
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
        <label class="visually-hidden" for="q">Search the cards</label>
        <input id="q" type="search" placeholder="Search people, places…" value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        <div class="filters" role="group" aria-label="Show types">
          {TYPE_ORDER.map((t) => (
            <button type="button" class={`chip kind-${t.toLowerCase()}`} aria-pressed={types.has(t)} onClick={() => toggle(t)}>
              {TYPE_LABEL[t]}
            </button>
          ))}
        </div>
      </div>
      <NotesList tabId={tabId} text={state.text ?? null} cut={state.read.chars < state.read.total} />
      {cards.length === 0 && <p class="muted">No names found in this story.</p>}
      {shown.map((g) => (
        <section class="group" aria-labelledby={`g-${g.type}`}>
          <h2 id={`g-${g.type}`} class="group-title">{TYPE_LABEL[g.type]} <span class="muted">({g.cards.length})</span></h2>
          {g.cards.map((c) => <EntityCard card={c} onReveal={reveal} memory={memory[c.id]} />)}
        </section>
      ))}
      {cards.length > 0 && shown.length === 0 && <p class="muted">No card matches.</p>}
      {timeline.length > 0 && (
        <section class="group timeline" aria-labelledby="g-timeline" data-card="timeline">
          <h2 id="g-timeline" class="group-title">Timeline</h2>
          <ol>
            {timeline.map((d) => (
              <li>
                <button type="button" class="when" onClick={() => reveal({ part: 'body', start: d.start, end: d.end })}>
                  {formatTimeMLValue(d.value)}
                </button>
                <span class="sentence">{d.sentence}</span>
              </li>
            ))}
          </ol>
          {view.reference.source !== 'published' && (
            <p class="muted">No publish date: dates are read relative to {view.reference.source === 'today' ? 'today' : 'the page’s last update'}.</p>
          )}
        </section>
      )}
      <footer class="popup-footer">
        <button type="button" onClick={() => void setSiteOff(state.url, true).then(() => window.close())}>Turn Gloss off on this site</button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>Options and notes library</button>
      </footer>
    </div>
  )
}

function EntityCard({ card, onReveal, memory }: { card: Card; onReveal: (m: MentionRef) => void; memory?: MemoryByEntity[string] }) {
  return (
    <article class={`card kind-${card.type.toLowerCase()}`} data-entity={card.id} aria-labelledby={`c-${card.id}`}>
      <h3 id={`c-${card.id}`} class="card-name">{card.name}</h3>
      <p class="card-meta muted">
        {TYPE_LABEL[card.type].replace(/s$/, '')} · {count(card.mentionCount)} {card.mentionCount === 1 ? 'mention' : 'mentions'}
        {card.mentionCount > card.mentions.length && <> (the first {count(card.mentions.length)} listed)</>}
        {card.aliases.length > 0 && <> · also “{card.aliases.join('”, “')}”</>}
      </p>
      {card.type === 'LOC' && <Facts names={[card.name, ...card.aliases]} />}
      {card.firstSentence && <blockquote class="first-sentence">{card.firstSentence}</blockquote>}
      <div class="mentions" role="group" aria-label={`Mentions of ${card.name}`}>
        {card.mentions.map((m, i) => (
          <button type="button" class="mention" data-part={m.part} data-start={m.start}
            onClick={() => onReveal(m)} aria-label={m.part === 'title' ? `headline mention of ${card.name}` : `${i + 1}: mention of ${card.name}, show in the page`}>
            {m.part === 'title' ? 'headline' : i + 1}
          </button>
        ))}
      </div>
      {card.seenWith.length > 0 && (
        <p class="seen-with"><span class="muted">With </span>{card.seenWith.map((s) => s.name).join(', ')}</p>
      )}
      {card.dates.length > 0 && (
        <p class="dates"><span class="muted">When </span>{card.dates.map((d) => formatTimeMLValue(d.value)).join(', ')}</p>
      )}
      {memory && <Remembered name={card.name} memory={memory} />}
      {(card.type === 'PER' || card.type === 'ORG') && <WikiLookup name={card.name} />}
    </article>
  )
}

function Facts({ names }: { names: string[] }) {
  const f = placeFacts(names)
  if (!f) return null
  return (
    <p class="facts">
      <span aria-hidden="true">{f.flag} </span>
      {f.kind === 'country'
        ? `${f.country} · capital ${f.capital} · ${f.continent} · ${f.languages.slice(0, 3).join(', ')}`
        : `Capital of ${f.country} · ${f.continent}`}
    </p>
  )
}

/** "In 4 other stories you read since December", with links to them, newest first. */
function Remembered({ name, memory }: { name: string; memory: MemoryByEntity[string] }) {
  const oldest = memory.stories[memory.stories.length - 1]
  const since = oldest ? new Date(oldest.readAt).toLocaleDateString(undefined, { month: 'long', year: 'numeric' }) : ''
  return (
    <div class="remembered" data-remembered={memory.total}>
      <p class="muted">
        {name}: in {memory.total} other {memory.total === 1 ? 'story' : 'stories'} you read{since && memory.total === memory.stories.length ? ` since ${since}` : ''}
      </p>
      <ul>
        {memory.stories.map((s) => (
          <li>
            {/^https?:\/\//.test(s.url)
              ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title ?? s.url}</a>
              : <span>{s.title ?? s.url}</span>}
            <span class="muted"> · {[s.site, s.published?.slice(0, 10)].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The opt-in Wikipedia summary: asked for only on a click, and only when the reader turned it on. */
function WikiLookup({ name }: { name: string }) {
  const [online, setOnline] = useState(false)
  const [result, setResult] = useState<Replies['app/wiki-summary'] | 'loading' | { status: 'error'; message: string } | null>(null)
  useEffect(() => { void send({ type: 'app/get-settings' }).then((r) => r.ok && setOnline(r.value.onlineLookup)) }, [])
  if (!online) return null
  const ask = async () => {
    setResult('loading')
    const r = await send({ type: 'app/wiki-summary', name })
    setResult(r.ok ? r.value : { status: 'error', message: r.error.message })
  }
  if (result === null) return <button type="button" class="wiki-ask" onClick={ask}>Wikipedia summary</button>
  if (result === 'loading') return <p class="muted">Asking Wikipedia…</p>
  if (result.status === 'found') {
    return (
      <div class="wiki">
        <p>{result.summary.extract}</p>
        <a href={result.summary.url} target="_blank" rel="noopener noreferrer">{result.summary.title} on Wikipedia</a>
      </div>
    )
  }
  return <p class="muted">{result.status === 'none' ? 'Wikipedia has no page by that name.' : result.status === 'off' ? result.reason : result.message}</p>
}
