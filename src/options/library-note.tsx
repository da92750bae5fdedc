// One note in the library: its story (title, site, date), the quoted passage, the reader's text
// and tags, a link that opens the story at the passage, and editing in place. Note text, quotes
// and titles are untrusted: they are only ever Preact text nodes, never markup.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { Note } from '../notes/schema.ts'
import { textFragmentUrl } from '../notes/text-fragment.ts'
import { entityLabel, parseTagsInput, storyLine, tagsToInput } from './library-format.ts'

const isWebUrl = (url: string) => /^https?:\/\//i.test(url)

export interface NoteItemProps {
  note: Note
  /** Saves new text and tags; resolves to an error message, or null when saved. */
  onSave(note: Note, text: string, tags: string[]): Promise<string | null>
  onDelete(note: Note): void
  /** Filters the library by a tag when its chip is pressed. */
  onTag(tag: string): void
  /** The sync area is full and this note did not fit: it is on this machine only. */
  localOnly?: boolean
}

export function NoteItem({ note, onSave, onDelete, onTag, localOnly }: NoteItemProps) {
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(note.body.text)
  const [tags, setTags] = useState(tagsToInput(note.body.tags))
  const [error, setError] = useState('')
  const [saving, setSaving] = useState(false)
  const textArea = useRef<HTMLTextAreaElement>(null)
  const editButton = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (editing) textArea.current?.focus()
    else if (returnFocus.current) { returnFocus.current = false; editButton.current?.focus() }
  }, [editing])

  const startEdit = () => {
    setText(note.body.text)
    setTags(tagsToInput(note.body.tags))
    setError('')
    setEditing(true)
  }
  const stopEdit = () => { returnFocus.current = true; setEditing(false) }
  const save = async (e: Event) => {
    e.preventDefault()
    setSaving(true)
    const problem = await onSave(note, text, parseTagsInput(tags))
    setSaving(false)
    if (problem) setError(problem)
    else stopEdit()
  }

  const title = note.story.title || note.target.source
  const quote = note.target.selector[0].exact
  const line = storyLine(note)
  const idBase = `note-${note.id.slice(-12)}`
  return (
    <li class="library-note" data-note-id={note.id}>
      <article aria-labelledby={`${idBase}-title`}>
        <h3 class="library-note-title" id={`${idBase}-title`}>
          {isWebUrl(note.target.source)
            ? <a href={note.target.source} target="_blank" rel="noopener noreferrer">{title}</a>
            : <span>{title}</span>}
        </h3>
        <p class="muted library-note-story">
          {line && <span>{line} · </span>}
          <span>noted <time dateTime={note.created}>{new Date(note.created).toLocaleDateString()}</time></span>
          {note.modified !== note.created && <span>, edited <time dateTime={note.modified}>{new Date(note.modified).toLocaleDateString()}</time></span>}
          {localOnly && <span class="local-only" data-local-only> · on this machine only</span>}
        </p>
        <blockquote class="library-quote">{quote}</blockquote>
        {editing ? (
          <form class="library-edit" onSubmit={save} onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); stopEdit() } }}>
            <label for={`${idBase}-text`}>Note</label>
            <textarea id={`${idBase}-text`} ref={textArea} rows={4} value={text}
              onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
            <label for={`${idBase}-tags`}>Tags, separated by commas</label>
            <input id={`${idBase}-tags`} type="text" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
            {error && <p class="message error" role="alert">{error}</p>}
            <p class="library-actions">
              <button type="submit" disabled={saving}>Save</button>
              <button type="button" onClick={stopEdit}>Cancel</button>
            </p>
          </form>
        ) : (
          <>
            {note.body.text ? <p class="library-text">{note.body.text}</p> : <p class="library-text muted">(no text)</p>}
            {(note.body.tags.length > 0 || note.entityId) && (
              <p class="library-tags">
                {note.body.tags.map((t) => (
                  <button type="button" class="tag" onClick={() => onTag(t)} aria-label={`Show notes tagged ${t}`}>#{t}</button>
                ))}
                {note.entityId && <span class="muted">About {entityLabel(note.entityId)}</span>}
              </p>
            )}
            <p class="library-actions">
              {isWebUrl(note.target.source) && (
                <a class="library-open" href={textFragmentUrl(note)} target="_blank" rel="noopener noreferrer">
                  Open the story at the note</a>
              )}
              <button type="button" ref={editButton} onClick={startEdit} aria-label={`Edit the note on “${title}”`}>Edit</button>
              <button type="button" class="danger" onClick={() => onDelete(note)} aria-label={`Delete the note on “${title}”`}>Delete</button>
            </p>
          </>
        )}
      </article>
    </li>
  )
}
