import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'report', restoreMocks: true },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
