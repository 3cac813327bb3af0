import { chmod, lstat, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOutputStream } from './output-stream.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dsc-stream-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openOutputStream', () => {
  it('leaves the target as it was until commit, then replaces it and keeps its mode', async () => {
    const out = join(dir, 'valid.csv');
    await writeFile(out, 'old\n');
    await chmod(out, 0o600);
    const s = openOutputStream(out);
    for (let i = 0; i < 20_000; i++) s.write(`row ${i},${'x'.repeat(10)}\n`); // more than one flush
    expect(await readFile(out, 'utf8')).toBe('old\n');
    s.commit();
    const text = await readFile(out, 'utf8');
    expect(text.split('\n')).toHaveLength(20_001);
    expect(text.startsWith('row 0,')).toBe(true);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['valid.csv']);
  });

  it('abort removes the temporary file and keeps the target; a later commit changes nothing', async () => {
    const out = join(dir, 'invalid.csv');
    await writeFile(out, 'keep\n');
    const s = openOutputStream(out);
    s.write('half a file');
    s.abort();
    s.commit();
    expect(await readFile(out, 'utf8')).toBe('keep\n');
    expect(await readdir(dir)).toEqual(['invalid.csv']);
  });

  it('follows a symbolic link and creates missing folders', async () => {
    const target = join(dir, 'target.csv');
    await writeFile(target, 'old');
    await symlink(target, join(dir, 'link.csv'));
    const s = openOutputStream(join(dir, 'link.csv'));
    s.write('new');
    s.commit();
    expect((await lstat(join(dir, 'link.csv'))).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('new');
    const nested = openOutputStream(join(dir, 'a', 'b.csv'));
    nested.write('x');
    nested.commit();
    expect(await readFile(join(dir, 'a', 'b.csv'), 'utf8')).toBe('x');
  });
});
