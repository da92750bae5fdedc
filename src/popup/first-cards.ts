// Times the popup from its script's start to the frame that first paints its cards, as one User
// Timing measure, FIRST_CARDS, that `npm run bench -- popup` reads (scripts/bench/popup.bench.ts).
// It does not time anything else. Imported first by main.tsx, so `startedAt` is the script's start.

/** The measure's name in the popup's performance timeline. */
export const FIRST_CARDS = 'gloss:popup-first-cards'

const startedAt = performance.now()
let measured = false

/** The cards were just rendered: measure to the frame that paints them, once. */
export function cardsRendered(): void {
  if (measured) return
  measured = true
  requestAnimationFrame(() => performance.measure(FIRST_CARDS, { start: startedAt }))
}
