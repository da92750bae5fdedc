// The story's notes in the popup: each with its quote and text, where it sits now (re-anchored
// to changed text shows the old quote; an orphan is listed, never dropped), and a click that
// scrolls the page to it. Anchoring needs the story text, which the background holds in memory
// only (it comes with the notes): when it has none (its worker stopped and the page cannot give it
// back), each note is listed with its saved quote.
import { useEffect, useState } from 'preact/hooks'
import { send } from '../platform/send.ts'
import { anchor, type Anchor } from '../page/anchoring/index.ts'
import type { Note } from '../notes/schema.ts'
import { useRoving } from './use-roving.ts'

/**
 * `cut`: the text is the first part of a longer story (src/page/cap-text.ts). A note past its end
 * is not an orphan: it is listed with its saved quote, and the page (which has the whole story)
 * still shows it.
 */
export function NotesList({ tabId, cut }: { tabId: number; cut: boolean }) {
  const [notes, setNotes] = useState<{ note: Note; at: Anchor | null }[] | null>(null)
  const [text, setText] = useState<string | null>(null)
  const [error, setError] = useState('')
  // The notes are one Tab stop, arrows inside (as the cards), so many notes do not push the cards away.
  const roving = useRoving<HTMLElement>()
  useEffect(() => {
    // Asked once the cards are on screen; the story text comes with the notes (issue 18).
    void send({ type: 'app/notes-for-tab', tabId }).then((r) => {
      if (!r.ok) { setError(r.error.message); return }
      const story = r.value.story
      const t = story.status === 'ready' ? story.text ?? null : null
      setText(t)
      setNotes(r.value.notes.map((note) => ({ note, at: t === null || (cut && note.target.selector[1].end > t.length) ? null
        : anchor(t, note.target.selector) })))
    })
  }, [tabId, cut])
  if (error) return <p class="muted">Notes could not be read: {error}</p>
  if (!notes || notes.length === 0) return null
  if (text === null) return <SavedNotes tabId={tabId} notes={notes.map((n) => n.note)} roving={roving} />
  const beyond = (n: Note) => cut && n.target.selector[1].end > text.length
  const orphans = notes.filter((n) => !n.at && !beyond(n.note))
  const past = notes.filter((n) => !n.at && beyond(n.note)).map((n) => n.note)
  return (
    <section class="group notes" aria-labelledby="g-notes" data-card="notes" ref={roving.ref} onKeyDown={roving.onKeyDown} onFocusIn={roving.onFocusIn}>
      <h2 id="g-notes" class="group-title">Your notes <span class="muted">({notes.length})</span></h2>
      <ul>
        {notes.filter((n) => n.at).map(({ note, at }) => (
          <li data-note={note.id} data-status={at!.changed ? 'changed' : 'anchored'}>
            <button type="button" class="note-quote" data-rove tabIndex={-1} onClick={() => void send({ type: 'app/note-reveal', tabId, id: note.id })}>
              “{text.slice(at!.start, at!.end)}”
            </button>
            <p class="note-text">{note.body.text}</p>
            {note.body.tags.length > 0 && <p class="muted">{note.body.tags.map((t) => `#${t}`).join(' ')}</p>}
            {at!.changed && <p class="muted">The story changed here. You noted: “{note.target.selector[0].exact}”</p>}
          </li>
        ))}
      </ul>
      {past.length > 0 && <SavedNotes tabId={tabId} notes={past} title={`Past the part Gloss read (${past.length})`} status="past-read" />}
      {orphans.length > 0 && (
        <>
          <h3 class="group-title">Not found in the story now ({orphans.length})</h3>
          <ul>
            {orphans.map(({ note }) => (
              <li data-note={note.id} data-status="orphan">
                <p class="note-quote-orphan">“{note.target.selector[0].exact}”</p>
                <p class="note-text">{note.body.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/**
 * Notes as saved, where the text to anchor them in is not at hand (the whole list, or the notes
 * past the part of a long story that was read): each still scrolls the page to its passage.
 */
function SavedNotes({ tabId, notes, title, status = 'saved', roving }: { tabId: number; notes: Note[]; title?: string; status?: string
  roving?: ReturnType<typeof useRoving<HTMLElement>> }) {
  const list = (
    <ul>
      {notes.map((note) => (
        <li data-note={note.id} data-status={status}>
          <button type="button" class="note-quote" data-rove tabIndex={-1} onClick={() => void send({ type: 'app/note-reveal', tabId, id: note.id })}>
            “{note.target.selector[0].exact}”
          </button>
          <p class="note-text">{note.body.text}</p>
          {note.body.tags.length > 0 && <p class="muted">{note.body.tags.map((t) => `#${t}`).join(' ')}</p>}
        </li>
      ))}
    </ul>
  )
  if (title) return <><h3 class="group-title">{title}</h3>{list}</>
  return (
    <section class="group notes" aria-labelledby="g-notes" data-card="notes" ref={roving?.ref} onKeyDown={roving?.onKeyDown} onFocusIn={roving?.onFocusIn}>
      <h2 id="g-notes" class="group-title">Your notes <span class="muted">({notes.length})</span></h2>
      {list}
    </section>
  )
}
