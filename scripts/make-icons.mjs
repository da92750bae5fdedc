// Draws Gloss's icon (a page with highlighted lines on a rounded navy square) at the sizes the
// Chrome Web Store and addons.mozilla.org ask for, supersampled for smooth edges.
// Run: node scripts/make-icons.mjs  (writes icons/icon-<size>.png; the PNGs are committed)
import { PNG } from 'pngjs'
import { writeFileSync } from 'node:fs'

const SIZES = [16, 32, 48, 96, 128]
const SS = 4 // supersampling factor per axis

// Shapes in a 128-unit design space. Later shapes paint over earlier ones.
const NAVY = [11, 37, 69], PAPER = [250, 248, 240], INK = [60, 72, 88], MARK = [255, 196, 0]
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}
const shapes = [
  [roundRect(4, 4, 124, 124, 26), NAVY],
  [roundRect(30, 22, 98, 106, 8), PAPER],
  [roundRect(40, 38, 88, 46, 4), INK],
  [roundRect(38, 54, 90, 68, 3), MARK],
  [roundRect(40, 57, 80, 65, 4), INK],
  [roundRect(40, 76, 88, 84, 4), INK],
  [roundRect(40, 92, 70, 100, 4), INK],
]

for (const size of SIZES) {
  const png = new PNG({ width: size, height: size })
  const n = size * SS
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0
      for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
        const x = ((px * SS + sx + 0.5) / n) * 128, y = ((py * SS + sy + 0.5) / n) * 128
        let colour = null
        for (const [inside, c] of shapes) if (inside(x, y)) colour = c
        if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a++ }
      }
      const i = (py * size + px) * 4
      png.data[i] = a ? Math.round(r / a) : 0
      png.data[i + 1] = a ? Math.round(g / a) : 0
      png.data[i + 2] = a ? Math.round(b / a) : 0
      png.data[i + 3] = Math.round((a / (SS * SS)) * 255)
    }
  }
  writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), PNG.sync.write(png))
}
console.log('icons written:', SIZES.join(', '))
