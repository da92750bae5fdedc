// Scoring the recogniser on our modern-news annotation (news-gold.ts): exact character spans,
// counted as conlleval counts them, plus how many gold names got the right span but another type,
// and the error listing of the development part for whoever improves the model.
import { ENTITY_TYPES } from '../../src/engine/labels.ts'
import { isSure, PAINT_CONFIDENCE } from '../../src/engine/mention-confidence.ts'
import type { Entity } from '../../src/engine/types.ts'
import { countSpans, newCounts, type Counts } from './conll.ts'
import type { GoldSpan, NewsDoc } from './news-gold.ts'

/** What one system found in one text. */
export type Predict = (text: string) => GoldSpan[]

export interface NewsScore {
  counts: Counts
  /** confusion[g][p]: gold names of type g found with exactly their span but type p ≠ g. */
  confusion: number[][]
}

const spanKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`

/** Mentions of the recogniser's entities as typed spans; `painted`: only what the reading view shows. */
export function entitySpans(entities: readonly Entity[], painted: 'all' | 'entity' | 'mention' = 'all'): GoldSpan[] {
  const out: GoldSpan[] = []
  for (const e of entities) {
    if (painted === 'entity' && !isSure(e)) continue
    const type = ENTITY_TYPES.indexOf(e.type)
    for (const m of e.mentions) {
      if (painted === 'mention' && (m.confidence ?? 1) < PAINT_CONFIDENCE) continue
      out.push({ start: m.start, end: m.end, type })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

export function scoreNews(docs: readonly NewsDoc[], predict: Predict): NewsScore {
  const counts = newCounts()
  const confusion = ENTITY_TYPES.map(() => ENTITY_TYPES.map(() => 0))
  for (const d of docs) {
    const pred = predict(d.text)
    countSpans(d.spans, pred, counts)
    const byKey = new Map(pred.map((p) => [spanKey(p), p]))
    for (const g of d.spans) {
      const p = byKey.get(spanKey(g))
      if (p && p.type !== g.type) confusion[g.type][p.type]++
    }
  }
  return { counts, confusion }
}

/** One line a type: its gold names that got the right span but another type, and which. */
export function confusionLines(s: NewsScore): string[] {
  return ENTITY_TYPES.map((t, g) => {
    const gold = s.counts.tp[g] + s.counts.fn[g]
    const wrong = s.confusion[g].reduce((a, b) => a + b, 0)
    const to = ENTITY_TYPES.map((u, p) => (s.confusion[g][p] > 0 ? `${u} ${s.confusion[g][p]}` : '')).filter(Boolean).join(', ')
    return `${t}: ${wrong} of ${gold} gold with the right span, wrong type${to ? ` (${to})` : ''}`
  })
}

const CONTEXT = 40

function context(text: string, start: number, end: number): string {
  const flat = (x: string) => x.replace(/\s+/g, ' ')
  return `${flat(text.slice(Math.max(0, start - CONTEXT), start))}[${flat(text.slice(start, end))}]${flat(text.slice(end, end + CONTEXT))}`
}

/**
 * Every error on the given documents, gold against predicted, with 40 characters of context:
 * TYPE (right span, wrong type), FN (a gold name not found with its span), FP (a found span no gold
 * name has). Callers pass the development part only: the held-out part stays unread.
 */
export function newsErrors(docs: readonly NewsDoc[], predict: Predict): string[] {
  const T = ENTITY_TYPES
  const lines: string[] = []
  for (const d of docs) {
    const pred = predict(d.text)
    const predBy = new Map(pred.map((p) => [spanKey(p), p]))
    const goldBy = new Map(d.spans.map((g) => [spanKey(g), g]))
    for (const g of d.spans) {
      const p = predBy.get(spanKey(g))
      if (!p) lines.push(`${d.slug}\tFN ${T[g.type]}\t${context(d.text, g.start, g.end)}`)
      else if (p.type !== g.type) lines.push(`${d.slug}\tTYPE ${T[g.type]}->${T[p.type]}\t${context(d.text, g.start, g.end)}`)
    }
    for (const p of pred) {
      if (!goldBy.has(spanKey(p))) lines.push(`${d.slug}\tFP ${T[p.type]}\t${context(d.text, p.start, p.end)}`)
    }
  }
  return lines
}
