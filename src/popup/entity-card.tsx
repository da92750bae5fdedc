// One entity's card: compact by default (name, type, mention count, flag, and a one-line summary),
// its details (the whole first sentence, place facts, mentions, names seen with it, dates, memory,
// Wikipedia) shown on demand. Its controls take part in the card list's roving tabindex
// (`data-rove`, src/popup/use-roving.ts). Page text is only ever rendered as text.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { MemoryByEntity, Replies } from '../protocol/messages.ts'
import { send } from '../platform/send.ts'
import { TYPE_NAME, type Card, type MentionRef } from '../ui/card-model.ts'
import { formatTimeMLValue } from '../ui/format-date.ts'
import { factsLine, placeFacts, type PlaceFacts } from '../ui/place-facts.ts'
import { flagOrCode } from '../ui/flag.ts'
import { splitAround } from '../ui/snippet.ts'
import { flagsDrawn } from './flags-drawn.ts'

const count = (n: number) => n.toLocaleString('en')
/** A card's one-line summary keeps about this many characters before the name. */
const SUMMARY_LEAD_CHARS = 28

export function EntityCard({ card, onReveal, memory, focused }: {
  card: Card; onReveal: (m: MentionRef) => void; memory?: MemoryByEntity[string]; focused: boolean
}) {
  const [open, setOpen] = useState(focused)
  const toggle = useRef<HTMLButtonElement>(null)
  // Opened from a hover card's "Show in popup": this card opens, comes into view and takes focus.
  useEffect(() => {
    if (!focused) return
    setOpen(true)
    toggle.current?.scrollIntoView({ block: 'start' })
    toggle.current?.focus()
  }, [focused])
  const facts = card.type === 'LOC' ? placeFacts([card.name, ...card.aliases]) : null
  const details = `d-${card.id}`
  return (
    <article class={`card kind-${card.type.toLowerCase()}`} data-entity={card.id} data-open={open} aria-labelledby={`c-${card.id}`}>
      <div class="card-head">
        <h3 id={`c-${card.id}`} class="card-name">
          <button type="button" class="card-toggle" ref={toggle} data-rove tabIndex={-1} aria-expanded={open} aria-controls={details}
            onClick={() => setOpen(!open)}>{card.name}</button>
        </h3>
        {facts?.kind === 'country' && <Flag facts={facts} />}
        <span class="card-meta muted">
          {TYPE_NAME[card.type]} · {count(card.mentionCount)} {card.mentionCount === 1 ? 'mention' : 'mentions'}
        </span>
      </div>
      {card.firstSentence && <Summary card={card} />}
      <div id={details} class="card-details" hidden={!open}>{open && <Details card={card} facts={facts} onReveal={onReveal} memory={memory} />}</div>
    </article>
  )
}

/** A card's details, made only once it opens: the popup's first paint makes the compact cards
 *  alone, and a closed card asks the background nothing (issue 18). */
function Details({ card, facts, onReveal, memory }: {
  card: Card; facts: PlaceFacts | null; onReveal: (m: MentionRef) => void; memory?: MemoryByEntity[string]
}) {
  return (
    <>
        {card.firstSentence && <blockquote class="first-sentence">{card.firstSentence}</blockquote>}
        {card.aliases.length > 0 && <p class="aliases muted">Also “{card.aliases.join('”, “')}”</p>}
        {facts && <Facts facts={facts} />}
        <div class="mentions" role="group" aria-label={`Mentions of ${card.name}`}>
          {card.mentions.map((m, i) => (
            <button type="button" class="mention" data-rove tabIndex={-1} data-part={m.part} data-start={m.start}
              onClick={() => onReveal(m)} aria-label={m.part === 'title' ? `headline mention of ${card.name}` : `${i + 1}: mention of ${card.name}, show in the page`}>
              {m.part === 'title' ? 'headline' : i + 1}
            </button>
          ))}
          {card.mentionCount > card.mentions.length && <span class="muted">(the first {count(card.mentions.length)} listed)</span>}
        </div>
        {card.seenWith.length > 0 && (
          <p class="seen-with"><span class="muted">With </span>{card.seenWith.map((s) => s.name).join(', ')}</p>
        )}
        {card.dates.length > 0 && (
          <p class="dates"><span class="muted">When </span>{card.dates.map((d) => formatTimeMLValue(d.value)).join('; ')}</p>
        )}
        {memory && <Remembered name={card.name} memory={memory} />}
        {(card.type === 'PER' || card.type === 'ORG') && <WikiLookup name={card.name} />}
    </>
  )
}

/** One line of the first sentence from a little before the name (in bold), so the cut falls after it. */
function Summary({ card }: { card: Card }) {
  const at = card.firstAt ?? -1
  // The first mention as the text wrote it (a name may hold a no-break space the card's name has not);
  // in a state stored before firstLength, the first of the names the sentence holds.
  const split = at >= 0 && card.firstLength
    ? splitAround(card.firstSentence, card.firstSentence.slice(at, at + card.firstLength), at, SUMMARY_LEAD_CHARS)
    : [card.name, ...card.aliases].map((n) => splitAround(card.firstSentence, n, undefined, SUMMARY_LEAD_CHARS)).find((x) => x !== null)
  if (!split) return <p class="card-summary">{card.firstSentence}</p>
  return <p class="card-summary">{split.before}<strong>{split.phrase}</strong>{split.after}</p>
}

/** The country's flag, or its code where no font draws flags (src/ui/flag.ts). */
function Flag({ facts }: { facts: PlaceFacts }) {
  const f = flagOrCode(facts.code, facts.flag, flagsDrawn())
  return <span class={`flag flag-${f.kind}`} data-flag={f.kind} title={facts.country} aria-hidden="true">{f.text}</span>
}

function Facts({ facts }: { facts: PlaceFacts }) {
  return <p class="facts">{factsLine(facts)}</p>
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
              ? <a href={s.url} target="_blank" rel="noopener noreferrer" data-rove tabIndex={-1}>{s.title ?? s.url}</a>
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
  if (result === null) return <button type="button" class="wiki-ask" data-rove tabIndex={-1} onClick={ask}>Wikipedia summary</button>
  if (result === 'loading') return <p class="muted">Asking Wikipedia…</p>
  if (result.status === 'found') {
    return (
      <div class="wiki">
        <p>{result.summary.extract}</p>
        <a href={result.summary.url} target="_blank" rel="noopener noreferrer" data-rove tabIndex={-1}>{result.summary.title} on Wikipedia</a>
      </div>
    )
  }
  return <p class="muted">{result.status === 'none' ? 'Wikipedia has no page by that name.' : result.status === 'off' ? result.reason : result.message}</p>
}
