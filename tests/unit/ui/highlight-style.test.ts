import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrast, highlightCss, textColourOn } from '../../../src/content/highlight-style.ts'
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

  it('ships the default rules in the manifest stylesheet too', () => {
    expect(readFileSync('src/content/highlights.css', 'utf8')).toContain(highlightCss(DEFAULT_COLOURS))
  })
})
