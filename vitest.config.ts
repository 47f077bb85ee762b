import { defineConfig } from 'vitest/config';

// Two kinds of tests: `unit` runs lib/ and components under Node; `browser` drives Debian Chromium
// with the built extension (tests/browser/, one file at a time: they share one build and port range).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // `expect.poll` waits for a condition; its default of one second is no time on a machine
          // shared with other builds and tests. A longer limit costs nothing when the condition
          // holds (the poll returns at once) and only delays the report of a real failure.
          expect: { poll: { timeout: 20_000 } },
          fileParallelism: false,
          globalSetup: ['tests/browser/harness/global-setup.ts'],
        },
      },
    ],
  },
});
