// preact/hooks runs effects after the next frame: requestAnimationFrame raced with a 35 ms
// timeout, whose callback calls cancelAnimationFrame. On a busy machine that timeout can fire
// after vitest has torn the jsdom environment down, where cancelAnimationFrame no longer exists,
// and the run fails with "cancelAnimationFrame is not defined" after every test passed.
// Scheduling the effects on a plain zero timeout instead keeps the frame globals out of it, and
// `settleEffects` lets a test's teardown wait until every effect scheduled so far has run.
import { options } from 'preact'

const pending = new Set<ReturnType<typeof setTimeout>>()
;(options as { requestAnimationFrame?: (cb: () => void) => void }).requestAnimationFrame = (cb) => {
  const t = setTimeout(() => { pending.delete(t); cb() }, 0)
  pending.add(t)
}

/** Resolves once the effects scheduled until now have run (each on its own zero timeout). */
export async function settleEffects(): Promise<void> {
  while (pending.size > 0) await new Promise((r) => setTimeout(r, 0))
}
