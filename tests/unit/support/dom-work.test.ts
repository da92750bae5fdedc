// The DOM work counter itself: it must tell a linear walk from a quadratic one, or the linearity
// tests built on it could not fail.
import { describe, expect, it } from 'vitest'
import { countDomWork, parsePage } from './dom-work.ts'
import { expectLinear } from './linear.ts'

const list = (n: number) => parsePage(`<html><body><ul>${'<li>item</li>'.repeat(n)}</ul></body></html>`)

function measure(n: number, run: (doc: Document) => void): number {
  const doc = list(n)
  const work = countDomWork(doc)
  try {
    run(doc)
  } finally {
    work.restore()
  }
  return work.steps
}

describe('countDomWork', () => {
  it('counts a walk over the children as linear work', () => {
    expectLinear((n) => measure(n, (doc) => {
      for (let c = doc.querySelector('ul')!.firstChild; c; c = c.nextSibling) void (c.firstChild as Text).data
    }), 1000)
  })

  it('counts a look at the whole list for every item as more than linear', () => {
    const quadratic = (doc: Document) => {
      for (let c = doc.querySelector('ul')!.firstChild; c; c = c.nextSibling) void c.parentNode!.textContent
    }
    expect(measure(4000, quadratic) / measure(1000, quadratic)).toBeGreaterThan(10)
  })

  it('puts the DOM back as it was', () => {
    const doc = list(10)
    const work = countDomWork(doc)
    work.restore()
    void doc.body.firstChild
    expect(work.steps).toBe(0)
  })
})
