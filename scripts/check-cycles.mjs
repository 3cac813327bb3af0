#!/usr/bin/env node
// Fails when any package or app has an import cycle among its own modules (src/**/*.ts and *.tsx, tests
// included). madge resolves imports with the workspace's tsconfig, so `./x.js` finds `./x.ts`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import madge from 'madge';
import { root, sourceWorkspaces } from './workspaces.mjs';

let failed = 0;
for (const ws of sourceWorkspaces()) {
  const tsConfig = join(root, ws, 'tsconfig.json');
  const graph = await madge(join(root, ws, 'src'), {
    fileExtensions: ['ts', 'tsx'],
    ...(existsSync(tsConfig) ? { tsConfig } : {}),
  });
  const cycles = graph.circular();
  const modules = Object.keys(graph.obj()).length;
  if (cycles.length === 0) {
    console.log(`✓ ${ws}: ${modules} modules, no import cycle`);
    continue;
  }
  failed += cycles.length;
  console.error(`✗ ${ws}: ${cycles.length} import cycle(s)`);
  for (const cycle of cycles) console.error(`    ${[...cycle, cycle[0]].map((m) => `src/${m}`).join(' → ')}`);
}
if (failed > 0) {
  console.error(`\n${failed} import cycle(s). Move the shared part into a module that both sides import.`);
  process.exit(1);
}
