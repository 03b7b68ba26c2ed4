import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and PDF suites launch Chromium; two cores do not take more than two at once.
    maxWorkers: 2,
  },
})
