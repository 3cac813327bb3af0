import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'planner',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
