// @vitest-environment jsdom
// The note editor, below the browser: a failed save keeps the editor open with the reader's text
// and says why; note text is only ever text. (In real browsers the editor sits in a closed shadow
// root the tests cannot reach; here the module hands us its root.)
import { describe, expect, it } from 'vitest'
import { openEditor, editorIsOpen, noteCard, tagsFrom } from '../../../src/content/note-editor.ts'
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
})
