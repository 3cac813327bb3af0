import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sources } from './index.js';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const LICENCE = 'data/DATA-LICENCE.md';

describe('data/DATA-LICENCE.md', () => {
  const text = readFileSync(join(pkg, LICENCE), 'utf8');
  it.each(sources().map((s) => [s.id, s] as const))('lists %s with its terms and address', (id, s) => {
    const row = text.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
    expect(row, `no row for ${id}`).toBeDefined();
    if (s.licence.startsWith('CC-BY-4.0')) expect(row).toContain('CC BY 4.0');
    if (s.url !== undefined) expect(row).toContain(`<${s.url}>`);
  });

  it('describes every file of the data folder', () => {
    const files = readdirSync(join(pkg, 'data'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => relative(join(pkg, 'data'), join(d.parentPath, d.name)).split('\\').join('/'))
      .filter((f) => f !== 'DATA-LICENCE.md');
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(text, f).toContain(`| \`${f}\` |`);
  });

  it('ships in the npm package', () => {
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain(LICENCE);
  });
});
