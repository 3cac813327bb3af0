import { execFileSync, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { DscRun } from './run-dsc.js';
import { dsc, expectHandled, files, runKeeping, scratch } from './run-dsc.js';

// Inputs that are not regular files and packages that point outside themselves: standard input, a FIFO nobody
// writes to (the run must end, with exit 2 and the pipe's name, however long the machine takes), and Data Package
// descriptors whose resource paths leave their folder or name a URL (nothing outside is read, nothing is fetched).

/** Runs the built `dsc` with `input` on its standard input. */
function dscWithInput(cwd: string, args: readonly string[], input: string | Uint8Array): Promise<DscRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('dscBundle'), ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', DSC_LANG: 'en', NO_COLOR: '1' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

const CSV = 'iso3,indicator,year,value\nKAZ,EGDI,2024,0.5\nKAX,EGDI,2024,0.5\n';

describe('standard input', () => {
  it('dsc validate - reads the dataset from a pipe and names it <stdin>', async () => {
    const dir = await scratch();
    const r = await dscWithInput(dir, ['validate', '-'], CSV);
    expectHandled(r, /<stdin>:3:1 .*ind\/country-code/, [1]);
  });

  it('dsc validate - tells a JSON plan from CSV by its first bytes', async () => {
    const dir = await scratch();
    const r = await dscWithInput(dir, ['validate', '-'], '{"kind": "plan", "schemaVersion": 2, "id": 3}');
    expectHandled(r, /<stdin>:1:\d+ .*plan\/schema/, [1]);
  });

  it('dsc schedule - reads a plan from standard input; bad JSON is located in <stdin>', async () => {
    const dir = await scratch();
    const r = await dscWithInput(dir, ['schedule', '-'], '{"kind": "plan",\n  "activities": [');
    expectHandled(r, /<stdin>:2:\d+: not valid JSON/, [3]);
  });

  it('closed standard input is an empty dataset, not a hang', async () => {
    const dir = await scratch();
    const r = await dsc(dir, ['validate', '-']);
    expectHandled(r, /<stdin>/, [1]);
  });
});

describe('a FIFO without a writer', () => {
  it('dsc validate ends with exit 2 and names the pipe', async () => {
    const dir = await scratch();
    execFileSync('mkfifo', [join(dir, 'in.csv')]);
    const r = await dsc(dir, ['validate', 'in.csv', '--pipe-timeout', '0.2']);
    expectHandled(r, /in\.csv: no program opened the pipe for writing within 0\.2 s/, [2]);
    expect(r.stderr).toContain('--pipe-timeout');
  });

  it('a wait that is not a number is a usage error before anything is opened', async () => {
    const dir = await scratch();
    execFileSync('mkfifo', [join(dir, 'in.csv')]);
    const r = await dsc(dir, ['validate', 'in.csv', '--pipe-timeout', 'forever']);
    expectHandled(r, /--pipe-timeout "forever" is not a number of seconds/, [2]);
  });
});

describe('Data Packages that point outside themselves', () => {
  it('escaping, absolute and remote resource paths are located findings; nothing outside is read', async () => {
    const dir = await scratch();
    await mkdir(join(dir, 'pkg', 'data'), { recursive: true });
    await files(dir, { 'outside.csv': 'id\nnot-an-integer\n' });
    const descriptor = {
      name: 'hostile',
      resources: [
        { name: 'inside', path: 'data/a.csv', schema: { fields: [{ name: 'id', type: 'integer', constraints: { maximum: 10 } }] } },
        { name: 'up', path: '../outside.csv', schema: { fields: [{ name: 'id', type: 'integer' }] } },
        { name: 'abs', path: join(dir, 'outside.csv') },
        { name: 'remote', path: 'https://example.org/data.csv' },
        { name: 'schema-up', path: 'data/a.csv', schema: '../../schema.json' },
      ],
    };
    await files(join(dir, 'pkg'), { 'datapackage.json': JSON.stringify(descriptor, null, 2), 'data/a.csv': 'id\n1\n12\n' });
    const r = await runKeeping(dir, ['validate', 'pkg', '--format', 'json'], ['pkg/datapackage.json', 'pkg/data/a.csv', 'outside.csv']);
    expectHandled(r, /datapackage\.json/, [1]);
    const report = JSON.parse(r.stdout) as { files: { file: string; resource?: string }[]; findings: { ruleId: string; file: string; line: number; resource?: string; params?: Record<string, unknown> }[] };
    const paths = report.findings.filter((f) => f.ruleId === 'package/resource-path');
    expect(paths.map((f) => [f.resource, f.params?.['reason'], f.file])).toEqual([
      ['up', 'escape', 'pkg/datapackage.json'],
      ['abs', 'absolute', 'pkg/datapackage.json'],
      ['remote', 'url', 'pkg/datapackage.json'],
      ['schema-up', 'escape', 'pkg/datapackage.json'],
    ]);
    for (const f of paths) expect(f.line).toBeGreaterThan(1);
    // the resource inside is validated with its schema; the file outside never is
    expect(report.files.map((f) => [f.file, f.resource ?? null])).toEqual([
      ['pkg/datapackage.json', null],
      ['pkg/data/a.csv', 'inside'],
    ]);
    expect(report.findings.find((f) => f.ruleId === 'schema/maximum')).toMatchObject({ file: 'pkg/data/a.csv', line: 3, resource: 'inside' });
    expect(report.findings.some((f) => f.file.includes('outside'))).toBe(false);
  });

  it('a descriptor that is not JSON is a located finding', async () => {
    const dir = await scratch();
    await files(dir, { 'datapackage.json': '{"resources": [\n  {"name": "a", "path": "a.csv"\n' });
    const r = await runKeeping(dir, ['validate', 'datapackage.json'], ['datapackage.json']);
    expectHandled(r, /datapackage\.json:3:1 .*package\/descriptor/, [1]);
  });

  it('a foreign key to another resource is checked against that resource, whatever their order', async () => {
    const dir = await scratch();
    const descriptor = {
      resources: [
        {
          name: 'obs',
          path: 'obs.csv',
          schema: { fields: [{ name: 'area' }, { name: 'value', type: 'number' }], foreignKeys: [{ fields: 'area', reference: { resource: 'areas', fields: 'code' } }] },
        },
        { name: 'areas', path: 'areas.csv', schema: { fields: [{ name: 'code' }, { name: 'label' }] } },
      ],
    };
    await files(dir, { 'datapackage.json': JSON.stringify(descriptor), 'obs.csv': 'area,value\nKAZ,1\nXXX,2\n"KGZ",3\n', 'areas.csv': 'label;code\nKazakhstan;KAZ\nKyrgyzstan;"KGZ"\n' });
    const r = await runKeeping(dir, ['validate', '.', '--format', 'json'], ['datapackage.json', 'obs.csv', 'areas.csv']);
    expectHandled(r, /obs\.csv/, [1]);
    const report = JSON.parse(r.stdout) as { files: { file: string }[]; findings: { ruleId: string; file: string; line: number; value: string }[] };
    expect(report.findings.filter((f) => f.ruleId === 'schema/foreign-key').map((f) => [f.file, f.line, f.value])).toEqual([['obs.csv', 3, 'XXX']]);
    expect(report.files.map((f) => f.file)).toEqual(['datapackage.json', 'obs.csv', 'areas.csv']);
  });
});
