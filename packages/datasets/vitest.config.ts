import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'datasets', restoreMocks: true, include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
