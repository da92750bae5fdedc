// @vitest-environment jsdom
// The event shield, below the browser: events from inside Gloss's closed shadow root reach no page
// listener, even one on window in the capture phase that would otherwise run first, and cannot be
// cancelled by the page; Gloss's own listeners get a copy that stays inside the shadow root; a
// page's own (untrusted) events aimed at our host are dropped. jsdom makes no trusted event, so the
// test says which events are the reader's; the real browsers run the same code in
// tests/e2e/hostile-page.e2e.test.ts.
import { afterEach, describe, expect, it } from 'vitest'
import { installShield, SHIELDED_TYPES } from '../../../src/content/shield.ts'

function setUp() {
  const host = document.createElement('div')
  const root = host.attachShadow({ mode: 'closed' })
  const textarea = document.createElement('textarea')
  const button = document.createElement('button')
  root.append(textarea, button)
  document.documentElement.append(host)
  const readers = new WeakSet<Event>()
  const shield = installShield(window, { host: () => host, inner: (e) => (e.type.startsWith('key') ? textarea : button) },
    (e) => readers.has(e))
  // The page's listeners, registered after ours as every page script is.
  const pageSaw: string[] = []
  const pageListener = (e: Event) => { pageSaw.push(e.type); e.preventDefault() }
  for (const type of SHIELDED_TYPES) {
    window.addEventListener(type, pageListener, { capture: true })
    document.addEventListener(type, pageListener, { capture: true })
    host.addEventListener(type, pageListener)
  }
  const fire = <E extends Event>(target: EventTarget, e: E, reader = true): E => {
    if (reader) readers.add(e)
    target.dispatchEvent(e)
    return e
  }
  const cleanup = () => {
    shield.remove()
    for (const type of SHIELDED_TYPES) {
      window.removeEventListener(type, pageListener, { capture: true })
      document.removeEventListener(type, pageListener, { capture: true })
    }
    host.remove()
  }
  return { host, textarea, button, shield, pageSaw, fire, cleanup }
}

let cleanup = () => {}
afterEach(() => cleanup())

describe('event shield', () => {
  it('lets no key, input, composition, clipboard, focus or click event of our UI reach the page', () => {
    const t = setUp()
    cleanup = t.cleanup
    const opts = { bubbles: true, composed: true, cancelable: true }
    const fired: Event[] = [
      new KeyboardEvent('keydown', { ...opts, key: 's' }), new KeyboardEvent('keyup', { ...opts, key: 's' }),
      new KeyboardEvent('keypress', { ...opts, key: 's' }), new InputEvent('beforeinput', { ...opts, data: 's' }),
      new InputEvent('input', { ...opts, data: 's' }), new CompositionEvent('compositionstart', opts),
      new CompositionEvent('compositionupdate', { ...opts, data: 'す' }), new CompositionEvent('compositionend', { ...opts, data: 'す' }),
      new Event('paste', opts), new FocusEvent('focusin', opts), new FocusEvent('focusout', opts), new FocusEvent('focus', { composed: true }),
    ].map((e) => t.fire(t.textarea, e))
    const clicks = [new MouseEvent('mousedown', opts), new MouseEvent('mouseup', opts), new MouseEvent('click', opts)].map((e) => t.fire(t.button, e))
    expect(t.pageSaw).toEqual([])
    // The page could not cancel them either: their default actions are the browser's to run.
    expect([...fired, ...clicks].filter((e) => e.defaultPrevented)).toEqual([])
    expect(t.shield.counts.stopped).toBe(fired.length + clicks.length)
  })

  it('hands our own listeners a copy that cannot leave the shadow root, and applies their preventDefault', () => {
    const t = setUp()
    cleanup = t.cleanup
    const seen: { type: string; key?: string; composed: boolean }[] = []
    t.textarea.addEventListener('keydown', (e) => { seen.push({ type: e.type, key: e.key, composed: e.composed }); if (e.ctrlKey) e.preventDefault() })
    t.button.addEventListener('click', (e) => seen.push({ type: e.type, composed: e.composed }))
    const plain = t.fire(t.textarea, new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, key: 'a' }))
    const save = t.fire(t.textarea, new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, key: 'Enter', ctrlKey: true }))
    t.fire(t.button, new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }))
    // The originals stop at window, before reaching the shadow root: only the copies arrive.
    expect(seen).toEqual([
      { type: 'keydown', key: 'a', composed: false },
      { type: 'keydown', key: 'Enter', composed: false },
      { type: 'click', composed: false },
    ])
    expect(plain.defaultPrevented).toBe(false)
    expect(save.defaultPrevented).toBe(true)
    expect(t.pageSaw).toEqual([])
    expect(t.shield.counts.relayed).toBe(3)
  })

  it('hands over key copies that stay inside the shadow root where every KeyboardEvent is composed (Firefox)', () => {
    // Firefox makes every KeyboardEvent composed, whatever its init says (seen in ESR 153): such a
    // copy left the shadow root, the shield dropped it, and Escape never closed the editor there.
    const Native = window.KeyboardEvent
    window.KeyboardEvent = class extends Native {
      constructor(type: string, init: KeyboardEventInit = {}) { super(type, { ...init, composed: true }) }
    }
    try {
      const t = setUp()
      cleanup = t.cleanup
      const seen: { key: string; ctrlKey: boolean; composed: boolean }[] = []
      t.textarea.addEventListener('keydown', (e) => seen.push({ key: e.key, ctrlKey: e.ctrlKey, composed: e.composed }))
      t.fire(t.textarea, new Native('keydown', { bubbles: true, composed: true, cancelable: true, key: 'Escape', ctrlKey: true }))
      expect(seen).toEqual([{ key: 'Escape', ctrlKey: true, composed: false }])
      expect(t.pageSaw).toEqual([])
      expect(t.shield.counts).toMatchObject({ relayed: 1, dropped: 0 })
    } finally {
      window.KeyboardEvent = Native
    }
  })

  it('drops a page’s own events aimed at our host: the page cannot drive our editor', () => {
    const t = setUp()
    cleanup = t.cleanup
    const seen: string[] = []
    t.textarea.addEventListener('keydown', (e) => seen.push(e.key))
    t.fire(t.host, new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'Enter', ctrlKey: true }), false)
    t.fire(t.host, new MouseEvent('click', { bubbles: true, composed: true }), false)
    expect(seen).toEqual([])
    expect(t.shield.counts).toEqual({ stopped: 2, dropped: 2, relayed: 0 })
  })

  it('keeps the release of a key pressed in our UI from the page, even after the UI closed', () => {
    const t = setUp()
    cleanup = t.cleanup
    const p = document.createElement('p')
    document.body.append(p)
    t.fire(t.textarea, new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'Enter', code: 'Enter' }))
    // Enter saved and closed the editor: its keyup lands on the page.
    t.fire(p, new KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'Enter', code: 'Enter' }))
    expect(t.pageSaw).toEqual([])
    // The next press of the same key on the page is the page's.
    t.fire(p, new KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'Enter', code: 'Enter' }))
    expect(t.pageSaw).toEqual(['keyup', 'keyup'])
    p.remove()
  })

  it('leaves the page’s own events alone', () => {
    const t = setUp()
    cleanup = t.cleanup
    const p = document.createElement('p')
    document.body.append(p)
    t.fire(p, new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'x' }))
    t.fire(p, new MouseEvent('click', { bubbles: true, composed: true }))
    expect(t.pageSaw).toEqual(['keydown', 'keydown', 'click', 'click'])
    expect(t.shield.counts.stopped).toBe(0)
    p.remove()
  })
})
