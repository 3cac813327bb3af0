import { defineProject } from 'vitest/config';

export default defineProject({
  // Property tests run hundreds of cases; give them room when turbo runs other packages' tests beside them.
  test: { name: 'validation', restoreMocks: true, testTimeout: 60_000, hookTimeout: 60_000 },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
