import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';
import { expandInputs, findConfig } from './validate-inputs.js';

const GOOD = 'iso3,indicator_code,year,value,unit\nKAZ,IT.NET.USER.ZS,2022,88.2,% of population\n';
const BAD = 'iso3,indicator_code,year,value,unit\nKZ,IT.NET.USER.ZS,2022,88.2,% of population\n';

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dsc-validate-inputs-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

describe('dsc validate inputs', () => {
  it('a directory stands for every supported file below it', async () => {
    const dir = await tree({ 'data/a.csv': GOOD, 'data/sub/b.csv': BAD, 'data/readme.md': '# no', 'data/node_modules/x.csv': BAD });
    expect(await expandInputs(['data'], dir)).toEqual([join('data', 'a.csv'), join('data', 'sub', 'b.csv')]);
    const io = recordingIo(dir);
    expect(await run(['validate', 'data', '--format', 'json', '--reference-year', '2026'], io, {})).toBe(1);
    const report = JSON.parse(io.out()) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toEqual([join('data', 'a.csv'), join('data', 'sub', 'b.csv')]);
  });

  it('a glob is expanded when the shell did not; no match stays an unreadable input', async () => {
    const dir = await tree({ 'data/a.csv': GOOD, 'data/x/b.csv': GOOD, 'data/c.txt': GOOD, 'other/d.csv': BAD });
    expect(await expandInputs(['data/**/*.csv'], dir)).toEqual(['data/a.csv', 'data/x/b.csv']);
    const io = recordingIo(dir);
    expect(await run(['validate', 'data/**/*.csv', '--reference-year', '2026'], io, {})).toBe(0);
    expect(io.out()).toContain('valid: 2 files');
    expect(await expandInputs(['none/*.csv'], dir)).toEqual(['none/*.csv']);
    expect(await run(['validate', 'none/*.csv'], recordingIo(dir), {})).toBe(3);
  });

  it('dsc.config.json is found from the working directory up to the repository root', async () => {
    const dir = await tree({ 'repo/dsc.config.json': JSON.stringify({ rules: { 'ind/country-code': 'off' } }), 'repo/.git/HEAD': 'ref', 'repo/sub/deep/bad.csv': BAD, 'dsc.config.json': '{}' });
    expect(findConfig(join(dir, 'repo', 'sub', 'deep'))).toBe(join(dir, 'repo', 'dsc.config.json'));
    const io = recordingIo(join(dir, 'repo', 'sub', 'deep'));
    expect(await run(['validate', 'bad.csv', '--format', 'json', '--reference-year', '2026'], io, {})).toBe(0);
    // the walk stops at the folder holding .git: the file above the repository is not used
    const inner = await tree({ 'outer/dsc.config.json': '{}', 'outer/repo/.git/HEAD': 'ref', 'outer/repo/a/x.csv': GOOD });
    expect(findConfig(join(inner, 'outer', 'repo', 'a'))).toBeUndefined();
  });
});
