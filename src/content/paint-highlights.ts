// Paints marks with the CSS Custom Highlight API under the contract names: a thing's first mark
// in full, in its kind's highlight (gloss-per, gloss-org, gloss-loc, gloss-misc, gloss-date), its
// later marks in the one quiet highlight (gloss-again), and every mark of the thing whose card is
// open in gloss-focus. The page's DOM is never changed: no wrapper elements, no style elements
// (the rules go into an adopted sheet).
import { HighlightKinds, type HighlightKind, type PageSettingsValue } from '../protocol/messages.ts'
import type { TextMap } from '../page/types.ts'
import { AGAIN_HIGHLIGHT, FOCUS_HIGHLIGHT, HIGHLIGHT_NAMES, highlightCss, isDarkBackground } from '../ui/highlight-style.ts'
import type { Mark } from './mentions.ts'

export interface PaintTarget {
  title: TextMap | null
  body: TextMap
}

/** Whether this browser has the Highlight API as we need it (a page may also have broken it). */
export function highlightsSupported(): boolean {
  try {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' &&
      !!CSS.highlights && typeof CSS.highlights.set === 'function'
  } catch {
    return false
  }
}

export function rangeOf(mark: Pick<Mark, 'part' | 'start' | 'end'>, target: PaintTarget): Range | null {
  const map = mark.part === 'title' ? target.title : target.body
  return map ? map.toRange(mark.start, mark.end) : null
}

/** Whether a mark is painted in full: a thing's first mark, or every mark when the reader asks. */
export const inFull = (mark: Mark, settings: PageSettingsValue): boolean => mark.first || settings.everyMention

/** Replaces Gloss's highlights with these marks; kinds the reader turned off are left out. */
export function paintHighlights(marks: Mark[], target: PaintTarget, settings: PageSettingsValue): number {
  if (!highlightsSupported()) return 0
  const byKind = new Map<HighlightKind, Range[]>(HighlightKinds.map((k) => [k, []]))
  const again: Range[] = []
  for (const mark of marks) {
    if (!settings.kinds[mark.kind]) continue
    const range = rangeOf(mark, target)
    if (range) (inFull(mark, settings) ? byKind.get(mark.kind)! : again).push(range)
  }
  let painted = again.length
  for (const kind of HighlightKinds) {
    const ranges = byKind.get(kind)!
    painted += ranges.length
    CSS.highlights.set(HIGHLIGHT_NAMES[kind], new Highlight(...ranges))
  }
  CSS.highlights.set(AGAIN_HIGHLIGHT, new Highlight(...again))
  return painted
}

/** Lights up every mark of one thing (its card is open), or none (`key` null). */
export function paintFocus(marks: Mark[], target: PaintTarget, settings: PageSettingsValue, key: string | null): void {
  if (!highlightsSupported()) return
  if (key === null) { CSS.highlights.delete(FOCUS_HIGHLIGHT); return }
  const ranges: Range[] = []
  for (const mark of marks) {
    if (mark.key !== key || !settings.kinds[mark.kind]) continue
    const range = rangeOf(mark, target)
    if (range) ranges.push(range)
  }
  const focus = new Highlight(...ranges)
  focus.priority = 1 // over the marks it lights up
  CSS.highlights.set(FOCUS_HIGHLIGHT, focus)
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return
  for (const kind of HighlightKinds) CSS.highlights.delete(HIGHLIGHT_NAMES[kind])
  CSS.highlights.delete(AGAIN_HIGHLIGHT)
  CSS.highlights.delete(FOCUS_HIGHLIGHT)
}

/**
 * The story's text colour when it is shown on a dark background, else null: the first opaque
 * computed background from the story's own element up to the root decides. None at all is the
 * browser's default white canvas.
 */
export function darkStoryText(doc: Document, target: PaintTarget): string | null {
  const start = target.body.toRange(0, 1)?.startContainer ?? null
  const view = doc.defaultView
  const first = start instanceof Element ? start : start?.parentElement ?? doc.body
  if (!view || !first) return null
  for (let el: Element | null = first; el; el = el.parentElement) {
    const dark = isDarkBackground(view.getComputedStyle(el).backgroundColor)
    if (dark !== null) return dark ? view.getComputedStyle(first).color : null
  }
  return null
}

let sheet: CSSStyleSheet | null = null

/** Installs (or updates) the ::highlight rules as an adopted stylesheet of the document. */
export function installHighlightStyle(doc: Document, colours: Record<HighlightKind, string>, darkText: string | null = null): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet()
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
    }
    sheet.replaceSync(highlightCss(colours, { darkText, important: true }))
  } catch {
    // Without constructable sheets the manifest's default rules (highlights.css) still apply.
  }
}
