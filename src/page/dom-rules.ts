// What a reader cannot see and which elements break text into blocks, decided from the DOM alone
// (tag names, attributes, inline style), never from computed style, so a Node DOM and a browser
// agree on the story text (docs/architecture.md, "hidden text").
import type { Attrs } from './element-attrs.ts'

/** Elements whose content is never read as page text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'svg', 'math',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio', 'picture',
  'source', 'track', 'img', 'map', 'input', 'select', 'option', 'optgroup', 'textarea', 'button',
  'dialog', 'datalist', 'progress', 'meter', 'output', 'param',
])

/** Elements that start and end a block of text (a paragraph, for the text map). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
])

export const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Inline `display: none` or `visibility: hidden` (also `visibility: collapse`). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i

export function tagOf(el: Element): string {
  // localName is lower case for HTML elements in every DOM; tagName is upper case in some.
  return (el.localName || el.tagName || '').toLowerCase()
}

/** True for elements whose content is never page text (script, style, template, media…). */
export function isNeverText(tag: string): boolean {
  return NEVER_TEXT.has(tag)
}

export function isBlock(tag: string): boolean {
  return BLOCK.has(tag)
}

/**
 * True when the element and everything in it is invisible or not text, from the DOM alone.
 * `hasAttributes` false (the caller asked already) spares the attribute look-ups.
 */
export function isHidden(el: Element, tag: string, hasAttributes = true): boolean {
  if (NEVER_TEXT.has(tag)) return true
  if (!hasAttributes) return false
  if (el.hasAttribute('hidden')) return true
  const aria = el.getAttribute('aria-hidden')
  if (aria !== null && aria.trim().toLowerCase() === 'true') return true
  const style = el.getAttribute('style')
  if (style !== null && style.length > 0 && HIDDEN_STYLE.test(style)) return true
  return false
}

/** isHidden, from attributes read already (element-attrs.ts). */
export function hiddenByAttrs(tag: string, a: Attrs): boolean {
  if (NEVER_TEXT.has(tag)) return true
  if (!a.any) return false
  if (a.hidden) return true
  if (a.ariaHidden !== null && a.ariaHidden.trim().toLowerCase() === 'true') return true
  return a.style !== null && a.style.length > 0 && HIDDEN_STYLE.test(a.style)
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3
export const CDATA_NODE = 4
