// compromise's people, organisations and places on a document, as token spans of that document,
// so its figures are counted exactly like ours (PER/ORG/LOC; compromise has no MISC).
import nlp from 'compromise'

interface Match { offset: { start: number; length: number } }
type View = { json(o: object): Match[] }
type Doc = { people(): View; organizations(): View; places(): View }

/** Joins tokens with spaces (sentences by newlines) and maps compromise's matches back. */
export function compromiseSpans(words: string[], sentence: ArrayLike<number>): { start: number; end: number; type: number }[] {
  let text = ''
  const starts = new Map<number, number>()
  const ends = new Map<number, number>()
  for (let i = 0; i < words.length; i++) {
    if (i > 0) text += sentence[i] !== sentence[i - 1] ? '\n' : ' '
    starts.set(text.length, i)
    text += words[i]
    ends.set(text.length, i + 1)
  }
  const doc = (nlp as unknown as (t: string) => Doc)(text)
  const out: { start: number; end: number; type: number }[] = []
  const take = (view: View, type: number) => {
    for (const m of view.json({ offset: true, text: false, terms: false })) {
      let s = m.offset.start
      let e = s + m.offset.length
      while (e > s && /[\s.,;:!?'")]/.test(text[e - 1]) && !ends.has(e)) e--
      while (s < e && /[\s("']/.test(text[s]) && !starts.has(s)) s++
      const a = starts.get(s), b = ends.get(e)
      if (a !== undefined && b !== undefined && b > a) out.push({ start: a, end: b, type })
    }
  }
  take(doc.people(), 0)
  take(doc.organizations(), 1)
  take(doc.places(), 2)
  return out
}

/**
 * compromise's people, organisations and places in a running text, as character spans: each match
 * without the spaces, punctuation and quotes around it, nor a possessive 's, as our annotation
 * (news-gold) spans its names.
 */
export function compromiseCharSpans(text: string): { start: number; end: number; type: number }[] {
  const doc = (nlp as unknown as (t: string) => Doc)(text)
  const out: { start: number; end: number; type: number }[] = []
  const take = (view: View, type: number) => {
    for (const m of view.json({ offset: true, text: false, terms: false })) {
      let s = m.offset.start
      let e = s + m.offset.length
      while (e > s && /[\s.,;:!?'"’”)\]]/.test(text[e - 1])) {
        e--
        // keep the full stop of an abbreviation ("U.S.", "Co.") that compromise included
        if (text[e] === '.' && /\.[A-Za-z]$/.test(text.slice(s, e))) { e++; break }
      }
      if (/['’]s$/.test(text.slice(s, e))) e -= 2
      while (s < e && /[\s("'‘“[]/.test(text[s])) s++
      if (e > s) out.push({ start: s, end: e, type })
    }
  }
  take(doc.people(), 0)
  take(doc.organizations(), 1)
  take(doc.places(), 2)
  return out
}
