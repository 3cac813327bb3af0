import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'planner',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // jsdom renders are slow on a busy machine: a generous timeout, and no test asserts a duration
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
