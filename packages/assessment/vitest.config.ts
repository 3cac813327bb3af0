import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'assessment', restoreMocks: true },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
