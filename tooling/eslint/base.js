import js from '@eslint/js';
import unicorn from 'eslint-plugin-unicorn';
import tseslint from 'typescript-eslint';

/**
 * Shared flat config: recommended + type-checked rules, exhaustive switches, type-only imports,
 * kebab-case file names. A package's eslint.config.js re-exports it.
 */
export default tseslint.config(
  { ignores: ['**/dist/**', '**/coverage/**', '**/*.config.*', '**/test-results/**', '**/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true },
    },
    plugins: { unicorn },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'unicorn/filename-case': ['error', { case: 'kebabCase', ignore: [/^__[a-z]+__$/, /^[A-Z][A-Z0-9_-]*\.md$/] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
