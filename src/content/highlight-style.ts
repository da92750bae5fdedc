// The ::highlight() rules for Gloss's five kinds. Each kind sets both its background and its
// text colour (black or white, whichever contrasts more), so the text stays readable (≥ 4.5:1)
// on light and dark pages alike; kinds also differ by underline style, not by colour alone.
import { HighlightKinds, type HighlightKind } from '../messages.ts'

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  per: 'gloss-per', org: 'gloss-org', loc: 'gloss-loc', misc: 'gloss-misc', date: 'gloss-date',
}

const UNDERLINE: Record<HighlightKind, string> = {
  per: 'solid', org: 'double', loc: 'dotted', misc: 'dashed', date: 'wavy',
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4))
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** The text colour, near-black or white, that reads best on a background. */
export function textColourOn(background: string): string {
  return contrast(background, '#000000') >= contrast(background, '#ffffff') ? '#000000' : '#ffffff'
}

export function highlightCss(colours: Record<HighlightKind, string>): string {
  return HighlightKinds.map((k) => {
    const bg = colours[k]
    const fg = textColourOn(bg)
    return `::highlight(${HIGHLIGHT_NAMES[k]}) { background-color: ${bg}; color: ${fg}; ` +
      `text-decoration: underline ${UNDERLINE[k]} ${fg}; text-decoration-thickness: 1px; }`
  }).join('\n') + '\n::highlight(gloss-flash) { background-color: #ff7a00; color: #000000; }'
}
