import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrast, highlightCss, isDarkBackground, textColourOn } from '../../../src/ui/highlight-style.ts'
import { DEFAULT_COLOURS } from '../../../src/settings.ts'

describe('highlight style', () => {
  it('keeps text on every default highlight at 4.5:1 or more, whatever the page colours', () => {
    for (const bg of Object.values(DEFAULT_COLOURS)) expect(contrast(bg, textColourOn(bg))).toBeGreaterThanOrEqual(4.5)
  })

  it('picks readable text on any background a reader may choose', () => {
    for (let i = 0; i < 4096; i += 37) {
      const bg = '#' + [i & 15, (i >> 4) & 15, (i >> 8) & 15].map((n) => (n * 17).toString(16).padStart(2, '0')).join('')
      expect(contrast(bg, textColourOn(bg))).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('sets the text colour with the background, and a distinct underline per kind', () => {
    const css = highlightCss(DEFAULT_COLOURS)
    const styles = [...css.matchAll(/underline (\w+)/g)].map((m) => m[1])
    expect(new Set(styles).size).toBe(5)
    expect(css.match(/::highlight\(gloss-(per|org|loc|misc|date)\) \{ background-color: #[0-9a-f]{6}; color: #[0-9a-f]{6};/g)).toHaveLength(5)
  })

  it('tells a dark background from a light one, and looks through a transparent one', () => {
    expect(isDarkBackground('rgb(18, 18, 18)')).toBe(true)
    expect(isDarkBackground('rgb(32 33 36)')).toBe(true)
    expect(isDarkBackground('rgb(255, 255, 255)')).toBe(false)
    expect(isDarkBackground('rgb(245, 240, 230)')).toBe(false)
    // Mid grey: white text reads better on it than black from about #767676 down.
    expect(isDarkBackground('rgb(110, 110, 110)')).toBe(true)
    expect(isDarkBackground('rgb(140, 140, 140)')).toBe(false)
    expect(isDarkBackground('rgba(0, 0, 0, 0)')).toBe(null)
    expect(isDarkBackground('rgba(0, 0, 0, 0.2)')).toBe(null)
    expect(isDarkBackground('rgb(0 0 0 / 80%)')).toBe(true)
    expect(isDarkBackground('transparent')).toBe(null)
  })

  it('on a dark page, tints faintly, keeps the page’s text colour and lightens the underlines', () => {
    const css = highlightCss(DEFAULT_COLOURS, { darkText: 'rgb(230, 230, 230)' })
    expect(css).toContain('::highlight(gloss-per) { background-color: #ffe08a4d; color: rgb(230, 230, 230); text-decoration: underline solid #ffe08a;')
    expect(css.match(/::highlight\(gloss-(per|org|loc|misc|date)\)[^}]*[;{] color: rgb\(230, 230, 230\)/g)).toHaveLength(5)
    expect(css).toContain('::highlight(gloss-again) { text-decoration: underline solid rgba(255, 255, 255, 0.5)')
  })

  it('can make every rule win over the manifest’s defaults', () => {
    const css = highlightCss(DEFAULT_COLOURS, { important: true })
    expect(css.match(/;/g)!.length).toBe(css.match(/ !important;/g)!.length)
  })

  it('has one quiet highlight for later mentions and one for the thing in focus', () => {
    const css = highlightCss(DEFAULT_COLOURS)
    expect(css).toMatch(/::highlight\(gloss-again\) \{ text-decoration: underline solid rgba\(0, 0, 0, 0\.4\)/)
    expect(css).not.toMatch(/::highlight\(gloss-again\)[^}]*background/)
    expect(css).toMatch(/::highlight\(gloss-focus\) \{ background-color/)
  })

  it('ships the default rules in the manifest stylesheet too', () => {
    expect(readFileSync('src/content/highlights.css', 'utf8')).toContain(highlightCss(DEFAULT_COLOURS))
  })
})
