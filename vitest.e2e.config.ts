import { defineConfig } from 'vitest/config';

// Browser journeys: the real server (built web app, PGlite in a temporary directory) and Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
