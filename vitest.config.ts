import { defineConfig } from 'vitest/config'

// Unit tests: the pure layers and components, in Node. The browser suite has its own config.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
  },
})
