// The story's timeline: one row per placeable date in the order the dates start on the calendar,
// each with its label as people write it and its sentence with the phrase that names it in bold.
// One Tab stop (roving tabindex); rows wrap, nothing is clipped. Text only, never HTML.
import type { TimelineItem } from '../ui/card-model.ts'
import { formatTimeMLValue } from '../ui/format-date.ts'
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

/** The sentence with the phrase in a <strong>; where the quote lost it (or an older state has no `at`), the first match of the phrase. */
function Snippet({ item }: { item: TimelineItem }) {
  const { sentence, text } = item
  const at = item.at !== undefined && item.at >= 0 && sentence.startsWith(text, item.at) ? item.at : sentence.indexOf(text)
  if (!text || at < 0) return <span class="sentence">{sentence || text}</span>
  return (
    <span class="sentence">
      {sentence.slice(0, at)}<strong class="phrase">{text}</strong>{sentence.slice(at + text.length)}
    </span>
  )
}
