// One line of `npm run bench`: a measured figure, its peer's figure where one runs side by side,
// and the budget from docs/architecture.md or the issue it answers to.

export interface BenchRow {
  /** Which capability the row belongs to: "size", "engine", "dates", "story", "page", "notes"… */
  group: string
  /** What was measured, e.g. "content script (gzip, with loader and chunks)". */
  name: string
  /** The measured figure, already formatted with its unit ("41.2 KB", "3.1M chars/s"). */
  value: string
  /** The peer measured in the same run, formatted ("compromise 118k chars/s"), if any. */
  peer?: string
  /** The budget, formatted ("≤ 60 KB"). */
  budget?: string
  /** Whether the figure meets its budget; undefined when there is none. */
  ok?: boolean
}

/** A bench module: measures one capability and returns its rows. */
export type BenchModule = () => Promise<BenchRow[]>
