// Paints marks with the CSS Custom Highlight API: one Highlight per kind, registered under the
// contract names (gloss-per, gloss-org, gloss-loc, gloss-misc, gloss-date). The page's DOM is
// never changed: no wrapper elements, no style elements (the rules go into an adopted sheet).
import { HighlightKinds, type HighlightKind, type PageSettingsValue } from '../messages.ts'
import type { TextMap } from '../page/types.ts'
import { HIGHLIGHT_NAMES, highlightCss } from './highlight-style.ts'
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

/** Replaces Gloss's highlights with these marks; kinds the reader turned off are left out. */
export function paintHighlights(marks: Mark[], target: PaintTarget, settings: PageSettingsValue): number {
  if (!highlightsSupported()) return 0
  const byKind = new Map<HighlightKind, Range[]>(HighlightKinds.map((k) => [k, []]))
  for (const mark of marks) {
    if (!settings.kinds[mark.kind]) continue
    const range = rangeOf(mark, target)
    if (range) byKind.get(mark.kind)!.push(range)
  }
  let painted = 0
  for (const kind of HighlightKinds) {
    const ranges = byKind.get(kind)!
    painted += ranges.length
    CSS.highlights.set(HIGHLIGHT_NAMES[kind], new Highlight(...ranges))
  }
  return painted
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return
  for (const kind of HighlightKinds) CSS.highlights.delete(HIGHLIGHT_NAMES[kind])
}

let sheet: CSSStyleSheet | null = null

/** Installs (or updates) the ::highlight rules as an adopted stylesheet of the document. */
export function installHighlightStyle(doc: Document, colours: Record<HighlightKind, string>): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet()
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
    }
    sheet.replaceSync(highlightCss(colours))
  } catch {
    // Without constructable sheets the manifest's default rules (highlights.css) still apply.
  }
}
