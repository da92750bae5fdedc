import { defineConfig } from 'vitest/config'

// The browser suite: the built packages in real Chromium and Firefox ESR. Two files at a time,
// each with its own browser and profile (Chromium over a pipe, Firefox on a port of its own):
// one after the other the suite took ~580 s of the ten minutes the whole test command may take.
// Every wait in the suite is for a condition, with generous timeouts for a busy machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
})
