// Reading an import file: our JSON-LD export (a collection, a page, a list or one annotation).
// Every item is validated; each rejected one comes back with its reason. Nothing is stored here.
// No size or item limit: the options page parses the reader's own file and sends the notes in
// batches, so whatever Gloss exported imports back (a limit here once refused a 22 MB export).
import { readNote } from './migrate.ts'
import { fromWebAnnotation } from './web-annotation.ts'
import { fail, ok, type Result } from '../protocol/result.ts'
import type { Note } from './schema.ts'

/** Deepest nesting looked at: our annotations are 5 levels deep. */
const MAX_DEPTH = 32
/** Keys that could reach Object.prototype if some code merged this data into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export interface ImportParse {
  notes: Note[]
  rejected: Array<{ index: number; id: string | null; reason: string }>
}

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { n += 4; i++ }
    else n += 3
  }
  return n
}

/** The first forbidden key or too-deep spot in a parsed JSON value, walked without recursion. */
function findDanger(value: unknown): string | null {
  const stack: Array<{ v: unknown; depth: number }> = [{ v: value, depth: 0 }]
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!
    if (typeof v !== 'object' || v === null) continue
    if (depth > MAX_DEPTH) return `nested more than ${MAX_DEPTH} levels deep`
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return `has a forbidden key "${key}"`
      stack.push({ v: (v as Record<string, unknown>)[key], depth: depth + 1 })
    }
  }
  return null
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** The annotations in an export file's top-level value, or why there are none. */
function itemsOf(data: unknown): unknown[] | string {
  if (Array.isArray(data)) return data
  if (!isObject(data)) return 'The file is JSON but not a list of notes.'
  if (data.type === 'AnnotationCollection') {
    const page = data.first
    if (!isObject(page) || !Array.isArray(page.items)) return 'The collection has no page of items.'
    return page.items
  }
  if (data.type === 'AnnotationPage') return Array.isArray(data.items) ? data.items : 'The page has no items.'
  if (data.type === 'Annotation') return [data]
  return 'The file is JSON but not a Web Annotation export.'
}

/** Parses an import file's text into valid notes and rejected items with reasons. */
export function parseImport(text: string): Result<ImportParse> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail('not-json', 'The file is not JSON; nothing was imported.')
  }
  if (isObject(data)) {
    // Only the container's own keys here: an item's dangers reject that item alone.
    for (const key of Object.keys(data)) {
      if (FORBIDDEN_KEYS.has(key)) return fail('wrong-shape', `The file has a forbidden key "${key}"; nothing was imported.`)
    }
  }
  const items = itemsOf(data)
  if (typeof items === 'string') return fail('wrong-shape', `${items} Nothing was imported.`)
  const notes: Note[] = []
  const rejected: ImportParse['rejected'] = []
  items.forEach((item, index) => {
    const id = isObject(item) && typeof item.id === 'string' ? item.id.slice(0, 200) : null
    const danger = findDanger(item)
    if (danger) { rejected.push({ index, id, reason: `The item ${danger}.` }); return }
    const raw = fromWebAnnotation(item)
    if (!raw.ok) { rejected.push({ index, id, reason: `Not a Gloss note: ${raw.reason}.` }); return }
    const note = readNote(raw.raw)
    if (!note.ok) { rejected.push({ index, id, reason: note.error.message }); return }
    notes.push(note.value)
  })
  return ok({ notes, rejected })
}
