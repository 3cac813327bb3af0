import { defineConfig } from 'tsup';

// Two entries: the `dsc` binary and the programmatic API (`run(argv, io)`), with declarations for the API.
export default defineConfig({
  entry: ['src/index.ts', 'src/main.ts'],
  format: 'esm',
  dts: { entry: 'src/main.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
});
