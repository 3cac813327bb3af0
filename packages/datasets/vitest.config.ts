import { defineProject } from 'vitest/config';

export default defineProject({
  // A generous per-test timeout: the import and generator tests read and write the whole data folder, and a busy
  // machine must not fail them; no test asserts a duration.
  test: { name: 'datasets', restoreMocks: true, testTimeout: 120_000, include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
