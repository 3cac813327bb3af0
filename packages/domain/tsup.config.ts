import { defineConfig } from 'tsup';

export default defineConfig({
  // One output file per source module, so that with `"sideEffects": false` a bundler keeps only what is imported:
  // `ok`/`err` or the code lists do not bring the zod schemas along.
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/__fixtures__/**'],
  bundle: false,
  dts: { entry: ['src/index.ts', 'src/code-lists.ts'] },
  format: 'esm',
  clean: true,
  sourcemap: true,
  target: 'node20',
});
