// Test helper: counts the DOM work a page-layer function does under linkedom, without changing
// the code under test. Every read of a navigation property or attribute costs 1; reading a text
// node's data costs its length; `textContent`, `querySelector(All)`, `getElementsByTagName` and
// `contains` cost the size of the subtree they search (an upper bound of what the DOM does);
// `childNodes` and `children` cost the number of children; `closest` the depth it may climb. So a
// walk that looks at each node a bounded number of times counts linear work, and one that asks a
// whole subtree again for each element counts quadratic work.
import { parseHTML } from 'linkedom'

type Cost = (self: Node, value: unknown) => number

const ONE: Cost = () => 1
const GETTERS: Record<string, Cost> = {
  firstChild: ONE, lastChild: ONE, nextSibling: ONE, previousSibling: ONE, parentElement: ONE,
  firstElementChild: ONE, lastElementChild: ONE, nextElementSibling: ONE, previousElementSibling: ONE,
  tagName: ONE, nodeName: ONE, attributes: ONE,
  data: (_, v) => 1 + (typeof v === 'string' ? v.length : 0),
  childNodes: (_, v) => 1 + ((v as ArrayLike<unknown>)?.length ?? 0),
  children: (_, v) => 1 + ((v as ArrayLike<unknown>)?.length ?? 0),
}
const METHODS = ['getAttribute', 'hasAttribute', 'hasAttributes', 'textContent', 'querySelector',
  'querySelectorAll', 'getElementsByTagName', 'contains', 'closest', 'matches']
const SUBTREE = new Set(['textContent', 'querySelector', 'querySelectorAll', 'getElementsByTagName', 'contains'])

export interface DomWork {
  readonly steps: number
  /** Puts the DOM's prototypes back as they were. */
  restore(): void
}

/** Counts DOM work on `doc` (parsed by linkedom) until `restore()`. */
export function countDomWork(doc: Document): DomWork {
  const sizes = subtreeSizes(doc)
  const depth = (n: Node) => {
    let d = 0
    for (let p = n.parentNode; p; p = p.parentNode) d++
    return d
  }
  const counter = { steps: 0 }
  const undo: Array<() => void> = []
  const samples: object[] = [doc, doc.documentElement, doc.createTextNode('x'), doc.createComment('x')]
  const done = new Map<object, Set<string>>()
  for (const sample of samples) {
    for (const name of [...Object.keys(GETTERS), ...METHODS]) {
      let proto: object | null = sample
      while (proto && !Object.prototype.hasOwnProperty.call(proto, name)) proto = Object.getPrototypeOf(proto)
      if (!proto || proto === sample) continue
      const d = Object.getOwnPropertyDescriptor(proto, name)!
      const names = done.get(proto) ?? new Set<string>()
      done.set(proto, names)
      if (names.has(name)) continue
      names.add(name)
      const cost = (self: Node, v: unknown): number =>
        SUBTREE.has(name) ? sizes.get(self) ?? 1 : name === 'closest' ? depth(self) : (GETTERS[name] ?? ONE)(self, v)
      if (d.get) {
        const get = d.get
        Object.defineProperty(proto, name, { ...d, get(this: Node) { const v = get.call(this); counter.steps += cost(this, v); return v } })
      } else if (typeof d.value === 'function') {
        const fn = d.value as (...args: unknown[]) => unknown
        Object.defineProperty(proto, name, { ...d, value(this: Node, ...args: unknown[]) { counter.steps += cost(this, null); return fn.apply(this, args) } })
      } else continue
      undo.push(() => Object.defineProperty(proto!, name, d))
    }
  }
  return {
    get steps() { return counter.steps },
    restore() { for (const u of undo.reverse()) u() },
  }
}

/** The number of nodes in each node's subtree, itself included: one walk, before counting starts. */
function subtreeSizes(doc: Document): Map<Node, number> {
  const sizes = new Map<Node, number>()
  const stack: Array<{ node: Node; child: Node | null }> = [{ node: doc, child: doc.firstChild }]
  sizes.set(doc, 1)
  while (stack.length > 0) {
    const top = stack[stack.length - 1]
    if (top.child) {
      const c = top.child
      top.child = c.nextSibling
      sizes.set(c, 1)
      stack.push({ node: c, child: c.firstChild })
    } else {
      stack.pop()
      const parent = stack[stack.length - 1]
      if (parent) sizes.set(parent.node, sizes.get(parent.node)! + sizes.get(top.node)!)
    }
  }
  return sizes
}

/** A page parsed by linkedom, as the page tests parse them. */
export const parsePage = (html: string): Document => parseHTML(html).document as unknown as Document
