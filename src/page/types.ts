// The page layer's output types: a story found in a live DOM, and the map between its text and
// the DOM. Offsets are UTF-16 code units into `Story.text` (the body only; the headline is
// `Story.title`).

export interface StoryMeta {
  title: string | null
  /** Author names only: no "By", no dates, no job titles. */
  byline: string[]
  /** ISO 8601, keeping the page's time zone offset when it gives one. */
  published: string | null
  modified: string | null
  site: string | null
  /** The story's URL as the page states it (canonical link, og:url), else the document's URL. */
  url: string | null
  lang: string | null
}

export interface Story extends StoryMeta {
  text: string
}

/** A block of the story text: a body paragraph or a subheading, in reading order. */
export interface StoryBlock {
  kind: 'paragraph' | 'heading'
  start: number
  end: number
}

/** Maps offsets in `text` to DOM positions and back. */
export interface TextMap {
  readonly text: string
  /** A DOM Range over text[start, end), or null when the offsets are out of bounds. */
  toRange(start: number, end: number): Range | null
  /** Offsets into text of a DOM Range, or null when the Range lies outside the mapped text. */
  fromRange(range: Range): { start: number; end: number } | null
}

export type StoryResult =
  | { ok: true; story: Story; blocks: StoryBlock[]; textMap: TextMap; titleMap: TextMap | null }
  | { ok: false; reason: string }
