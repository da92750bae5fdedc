// Where a key moves focus in a roving-tabindex list (WAI-ARIA Authoring Practices, "Managing focus
// within components using a roving tabindex"): the list is one Tab stop, and Up/Down (Left/Right
// in a row of buttons), Home/End and Page Up/Page Down move inside it.
// Pure: indexes in, index out; the popup applies it to the DOM (src/popup/use-roving.ts).

/** Page Up/Page Down move this many items: any card of a long list is a few keys away. */
export const PAGE_STEP = 5

/** The index focus moves to for `key` from `index` in a list of `count`, or null if the key is not ours. */
export function rovingTarget(key: string, index: number, count: number): number | null {
  if (count === 0) return null
  const last = count - 1
  switch (key) {
    case 'ArrowDown': case 'ArrowRight': return Math.min(last, index + 1)
    case 'ArrowUp': case 'ArrowLeft': return Math.max(0, index - 1)
    case 'Home': return 0
    case 'End': return last
    case 'PageDown': return Math.min(last, index + PAGE_STEP)
    case 'PageUp': return Math.max(0, index - PAGE_STEP)
    default: return null
  }
}
