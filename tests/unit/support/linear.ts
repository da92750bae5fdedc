// Test helper: proves that an algorithm's work grows linearly with its input by counting the
// steps it reports (never by timing). The input grows by `factor`; the work may grow by at most
// `factor` × (1 + slack), and never less than the input itself (everything must be looked at).
import { expect } from 'vitest'

/** Work grows at most linearly: work(factor·n) / work(n) ≤ factor × (1 + slack). */
export function expectLinear(work: (n: number) => number, n: number, factor = 4, slack = 0.1): { small: number; big: number } {
  const small = work(n)
  const big = work(n * factor)
  expect(small).toBeGreaterThan(0)
  expect(big / small).toBeLessThanOrEqual(factor * (1 + slack))
  return { small, big }
}

/** `unit` repeated to exactly n code units. */
export const repeatTo = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
