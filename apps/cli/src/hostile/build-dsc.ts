import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import type { TestProject } from 'vitest/node';

// Vitest global setup of the cli tests: the `dsc` command is built once, from the sources of every workspace
// package, into one file in a temporary folder; the hostile-input tests spawn it as a user runs `dsc`, and all of
// them share this build (a build or a TypeScript loader per spawned process would make them slow on a busy machine).

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built `dsc` entry file, run with `node <file> …`. */
    dscBundle: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'dsc-bundle-'));
  await build({
    entry: { dsc: join(import.meta.dirname, '..', 'index.ts') },
    outDir: dir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // every package but the native SVG rasteriser of @dsc/report, which only `dsc report` loads (on first use)
    noExternal: [/^(?!@resvg\/resvg-js$)/],
    external: ['@resvg/resvg-js'],
    splitting: false,
    silent: true,
    config: false,
    // bundled CommonJS dependencies call require() for Node built-ins and read __filename
    banner: {
      js: [
        "import { createRequire as __dscRequire } from 'node:module';",
        "import { fileURLToPath as __dscPath } from 'node:url';",
        'const require = __dscRequire(import.meta.url);',
        'const __filename = __dscPath(import.meta.url);',
        "const __dirname = __filename.replace(/[\\/][^\\/]*$/, '');",
      ].join(' '),
    },
    esbuildOptions(options) {
      options.conditions = ['@dsc/source'];
    },
  });
  project.provide('dscBundle', join(dir, 'dsc.js'));
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
