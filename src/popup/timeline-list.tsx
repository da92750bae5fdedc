// The story's timeline: one row per placeable date in the order the dates start on the calendar,
// each with its label as people write it and its sentence with the phrase that names it in bold.
// One Tab stop (roving tabindex); rows wrap, nothing is clipped. Text only, never HTML.
import type { TimelineItem } from '../ui/card-model.ts'
import { formatTimeMLValue } from '../ui/format-date.ts'
import { splitAround } from '../ui/snippet.ts'
import { useRoving } from './use-roving.ts'

export function TimelineList({ items, onReveal }: { items: TimelineItem[]; onReveal: (d: TimelineItem) => void }) {
  const roving = useRoving<HTMLOListElement>()
  return (
    <ol ref={roving.ref} onKeyDown={roving.onKeyDown} onFocusIn={roving.onFocusIn}>
      {items.map((d) => (
        <li data-value={d.value}>
          <button type="button" class="when" data-rove tabIndex={-1} onClick={() => onReveal(d)}>{formatTimeMLValue(d.value)}</button>
          <Snippet item={d} />
        </li>
      ))}
    </ol>
  )
}

/** Of a row's sentence, about this many characters are kept before and after its phrase: a timeline is read down, not across. */
const CONTEXT_CHARS = 90

/** The sentence around the phrase, the phrase in a <strong> (src/ui/snippet.ts); the whole sentence is in the page, a click away. */
function Snippet({ item }: { item: TimelineItem }) {
  const split = splitAround(item.sentence, item.text, item.at, CONTEXT_CHARS, CONTEXT_CHARS)
  if (!split) return <span class="sentence">{item.sentence || item.text}</span>
  return <span class="sentence">{split.before}<strong class="phrase">{split.phrase}</strong>{split.after}</span>
}
