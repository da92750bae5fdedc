// Notes as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), and back.
// Fields the model has no term for live under our own `gloss:` terms, so a round trip is exact.
import { NOTE_SCHEMA_VERSION, type Note } from './schema.ts'
import type { Selectors } from '../page/anchoring/types.ts'

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** Our terms' namespace: a URN, since Gloss has no web home for a vocabulary. */
export const GLOSS_CONTEXT = { gloss: 'urn:gloss:terms:' }
/** Said once in every export: the model's default unit is the code point over the whole page. */
export const POSITION_NOTE =
  'TextPositionSelector start and end count UTF-16 code units (JavaScript string indices, as DOM ' +
  'Ranges count) over the story text Gloss extracts (the article body, without the headline), ' +
  'not Unicode code points over the whole document. TextQuoteSelector is unaffected.'

export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'commenting'
  created: string
  modified: string
  body: Array<{ type: 'TextualBody'; purpose: 'commenting' | 'tagging'; value: string; format?: 'text/plain' }>
  target: {
    source: string
    selector: Selectors
  }
  'gloss:schemaVersion': number
  'gloss:storyKey'?: string
  'gloss:entityId'?: string
  'gloss:story': { 'gloss:title': string | null; 'gloss:site': string | null; 'gloss:published': string | null }
}

export function toWebAnnotation(note: Note): WebAnnotation {
  const [quote, position] = note.target.selector
  return {
    id: note.id,
    type: 'Annotation',
    motivation: 'commenting',
    created: note.created,
    modified: note.modified,
    body: [
      { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: note.body.text },
      ...note.body.tags.map((tag) => ({ type: 'TextualBody' as const, purpose: 'tagging' as const, value: tag })),
    ],
    target: {
      source: note.target.source,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    'gloss:schemaVersion': note.schemaVersion,
    ...(note.target.storyKey !== undefined ? { 'gloss:storyKey': note.target.storyKey } : {}),
    ...(note.entityId !== undefined ? { 'gloss:entityId': note.entityId } : {}),
    'gloss:story': {
      'gloss:title': note.story.title, 'gloss:site': note.story.site, 'gloss:published': note.story.published,
    },
  }
}

/**
 * The export file around its items: `head + items.map(annotationJson).join(',') + tail` is the
 * collection, so a page can build the file from pages of notes (a Blob of parts) without one
 * giant string. Compact JSON: pretty-printing made 16,500 notes 22 MB instead of about 17.
 */
export function exportFileParts(total: number, generated: string): { head: string; tail: string } {
  const collection = {
    '@context': [ANNOTATION_CONTEXT, GLOSS_CONTEXT],
    type: 'AnnotationCollection',
    label: 'Gloss notes',
    generated,
    generator: { type: 'Software', name: 'Gloss' },
    'gloss:schemaVersion': NOTE_SCHEMA_VERSION,
    'gloss:positionUnit': 'utf-16-code-unit',
    'gloss:about': POSITION_NOTE,
    total,
    first: { type: 'AnnotationPage', startIndex: 0, items: [] },
  }
  const shell = JSON.stringify(collection)
  const tail = ']}}'
  if (!shell.endsWith(`[${tail}`)) throw new Error('the export shell does not end with its items')
  return { head: shell.slice(0, -tail.length), tail }
}

/** One item of the export file. */
export const annotationJson = (note: Note) => JSON.stringify(toWebAnnotation(note))

/** The export file: one AnnotationCollection with its one page of items, compact JSON. */
export function exportWebAnnotations(notes: readonly Note[], generated: string): string {
  const { head, tail } = exportFileParts(notes.length, generated)
  return head + notes.map(annotationJson).join(',') + tail
}

type Json = Record<string, unknown>
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * The stored-note shape of one annotation of ours (not yet validated: the caller runs readNote, so
 * older schema versions migrate), or the reason it is not one.
 */
export function fromWebAnnotation(item: unknown): { ok: true; raw: Json } | { ok: false; reason: string } {
  if (!isObject(item)) return { ok: false, reason: 'not an object' }
  if (item.type !== 'Annotation') return { ok: false, reason: 'not an Annotation' }
  const bodies = Array.isArray(item.body) ? item.body : item.body === undefined ? [] : [item.body]
  if (!bodies.every(isObject)) return { ok: false, reason: 'a body is not an object' }
  const comments = bodies.filter((b) => b.purpose === 'commenting')
  if (comments.length !== 1) return { ok: false, reason: 'needs exactly one commenting body' }
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value)
  if (comments.length + tags.length !== bodies.length) return { ok: false, reason: 'a body has an unknown purpose' }
  if (!isObject(item.target)) return { ok: false, reason: 'target is not an object' }
  const story = item['gloss:story']
  if (!isObject(story)) return { ok: false, reason: 'gloss:story is missing' }
  const raw: Json = {
    schemaVersion: item['gloss:schemaVersion'],
    id: item.id,
    created: item.created,
    modified: item.modified,
    target: {
      source: item.target.source,
      ...(item['gloss:storyKey'] !== undefined ? { storyKey: item['gloss:storyKey'] } : {}),
      selector: item.target.selector,
    },
    body: { text: comments[0].value, tags },
    ...(item['gloss:entityId'] !== undefined ? { entityId: item['gloss:entityId'] } : {}),
    story: { title: story['gloss:title'], site: story['gloss:site'], published: story['gloss:published'] },
  }
  return { ok: true, raw }
}
