// The attributes story detection reads on every element, read in one pass over the element's
// attribute names instead of a dozen look-ups of names it mostly does not have: the page walk
// visits every element, and each look-up is a call into the DOM (and a scan of the attribute list
// under linkedom).

export interface Attrs {
  /** False when the element has no attributes at all: every other field is then empty. */
  any: boolean
  cls: string | null
  id: string | null
  role: string | null
  style: string | null
  ariaHidden: string | null
  hidden: boolean
  itemprop: string | null
  rel: string | null
  testid: string | null
  type: string | null
  href: boolean
  pubdate: boolean
  datetime: boolean
}

export function newAttrs(): Attrs {
  return {
    any: false, cls: null, id: null, role: null, style: null, ariaHidden: null, hidden: false, itemprop: null,
    rel: null, testid: null, type: null, href: false, pubdate: false, datetime: false,
  }
}

/** Fills `a` (reused from element to element, to spare allocations) with `el`'s attributes. */
export function readAttrs(el: Element, a: Attrs): Attrs {
  a.cls = a.id = a.role = a.style = a.ariaHidden = a.itemprop = a.rel = a.testid = a.type = null
  a.hidden = a.href = a.pubdate = a.datetime = false
  a.any = el.hasAttributes()
  if (!a.any) return a
  const names = el.getAttributeNames()
  for (let i = 0; i < names.length; i++) {
    switch (names[i]) {
      case 'class': a.cls = el.getAttribute('class'); break
      case 'id': a.id = el.getAttribute('id'); break
      case 'role': a.role = el.getAttribute('role'); break
      case 'style': a.style = el.getAttribute('style'); break
      case 'aria-hidden': a.ariaHidden = el.getAttribute('aria-hidden'); break
      case 'hidden': a.hidden = true; break
      case 'itemprop': a.itemprop = el.getAttribute('itemprop'); break
      case 'rel': a.rel = el.getAttribute('rel'); break
      case 'data-testid': a.testid = el.getAttribute('data-testid'); break
      case 'type': a.type = el.getAttribute('type'); break
      case 'href': a.href = true; break
      case 'pubdate': a.pubdate = true; break
      case 'datetime': a.datetime = true; break
    }
  }
  return a
}
