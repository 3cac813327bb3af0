import { defineProject } from 'vitest/config';

export default defineProject({
  // The hostile-input tests spawn `dsc` many times: one build for all of them (globalSetup), and generous timeouts so
  // that a busy machine slows them down without failing them; no test asserts a duration.
  test: { name: 'cli', restoreMocks: true, testTimeout: 120_000, hookTimeout: 120_000, globalSetup: ['src/hostile/build-dsc.ts'] },
  resolve: { conditions: ['@dsc/source'] },
  ssr: { resolve: { conditions: ['@dsc/source'] } },
});
