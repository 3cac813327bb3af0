import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/code-lists.ts'],
  format: 'esm',
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
