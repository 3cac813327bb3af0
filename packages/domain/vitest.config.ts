import { defineProject } from 'vitest/config';

export default defineProject({
  // A generous timeout: under turbo several packages test at once, and a busy machine must slow tests down, not fail
  // them; no test asserts a duration (benchmarks are separate).
  test: { name: 'domain', restoreMocks: true, testTimeout: 60_000, hookTimeout: 60_000 },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
