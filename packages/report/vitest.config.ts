import { defineProject } from 'vitest/config';

export default defineProject({
  // PDF and chart rendering are slow on a busy machine: a generous timeout, and no test asserts a duration
  test: { name: 'report', restoreMocks: true, testTimeout: 120_000, hookTimeout: 120_000 },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
