// @vitest-environment jsdom
// With preact-frames.ts loaded, preact's effects never touch the frame globals, so an effect that
// runs after jsdom is gone cannot fail the run. Here the globals are removed as teardown removes
// them; without the module, preact's own scheduler calls requestAnimationFrame and throws.
import { expect, it } from 'vitest'
import { render } from 'preact'
import { useEffect } from 'preact/hooks'
import { settleEffects } from './preact-frames.ts'

it('runs effects scheduled outside act without the frame globals', async () => {
  const g = globalThis as { requestAnimationFrame?: unknown; cancelAnimationFrame?: unknown }
  const saved = [g.requestAnimationFrame, g.cancelAnimationFrame]
  delete g.requestAnimationFrame
  delete g.cancelAnimationFrame
  try {
    let ran = 0
    const Probe = () => { useEffect(() => { ran++ }, []); return null }
    const root = document.createElement('div')
    render(<Probe />, root)
    await settleEffects()
    expect(ran).toBe(1)
    render(null, root)
  } finally {
    [g.requestAnimationFrame, g.cancelAnimationFrame] = saved
  }
})
