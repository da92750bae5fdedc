// @vitest-environment jsdom
// The note editor, below the browser: a failed save keeps the editor open with the reader's text
// and says why; note text is only ever text. (In real browsers the editor sits in a closed shadow
// root the tests cannot reach; here the module hands us its root.)
import { describe, expect, it, vi } from 'vitest'
import { openEditor, editorIsOpen, closeEditor, tagsFrom } from '../../../src/content/note-editor.ts'
import { noteCard } from '../../../src/content/note-card.ts'
import { closeToast, showToast, toastIsOpen, TOAST_MS } from '../../../src/content/undo-toast.ts'
import { uiRoot } from '../../../src/content/ui-host.ts'

const rect = { top: 10, bottom: 30, left: 10, right: 100, width: 90, height: 20, x: 10, y: 10, toJSON: () => ({}) } as DOMRect
const tick = () => new Promise((r) => setTimeout(r, 0))

describe('note editor', () => {
  it('keeps the text and tells the reader when a save fails', async () => {
    let saved: unknown = null
    openEditor(document, rect, 'a quote', null, async (value) => { saved = value; return { ok: false, message: 'storage is full' } })
    const root = uiRoot(document)
    const form = root.querySelector('form')!
    root.querySelector('textarea')!.value = 'my precious note'
    root.querySelector('input')!.value = 'iraq,  defense , iraq'
    form.dispatchEvent(new Event('submit', { cancelable: true }))
    await tick()
    expect(saved).toEqual({ text: 'my precious note', tags: ['iraq', 'defense', 'iraq'] })
    expect(editorIsOpen()).toBe(true)
    expect(root.querySelector('textarea')!.value).toBe('my precious note')
    expect(root.querySelector('.status')!.textContent).toBe('Not saved: storage is full. Your text is still here.')
  })

  it('closes once saved', async () => {
    openEditor(document, rect, 'q', null, async () => ({ ok: true }))
    uiRoot(document).querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }))
    await tick()
    expect(editorIsOpen()).toBe(false)
  })

  it('shows markup in a note as text', () => {
    const card = noteCard(document, { body: { text: '<img src=x onerror=alert(1)>', tags: ['a'] },
      target: { selector: [{ exact: 'old' }] } } as never, true)
    expect(card.querySelector('img')).toBeNull()
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(card.textContent).toContain('You noted: “old”')
  })

  it('adds exactly one element to the page, with a closed shadow root', () => {
    const host = document.documentElement.lastElementChild as HTMLElement
    expect(host.shadowRoot).toBeNull()
    expect(document.documentElement.querySelectorAll(':scope > div')).toHaveLength(1)
  })

  it('reads tags as the reader types them', () => {
    expect(tagsFrom(' a ,b,, c  d ')).toEqual(['a', 'b', 'c d'])
  })

  it('ends a long quote with an ellipsis where it is cut, and only there', () => {
    const long = 'The U.S. military’s most senior officer will meet his Iraqi counterpart on Thursday, and the two will discuss the future of the coalition in the country, officials said on Tuesday.'
    openEditor(document, rect, long, null, async () => ({ ok: true }))
    const shown = uiRoot(document).querySelector('.quote')!.textContent!
    expect(shown).toMatch(/^“The U\.S\. military’s most senior officer .*\S…”$/)
    expect(long.startsWith(shown.slice(1, -2))).toBe(true)
    openEditor(document, rect, 'A short passage.', null, async () => ({ ok: true }))
    expect(uiRoot(document).querySelector('.quote')!.textContent).toBe('“A short passage.”')
    closeEditor()
  })

  it('opens filled in to edit a note, and saves what the reader changed', async () => {
    let saved: unknown = null
    openEditor(document, rect, 'q', { text: 'first thought', tags: ['iraq', 'talks'] }, async (v) => { saved = v; return { ok: true } })
    const root = uiRoot(document)
    expect(root.querySelector('textarea')!.value).toBe('first thought')
    expect(root.querySelector('input')!.value).toBe('iraq, talks')
    expect(root.querySelector('form')!.getAttribute('aria-label')).toBe('Edit your note')
    root.querySelector('textarea')!.value = 'second thought'
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }))
    await tick()
    expect(saved).toEqual({ text: 'second thought', tags: ['iraq', 'talks'] })
    expect(editorIsOpen()).toBe(false)
  })

  it('closes on Escape and gives focus back to where it was in the page', () => {
    const field = document.createElement('input')
    document.body.append(field)
    field.focus()
    openEditor(document, rect, 'q', null, async () => ({ ok: true }))
    const root = uiRoot(document)
    expect(root.activeElement).toBe(root.querySelector('textarea'))
    root.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    expect(editorIsOpen()).toBe(false)
    expect(document.activeElement).toBe(field)
    field.remove()
  })
})

describe('note card', () => {
  const note = { id: 'urn:uuid:1', body: { text: 'mine', tags: [] }, target: { selector: [{ exact: 'old' }] } } as never
  it('offers Edit, Delete and Close on the note it shows', () => {
    const did: string[] = []
    const card = noteCard(document, note, false, { edit: (n) => did.push('edit ' + n.id), remove: (n) => did.push('delete ' + n.id),
      close: () => did.push('close') })
    for (const b of card.querySelectorAll('button')) b.click()
    expect(did).toEqual(['edit urn:uuid:1', 'delete urn:uuid:1', 'close'])
    expect([...card.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Edit', 'Delete', 'Close'])
  })

  it('keeps Tab inside the card: Tab from Close goes to Edit, Shift+Tab from Edit to Close', () => {
    const card = noteCard(document, note, false, { edit: () => {}, remove: () => {}, close: () => {} })
    const root = uiRoot(document)
    root.append(card)
    const [edit, , close] = card.querySelectorAll('button')
    const tab = (shiftKey: boolean) => {
      const e = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true })
      root.activeElement!.dispatchEvent(e)
      return e.defaultPrevented
    }
    close.focus()
    expect(tab(false)).toBe(true)
    expect(root.activeElement).toBe(edit)
    expect(tab(true)).toBe(true)
    expect(root.activeElement).toBe(close)
    expect(tab(true)).toBe(true)
    expect(root.activeElement?.textContent).toBe('Delete')
    card.remove()
  })
})

describe('undo toast', () => {
  it('undoes, says so, and keeps Undo when it fails so the reader can try again', async () => {
    let tries = 0
    showToast(document, 'Note deleted.', { label: 'Undo', done: 'Note restored.', run: async () => (++tries === 1 ? { ok: false, message: 'storage is full' } : { ok: true }) }, true)
    const root = uiRoot(document)
    const undo = root.querySelector<HTMLButtonElement>('.toast-action')!
    expect(root.activeElement).toBe(undo)
    undo.click()
    await tick()
    expect(root.querySelector('.toast-text')!.textContent).toBe('Undo failed: storage is full. Try again.')
    expect(undo.isConnected && !undo.disabled).toBe(true)
    undo.click()
    await tick()
    expect(root.querySelector('.toast-text')!.textContent).toBe('Note restored.')
    expect(root.querySelector('.toast-action')).toBeNull()
    // Done: focus is back in the page.
    expect(root.activeElement).toBeNull()
    closeToast()
    expect(toastIsOpen()).toBe(false)
  })

  it('closes on Escape and gives focus back to the page', () => {
    showToast(document, 'Note deleted.', { label: 'Undo', done: 'Note restored.', run: async () => ({ ok: true }) }, true)
    const root = uiRoot(document)
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    expect(toastIsOpen()).toBe(false)
    expect(root.activeElement).toBeNull()
  })

  it('waits for an Undo under way, and tells a failure even when the toast was closed meanwhile', async () => {
    vi.useFakeTimers()
    try {
      let finish: (r: { ok: false; message: string }) => void = () => {}
      showToast(document, 'Note deleted.', { label: 'Undo', done: 'Note restored.', run: () => new Promise((r) => { finish = r }) }, true)
      const root = uiRoot(document)
      root.querySelector<HTMLButtonElement>('.toast-action')!.click()
      ;(root.activeElement as HTMLElement | null)?.blur()
      vi.advanceTimersByTime(TOAST_MS * 3)
      expect(toastIsOpen()).toBe(true)
      closeToast()
      finish({ ok: false, message: 'storage is full' })
      await vi.advanceTimersByTimeAsync(0)
      expect(toastIsOpen()).toBe(true)
      expect(root.querySelector('.toast-text')!.textContent).toBe('Undo failed: storage is full.')
      closeToast()
    } finally {
      vi.useRealTimers()
    }
  })

  it('goes after a few seconds when left alone, and stays while the reader is on Undo', () => {
    vi.useFakeTimers()
    try {
      const undo = { label: 'Undo', done: 'Note restored.', run: async () => ({ ok: true as const }) }
      showToast(document, 'Note deleted.', undo, false)
      vi.advanceTimersByTime(TOAST_MS - 1)
      expect(toastIsOpen()).toBe(true)
      vi.advanceTimersByTime(2)
      expect(toastIsOpen()).toBe(false)
      showToast(document, 'Note deleted.', undo, true)
      vi.advanceTimersByTime(TOAST_MS * 5)
      expect(toastIsOpen()).toBe(true)
      uiRoot(document).querySelector<HTMLElement>('.toast')!.dispatchEvent(new Event('pointerenter'))
      ;(uiRoot(document).activeElement as HTMLElement).blur()
      vi.advanceTimersByTime(TOAST_MS * 2)
      expect(toastIsOpen()).toBe(true)
      uiRoot(document).querySelector<HTMLElement>('.toast')!.dispatchEvent(new Event('pointerleave'))
      vi.advanceTimersByTime(TOAST_MS + 1)
      expect(toastIsOpen()).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })
})
