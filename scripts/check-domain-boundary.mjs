#!/usr/bin/env node
// Proves the dependency rule is enforced: in a scratch copy of the workspace's turbo configuration,
// `turbo boundaries` must pass for a clean graph and fail when @dsc/domain imports another internal package.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const turbo = join(root, 'node_modules', '.bin', 'turbo');
const dir = mkdtempSync(join(tmpdir(), 'dsc-boundary-'));

const write = (path, data) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), typeof data === 'string' ? data : JSON.stringify(data, null, 2));
};
const pkg = (name, deps = {}) => ({ name, version: '0.0.0', type: 'module', dependencies: deps });

try {
  for (const f of ['package.json', 'pnpm-workspace.yaml', 'turbo.json', 'pnpm-lock.yaml']) cpSync(join(root, f), join(dir, f));
  const tags = (p) => JSON.parse(readFileSync(join(root, p, 'turbo.json'), 'utf8'));
  write('packages/domain/turbo.json', tags('packages/domain'));
  write('packages/datasets/turbo.json', tags('packages/datasets'));
  write('apps/cli/turbo.json', tags('apps/cli'));
  write('packages/datasets/package.json', pkg('@dsc/datasets', { '@dsc/domain': 'workspace:^' }));
  write('packages/datasets/src/index.ts', "export * from '@dsc/domain';\n");
  write('apps/cli/package.json', pkg('@dsc/cli', { '@dsc/datasets': 'workspace:^' }));
  write('apps/cli/src/index.ts', "import '@dsc/datasets';\n");
  write('packages/domain/src/index.ts', 'export const x = 1;\n');
  write('packages/domain/package.json', pkg('@dsc/domain'));

  const boundaries = () => {
    try {
      execFileSync(turbo, ['boundaries'], { cwd: dir, stdio: 'pipe', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
      return true;
    } catch (e) {
      if (process.env.DEBUG) console.error(String(e.stdout ?? ''), String(e.stderr ?? ''));
      return false;
    }
  };
  const failures = [];
  if (!boundaries()) failures.push('a clean graph (apps → packages → domain) was rejected');
  write('packages/domain/package.json', pkg('@dsc/domain', { '@dsc/datasets': 'workspace:^' }));
  write('packages/domain/src/index.ts', "export * from '@dsc/datasets';\n");
  if (boundaries()) failures.push('@dsc/domain depending on @dsc/datasets was accepted');
  write('packages/domain/package.json', pkg('@dsc/domain'));
  write('packages/domain/src/index.ts', 'export const x = 1;\n');
  write('packages/datasets/src/index.ts', "import '@dsc/cli';\n");
  write('packages/datasets/package.json', pkg('@dsc/datasets', { '@dsc/cli': 'workspace:^' }));
  if (boundaries()) failures.push('a package depending on an app was accepted');
  if (failures.length > 0) {
    console.error(`dependency rule check failed:\n  - ${failures.join('\n  - ')}`);
    process.exit(1);
  }
  console.log('dependency rules hold: domain imports no internal package; packages never import apps');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
