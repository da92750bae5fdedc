// Document-order traversal without recursion, so a 5,000-deep page cannot overflow the stack.

/**
 * Visits `root` and its descendants in document order. `enter` returns false to skip a node's
 * children; `leave` is called for every node whose children were visited (even if it had none).
 */
export function walk(root: Node, enter: (node: Node) => boolean, leave: (node: Node) => void): void {
  let node: Node = root
  for (;;) {
    if (enter(node)) {
      const child = node.firstChild
      if (child) {
        node = child
        continue
      }
      leave(node)
    }
    // Up until a next sibling; each sibling is asked for once (a DOM call, not a field, in some DOMs).
    for (;;) {
      if (node === root) return
      const next: Node | null = node.nextSibling
      if (next) {
        node = next
        break
      }
      const parent: Node | null = node.parentNode
      if (parent === null) return
      node = parent
      leave(node)
    }
  }
}

/** The node after `node`'s subtree in document order, or null past the end of `root`. */
export function nextSkippingChildren(node: Node, root: Node): Node | null {
  let n: Node | null = node
  while (n && n !== root) {
    if (n.nextSibling) return n.nextSibling
    n = n.parentNode
  }
  return null
}

/** The next node in document order (children first), or null past the end of `root`. */
export function nextInOrder(node: Node, root: Node): Node | null {
  return node.firstChild ?? nextSkippingChildren(node, root)
}

/** The previous node in document order (a previous sibling's last descendant, else the parent). */
export function previousInOrder(node: Node, root: Node): Node | null {
  if (node === root) return null
  let prev = node.previousSibling
  if (!prev) return node.parentNode
  while (prev.lastChild) prev = prev.lastChild
  return prev
}
