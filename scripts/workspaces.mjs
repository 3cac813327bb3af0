// The workspace folders that hold TypeScript sources: every packages/* and apps/* with a src folder.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** Workspace folders relative to the root, e.g. `packages/domain`, sorted. */
export const sourceWorkspaces = () =>
  ['packages', 'apps']
    .flatMap((group) =>
      readdirSync(join(root, group), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(root, group, d.name, 'src')))
        .map((d) => `${group}/${d.name}`),
    )
    .sort();

/** Every file under `dir` (absolute), skipping node_modules and dist. */
export function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
