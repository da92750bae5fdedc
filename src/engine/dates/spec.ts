// The grammar's output before resolution: what an expression says (fields it names, a shift from
// the reference, a direction), not yet which calendar date it means.

import type { DateType } from '../types.ts'
import type { PartOfDay, Season, Unit } from './lexicon-en.ts'

/** Finer than DateGrain: part of day and half-year are resolved separately. */
export type SpecGrain =
  | 'time' | 'pod' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season'
  | 'year' | 'decade' | 'century' | 'ref' | 'duration' | 'set'

export type Mod = 'START' | 'MID' | 'END'

export interface Spec {
  type: DateType
  grain: SpecGrain
  y?: number
  /** A two-digit year ("'89", "11/02/89"): the century comes from the reference date. */
  yy?: number
  m?: number
  d?: number
  /** Weekday, 0 = Monday. */
  wd?: number
  q?: number
  half?: number
  season?: Season
  /** 198 for the 1980s. */
  decade?: number
  /** 19 for the 20th century. */
  century?: number
  hh?: number
  mi?: number
  pod?: PartOfDay
  /** A shift of n units from the reference date, or from the last mentioned date if anaphoric. */
  shift?: { unit: Unit; n: number }
  anaphoric?: boolean
  /** An explicit direction for a year-less month, weekday, season or quarter. */
  dir?: 'last' | 'next' | 'this'
  /** "June last year": the year is the reference year plus this. */
  yearShift?: number
  /** Earnings style "a year ago": takes the last mentioned quarter's grain when there is one. */
  inherit?: boolean
  /** "The 1988 period", "the year-ago period": a quarter, or a year after "the nine months". */
  period?: boolean
  /** "The quarter ended Sept. 30": the quarter being reported if one was named, else q. */
  reported?: boolean
  /** "Until then": the date last mentioned, at its own grain; nothing when there is none. */
  lastMentioned?: boolean
  /** A holiday whose day depends on the year ("thanksgiving", "easter", "election day"). */
  holiday?: string
  /** A fixed value (PAST_REF, P3W, …). */
  value?: string
  mod?: Mod
}

export interface Match {
  /** Token index one past the last token of the expression. */
  end: number
  x: Spec
  /** A range ("Jan. 3-5") split into its ends, each its own mention; token index ranges. */
  parts?: Array<{ from: number; to: number; x: Spec }>
  /** The expression may take a leading "the" into its extent ("the third quarter"). */
  det?: boolean
  /** The expression only counts after "the" ("the future", "the quarter", "the summer"). */
  needsThe?: boolean
}
