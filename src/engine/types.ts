// The engine's output types: the `entities` and `dates` of the analyze contract (docs/architecture.md).
// Offsets are UTF-16 code units (JavaScript string indices, as DOM Ranges count) into the text
// the engine was given.

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC'

export interface Span {
  start: number
  end: number
}

/** Where a name is mentioned, and how sure the recogniser is of it (0..1; always set by the engine). */
export interface EntityMention extends Span {
  confidence?: number
}

/** One named thing in a text: all its mentions grouped, with a canonical name and a stable id. */
export interface Entity {
  /** Derived from type and canonical name only, so stable across visits and stories. */
  id: string
  /** Canonical name (the fullest form the text uses, e.g. "Patrick Ryder", "United States"). */
  name: string
  type: EntityType
  /** Other surface forms seen in the text ("Ryder", "U.S.", "US"). */
  aliases: string[]
  mentions: EntityMention[]
  /**
   * How sure the recogniser is of the thing and its type, 0..1: its surest mention's confidence.
   * The reading view shows an entity from PAINT_CONFIDENCE up (isSure, mention-confidence.ts). Always set by
   * the engine; optional for entities made elsewhere (stored memory, tests).
   */
  confidence?: number
  /** What the story says it is, by a title, an apposition or a kind noun (entity-role.ts). */
  role?: string
}

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET'
export type DateGrain =
  | 'time' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century'
  | 'ref' | 'duration' | 'set'

/** A temporal expression with its TimeML value, resolved against the publish date. */
export interface DateMention extends Span {
  type: DateType
  /** TimeML value: 2024-01-23, 2023-10, 2023, 2024-W04, 2024-Q1, 2024-SU, 199, 2024-01-24T09:00, PAST_REF, P3W */
  value: string
  grain: DateGrain
}

export interface Analysis {
  entities: Entity[]
  dates: DateMention[]
}
