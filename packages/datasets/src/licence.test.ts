import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sources } from './index.js';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('DATA-LICENCE.md', () => {
  const text = readFileSync(join(pkg, 'DATA-LICENCE.md'), 'utf8');
  it.each(sources().map((s) => [s.id, s] as const))('lists %s with its terms', (id, s) => {
    const row = text.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
    expect(row, `no row for ${id}`).toBeDefined();
    if (s.licence.startsWith('CC-BY-4.0')) expect(row).toContain('CC BY 4.0');
  });
});
