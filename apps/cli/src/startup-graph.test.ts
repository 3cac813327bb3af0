import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `dsc validate` must start in ≤ 0.2 s (bench/startup.mjs). zod alone takes 50–70 ms to load, so neither it nor
// the @dsc/domain schemas may sit on the static import path of the binary and the validate command: they are
// loaded with `import()` only when a configuration, schema, dialect or plan file is read. This walks the static
// imports of the sources (the same graph as the built files) and lists the packages it reaches.

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The source file of a workspace specifier (`@dsc/x` or `@dsc/x/sub`), from the `@dsc/source` export condition. */
function workspaceSource(specifier: string): string | undefined {
  const [, name, sub] = /^@dsc\/([^/]+)(\/.+)?$/.exec(specifier) ?? [];
  if (!name) return undefined;
  for (const dir of ['packages', 'apps']) {
    const pkgFile = join(root, dir, name, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { '@dsc/source'?: string }> };
    const source = pkg.exports[sub ? `.${sub}` : '.']?.['@dsc/source'];
    return source ? resolve(dirname(pkgFile), source) : undefined;
  }
  return undefined;
}

const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Files and external packages reached from the entries by static (non-type) imports. */
function staticGraph(entries: readonly string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of text.matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith('.')) {
        const base = resolve(dirname(file), specifier.replace(/\.js$/, ''));
        const target = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f));
        if (target) visit(target);
      } else if (specifier.startsWith('@dsc/')) {
        packages.add(specifier);
        const target = workspaceSource(specifier);
        if (target) visit(target);
      } else if (!specifier.startsWith('node:')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
      }
    }
  };
  for (const entry of entries) visit(entry);
  return { files, packages };
}

describe('start-up path of dsc validate', () => {
  const { files, packages } = staticGraph([
    join(root, 'apps/cli/src/index.ts'),
    join(root, 'apps/cli/src/commands/validate.ts'),
    // what validate imports on demand for every run: the catalogue and the code lists
    workspaceSource('@dsc/datasets/catalogue')!,
    workspaceSource('@dsc/domain/code-lists')!,
  ]);

  it('does not load zod, the @dsc/domain schemas or the observations', () => {
    expect([...packages].filter((p) => p === 'zod' || p === '@dsc/domain' || p === '@dsc/datasets')).toEqual([]);
    expect([...files].filter((f) => f.includes('/packages/domain/src/') && !f.endsWith('/code-lists.ts'))).toEqual([]);
  });

  it('the walk follows the workspace packages (the test would notice a new static import)', () => {
    expect(packages).toContain('@dsc/validation');
    expect(packages).toContain('@dsc/i18n');
    expect(packages).toContain('cac');
    expect([...files].some((f) => f.endsWith('/packages/validation/src/validate.ts'))).toBe(true);
  });

  it('zod is reached once a descriptor is read (the lazy entries do load it)', () => {
    const lazy = staticGraph([workspaceSource('@dsc/validation/schemas')!, workspaceSource('@dsc/i18n/zod')!]);
    expect(lazy.packages).toContain('zod');
  });
});
