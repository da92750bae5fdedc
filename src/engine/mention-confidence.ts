// A mention's confidence from the tagger's margins (tagger.ts), or from a name's own head noun
// (spanConfidence), and the one rule of which names the reading view shows (isSure). No rules of
// recognition here: find-mentions.ts gives each mention its confidence, entity-role.ts raises it
// where the story states what a name is.
import { STATED_CONFIDENCE } from './entity-role.ts'
import type { LabelSpan } from './labels.ts'
import { namesItsKind } from './name-designators.ts'
import type { Entity } from './types.ts'

/**
 * A mention's confidence is a logistic of the smallest margin (tagger.ts: its label's score over
 * the best other label's) among its tagged tokens: the weakest decision in the name, whether
 * that is where it starts, where it ends or what type it is. Margins are in perceptron update
 * units (training pushes right labels 120 ahead: its margin). The offset and scale were read off
 * eng.testa's precision by margin, so that a mention's confidence is roughly its chance of being
 * right there; PAINT_CONFIDENCE is what the reading view paints (docs/entities.md).
 */
const CONFIDENCE_OFFSET = 12
const CONFIDENCE_SCALE = 60
/** A name no tagged token stands for (made by a rule alone: "according to CNN."). */
const RULE_CONFIDENCE = 0.5
/** The confidence from which the reading view paints a mention: precision is measured there. */
export const PAINT_CONFIDENCE = 0.6

/** Confidence of the name over tokens [start, end), from the tagger's labels and margins. */
export function mentionConfidence(labels: Uint8Array, margins: Float32Array, start: number, end: number): number {
  let m = Infinity
  for (let i = start; i < end; i++) if (labels[i] !== 0 && margins[i] < m) m = margins[i]
  if (m === Infinity) return RULE_CONFIDENCE
  return 1 / (1 + Math.exp(-(m - CONFIDENCE_OFFSET) / CONFIDENCE_SCALE))
}

/**
 * A mention's confidence: the tagger's (mentionConfidence), or at least STATED_CONFIDENCE for a
 * name that ends in its kind's head noun ("… Cooperation Dialogue", "… City Council"): the name
 * itself says what it is. The names it lifts past PAINT_CONFIDENCE are right 10 of 11 times on
 * eng.testa ("Venice Film Festival", "Foreign Ministry", "Trades Disputes Act"), 1 of 1 on
 * held-out train, 2 of 2 on Wikigold's held-out part, 13 of 29 on the other held-out sets
 * (CrossNER's parties are cut short: "L Liberal Party"); docs/entities.md.
 */
export function spanConfidence(labels: Uint8Array, margins: Float32Array, s: LabelSpan, word: (i: number) => string): number {
  const c = mentionConfidence(labels, margins, s.start, s.end)
  return c < STATED_CONFIDENCE && namesItsKind(s, word) ? STATED_CONFIDENCE : c
}

/** The rule the reading view (marks, hover card, popup cards, memory) shows a name by. */
export function isSure(entity: Pick<Entity, 'confidence'>): boolean {
  // Entities made elsewhere (stored memory, tests) carry no confidence: they were shown already.
  return (entity.confidence ?? 1) >= PAINT_CONFIDENCE
}

/**
 * The parts of one story (headline, body) with only the entities the reader is shown: an entity
 * sure in one part is shown in both, so the headline and the body never disagree about a name.
 */
export function keepSure<T extends { entities: Entity[] }>(parts: readonly T[]): T[] {
  const sure = new Set<string>()
  for (const p of parts) for (const e of p.entities) if (isSure(e)) sure.add(e.id)
  return parts.map((p) => ({ ...p, entities: p.entities.filter((e) => sure.has(e.id)) }))
}
