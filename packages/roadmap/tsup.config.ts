import { defineConfig } from 'tsup';

export default defineConfig({
  // One output file per source module (not one bundle), so that with `"sideEffects": false` an app's bundler
  // keeps only the modules it imports: `import { schedule } from '@dsc/roadmap'` stays small (pnpm run size).
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/__fixtures__/**'],
  bundle: false,
  dts: { entry: { index: 'src/index.ts', 'export/index': 'src/export/index.ts' } },
  format: 'esm',
  clean: true,
  sourcemap: true,
  target: 'node20',
});
