import base from '@dsc/eslint-config/base';

export default [
  ...base,
  { ignores: ['.*', 'test-results/**', 'dist/**'] },
  {
    // Build and measurement scripts run in Node.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
];
