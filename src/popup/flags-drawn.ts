// Whether this system draws flag emoji, measured once per popup on a canvas (no DOM is changed);
// the decision itself is src/ui/flag.ts.
import { drawsFlags } from '../ui/flag.ts'

/** The popup's own font stack, with the emoji fonts systems ship, as the cards would draw a flag. */
const FONT = '16px system-ui, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", "DejaVu Sans", sans-serif'

let drawn: boolean | null = null

export function flagsDrawn(): boolean {
  if (drawn !== null) return drawn
  try {
    const ctx = document.createElement('canvas').getContext('2d')
    if (!ctx) return (drawn = false)
    ctx.font = FONT
    drawn = drawsFlags((t) => ctx.measureText(t).width)
  } catch {
    drawn = false
  }
  return drawn
}
