// The ::highlight() rules: Gloss's five kinds in full, the quiet later mentions (gloss-again), the
// entity in focus (gloss-focus) and the flash. On a light page each kind sets its background and
// its text colour (black or white, whichever contrasts more), so text stays readable (≥ 4.5:1);
// on a dark page the tints are faint and the page's own light text colour is kept, so no mark
// turns into a bright block. Kinds also differ by underline style, not by colour alone.
import { HighlightKinds, type HighlightKind } from '../settings.ts'

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  per: 'gloss-per', org: 'gloss-org', loc: 'gloss-loc', misc: 'gloss-misc', date: 'gloss-date',
}
/** Later mentions of a thing already marked in full: one highlight for all kinds. */
export const AGAIN_HIGHLIGHT = 'gloss-again'
/** Every mention of the thing whose card is open. */
export const FOCUS_HIGHLIGHT = 'gloss-focus'
export const FLASH_HIGHLIGHT = 'gloss-flash'

const UNDERLINE: Record<HighlightKind, string> = {
  per: 'solid', org: 'double', loc: 'dotted', misc: 'dashed', date: 'wavy',
}
/** On a dark page a kind's tint is laid over the page at this opacity (hex alpha, about 30 %). */
const DARK_TINT_ALPHA = '4d'
/**
 * Below this relative luminance a background is dark: white text contrasts more with it than
 * black does (the two contrasts are equal at about 0.179).
 */
const DARK_LUMINANCE = 0.179
/** A background this transparent or more shows what lies under it; look further up. */
const SEE_THROUGH_ALPHA = 0.5

/** WCAG 2 relative luminance of sRGB channels 0..255. */
function channelsLuminance(r: number, g: number, b: number): number {
  const c = [r, g, b].map((x) => x / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4))
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  return channelsLuminance(...([1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]))
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** The text colour, near-black or white, that reads best on a background. */
export function textColourOn(background: string): string {
  return contrast(background, '#000000') >= contrast(background, '#ffffff') ? '#000000' : '#ffffff'
}

/**
 * Whether a computed background colour ("rgb(18, 18, 18)", "rgba(0, 0, 0, 0)", "rgb(0 0 0 / 0.5)")
 * is a dark one; null when it is (nearly) transparent or not in rgb() form, so the caller looks at
 * what lies beneath.
 */
export function isDarkBackground(computed: string): boolean | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(computed.trim())
  if (!m) return null
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4])
  if (alpha < SEE_THROUGH_ALPHA) return null
  return channelsLuminance(+m[1], +m[2], +m[3]) < DARK_LUMINANCE
}

export interface HighlightCssOptions {
  /** The story's own text colour when it sits on a dark background: the dark variant, keeping it. */
  darkText?: string | null
  /**
   * Every declaration !important: the adopted sheet's rules must win over the manifest's default
   * rules, which Firefox orders after the page's own sheets (content-script CSS is an extra author
   * sheet there), so that a reader's colours and the dark variant apply in both browsers.
   */
  important?: boolean
}

export function highlightCss(colours: Record<HighlightKind, string>, opts: HighlightCssOptions = {}): string {
  const dark = !!opts.darkText
  const kinds = HighlightKinds.map((k) => {
    const bg = colours[k]
    if (dark) {
      return `::highlight(${HIGHLIGHT_NAMES[k]}) { background-color: ${bg}${DARK_TINT_ALPHA}; color: ${opts.darkText}; ` +
        `text-decoration: underline ${UNDERLINE[k]} ${bg}; text-decoration-thickness: 1px; }`
    }
    const fg = textColourOn(bg)
    return `::highlight(${HIGHLIGHT_NAMES[k]}) { background-color: ${bg}; color: ${fg}; ` +
      `text-decoration: underline ${UNDERLINE[k]} ${fg}; text-decoration-thickness: 1px; }`
  })
  const faint = dark ? 'rgba(255, 255, 255, 0.5)' : 'rgba(0, 0, 0, 0.4)'
  const focus = dark ? 'rgba(255, 214, 102, 0.3)' : 'rgba(255, 196, 0, 0.35)'
  const css = [
    ...kinds,
    `::highlight(${AGAIN_HIGHLIGHT}) { text-decoration: underline solid ${faint}; text-decoration-thickness: 1px; }`,
    `::highlight(${FOCUS_HIGHLIGHT}) { background-color: ${focus}; text-decoration: underline solid currentColor; text-decoration-thickness: 2px; }`,
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: #ff7a00; color: #000000; }`,
  ].join('\n')
  return opts.important ? css.replace(/;/g, ' !important;') : css
}
