import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'assessment', restoreMocks: true, testTimeout: 60_000, hookTimeout: 60_000 },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
