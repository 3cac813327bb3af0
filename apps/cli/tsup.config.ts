import { defineConfig } from 'tsup';

// The CLI bundles nothing from node_modules; workspace packages are resolved from their built dist.
export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
});
