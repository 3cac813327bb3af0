import base from '@dsc/eslint-config/base';

export default [
  ...base,
  {
    // The core runs in browsers too: Node built-ins only in tests and the benchmark.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'stream', 'zlib', 'buffer'], message: 'The validator core must not use Node APIs.' }] }],
    },
  },
];
