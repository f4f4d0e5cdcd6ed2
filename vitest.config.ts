import { defineConfig } from 'vitest/config';

// Unit and integration tests: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
// Browser journeys live in test/e2e and run with vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
  },
});
