import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'cli', restoreMocks: true, testTimeout: 30_000 },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
