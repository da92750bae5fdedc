import { defineConfig } from 'vitest/config'

// The browser suite: the built packages in real Chromium and Firefox ESR. One browser per file,
// files one after the other (two cores), generous timeouts for browser start-up on a busy machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
})
