// Roving tabindex over the controls marked `data-rove` inside one element: the element is one Tab
// stop (the control last focused in it, else its first), and the keys of src/ui/roving.ts move
// focus among its shown controls (those inside a `hidden` element are skipped). Controls render
// with tabIndex -1; this hook gives the one active control tabIndex 0 in the DOM.
import { useEffect, useRef } from 'preact/hooks'
import { rovingTarget } from '../ui/roving.ts'

const ITEM = '[data-rove]'
const shown = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(ITEM)].filter((el) => !el.closest('[hidden]'))

export function useRoving<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const active = useRef<HTMLElement | null>(null)
  const settle = () => {
    const root = ref.current
    if (!root) return
    const items = shown(root)
    if (!active.current || !items.includes(active.current)) active.current = items[0] ?? null
    for (const el of root.querySelectorAll<HTMLElement>(ITEM)) el.tabIndex = el === active.current ? 0 : -1
  }
  // After every render of the list: exactly one control takes Tab.
  useEffect(settle)
  const onKeyDown = (e: KeyboardEvent) => {
    const root = ref.current
    if (!root || e.altKey || e.ctrlKey || e.metaKey) return
    const items = shown(root)
    const at = items.indexOf(e.target as HTMLElement)
    if (at < 0) return
    const to = rovingTarget(e.key, at, items.length)
    if (to === null) return
    e.preventDefault()
    items[to].focus()
    items[to].scrollIntoView({ block: 'nearest' })
  }
  // A click or a focus from elsewhere (the hover card's "Show in popup") makes that control the Tab stop.
  const onFocusIn = (e: FocusEvent) => {
    const el = e.target as HTMLElement
    if (!el.matches?.(ITEM)) return
    active.current = el
    settle()
  }
  return { ref, onKeyDown, onFocusIn }
}
