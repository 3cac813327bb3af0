import { execFileSync } from 'node:child_process';
import { chmod, link, lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkOutputs, writeOutputFile } from './output-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dsc-output-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkOutputs', () => {
  it('refuses an output that is an input, by path, by symbolic link and by hard link', async () => {
    const input = join(dir, 'd.csv');
    await writeFile(input, 'a,b\n');
    await symlink(input, join(dir, 'sym.csv'));
    await link(input, join(dir, 'hard.csv'));
    for (const out of [input, join(dir, 'sym.csv'), join(dir, 'hard.csv'), join(dir, '.', 'd.csv')]) {
      expect(await checkOutputs([out], [input])).toEqual({ code: 'output_is_input', output: out, input });
    }
  });

  it('accepts a new file and an existing unrelated file', async () => {
    const input = join(dir, 'd.csv');
    await writeFile(input, 'a,b\n');
    await writeFile(join(dir, 'old.json'), '{}');
    expect(await checkOutputs([join(dir, 'new.json'), join(dir, 'old.json')], [input])).toBeUndefined();
  });

  it('refuses the same output twice', async () => {
    const out = join(dir, 'x.csv');
    expect(await checkOutputs([out, out], [])).toEqual({ code: 'output_twice', output: out, other: out });
  });

  it('refuses a directory and a FIFO at an output path', async () => {
    await mkdir(join(dir, 'folder'));
    expect(await checkOutputs([join(dir, 'folder')], [])).toMatchObject({ code: 'output_not_file', kind: 'directory' });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    expect(await checkOutputs([join(dir, 'pipe')], [])).toMatchObject({ code: 'output_not_file', kind: 'fifo' });
    expect(await checkOutputs(['/dev/null'], [])).toMatchObject({ code: 'output_not_file', kind: 'device' });
  });
});

describe('writeOutputFile', () => {
  it('replaces a file atomically, keeps its mode and leaves no temporary file', async () => {
    const out = join(dir, 'report.json');
    await writeFile(out, 'old');
    await chmod(out, 0o640);
    expect(await writeOutputFile(out, 'new')).toBeUndefined();
    expect(await readFile(out, 'utf8')).toBe('new');
    expect((await stat(out)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('follows a symbolic link: the target is replaced, the link stays', async () => {
    const target = join(dir, 'target.csv');
    const linkPath = join(dir, 'link.csv');
    await writeFile(target, 'old');
    await symlink(target, linkPath);
    await writeOutputFile(linkPath, 'new');
    expect((await lstat(linkPath)).isSymbolicLink()).toBe(true);
    expect(await readlink(linkPath)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('never replaces a directory or a FIFO', async () => {
    await mkdir(join(dir, 'folder'));
    expect(await writeOutputFile(join(dir, 'folder'), 'x')).toMatchObject({ code: 'output_not_file', kind: 'directory' });
    expect((await stat(join(dir, 'folder'))).isDirectory()).toBe(true);
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    expect(await writeOutputFile(join(dir, 'pipe'), 'x')).toMatchObject({ code: 'output_not_file', kind: 'fifo' });
    expect((await stat(join(dir, 'pipe'))).isFIFO()).toBe(true);
  });

  it('creates missing folders and writes bytes', async () => {
    const out = join(dir, 'a', 'b', 'c.bin');
    await writeOutputFile(out, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(out))]).toEqual([1, 2, 3]);
  });
});
