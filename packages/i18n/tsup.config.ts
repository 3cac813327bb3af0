import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per locale so that `@dsc/i18n/locales/<locale>` and `loadMessages` load one catalogue at a time.
  entry: {
    index: 'src/index.ts',
    // zod's error maps on their own, so that importing the translator does not load zod.
    'zod-errors': 'src/zod-errors.ts',
    // the formatters without the catalogues: `import { formatDate } from '@dsc/i18n/format'` loads no messages
    format: 'src/format/index.ts',
    'locales/en': 'src/locales/en.ts',
    'locales/ru': 'src/locales/ru.ts',
    'locales/kk': 'src/locales/kk.ts',
  },
  format: 'esm',
  dts: true,
  splitting: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
