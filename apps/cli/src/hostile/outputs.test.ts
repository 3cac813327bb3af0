import { execFileSync } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { samplePlan } from '@dsc/datasets';
import { toMspdi } from '@dsc/roadmap';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectHandled, files, runKeeping, scratch } from './run-dsc.js';

// Outputs never destroy what the user made: an output naming an input (directly or through a link), two outputs
// naming one file, a directory, FIFO or device at the output path, and an import over an existing plan are all
// refused with exit 2 before anything is written, and every file is byte-identical afterwards.

const CSV = 'ref_area,indicator,time_period,obs_value\nKAZ,IT_NET_USER_ZS,2023,90.9\nKGZ,IT_NET_USER_ZS,2023,78.2\n';
let planJson: string;
let mspdiXml: string;

beforeAll(async () => {
  const plan = await samplePlan();
  planJson = JSON.stringify(plan, null, 2);
  const x = toMspdi(plan);
  if (!x.ok) throw new Error(x.error.code);
  mspdiXml = x.value.xml;
});

describe('an output that is an input is refused (exit 2), the input kept', () => {
  it.each([
    ['--write-valid', ['validate', 'd.csv', '--write-valid', 'd.csv']],
    ['--write-invalid', ['validate', 'd.csv', '--write-invalid', 'd.csv']],
    ['--output', ['validate', 'd.csv', '--output', 'd.csv']],
    ['--output through a symbolic link', ['validate', 'd.csv', '--output', 'link.csv']],
    ['--write-valid naming the --schema file', ['validate', 'd.csv', '--schema', 's.json', '--write-valid', 's.json']],
  ])('dsc validate %s', async (_, args) => {
    const dir = await scratch();
    await files(dir, { 'd.csv': CSV, 's.json': '{"fields":[]}' });
    await symlink(join(dir, 'd.csv'), join(dir, 'link.csv'));
    const r = await runKeeping(dir, args, ['d.csv', 's.json']);
    expectHandled(r, /same file as the input .*(d\.csv|s\.json)/);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/hint:/i);
  });

  it.each(['iati', 'proposal', 'xlsx', 'csv', 'mspdi', 'ical'])('dsc export %s p.plan.json --out p.plan.json', async (kind) => {
    const dir = await scratch();
    await files(dir, { 'p.plan.json': planJson });
    const r = await runKeeping(dir, ['export', kind, 'p.plan.json', '--out', 'p.plan.json'], ['p.plan.json']);
    expectHandled(r, /p\.plan\.json: is the same file as the input/);
    expect(r.code).toBe(2);
  });

  it('dsc import mspdi p.xml --out p.xml, even with --force', async () => {
    const dir = await scratch();
    await files(dir, { 'p.xml': mspdiXml });
    const r = await runKeeping(dir, ['import', 'mspdi', 'p.xml', '--out', 'p.xml', '--force'], ['p.xml']);
    expectHandled(r, /p\.xml: is the same file as the input/);
    expect(r.code).toBe(2);
  });

  it('dsc index --out . when an input is named like one of its output files', async () => {
    const dir = await scratch();
    await files(dir, { 'results.csv': 'uCode,x\nA,1\n', 'meta.csv': 'iCode,Level\nx,1\n' });
    const r = await runKeeping(dir, ['index', '--data', 'results.csv', '--meta', 'meta.csv', '--preset', 'coinr-example', '--out', '.'], ['results.csv', 'meta.csv']);
    expectHandled(r, /results\.csv: is the same file as the input/);
    expect(r.code).toBe(2);
  });

  it('says so in Russian and Kazakh too', async () => {
    const dir = await scratch();
    await files(dir, { 'd.csv': CSV });
    const ru = await runKeeping(dir, ['validate', 'd.csv', '--output', 'd.csv'], ['d.csv'], 'ru');
    expectHandled(ru, /d\.csv: это тот же файл, что и входной/);
    const kk = await runKeeping(dir, ['validate', 'd.csv', '--output', 'd.csv'], ['d.csv'], 'kk');
    expectHandled(kk, /d\.csv: бұл .*кіріс файлымен бірдей файл/);
  });
});

describe('outputs that are not replaceable files are refused (exit 2)', () => {
  it('two outputs naming one file', async () => {
    const dir = await scratch();
    await files(dir, { 'd.csv': CSV });
    const r = await runKeeping(dir, ['validate', 'd.csv', '--write-valid', 'out.csv', '--write-invalid', 'out.csv'], ['d.csv', 'out.csv']);
    expectHandled(r, /out\.csv: named for two outputs/);
    expect(r.code).toBe(2);
  });

  it.each([
    ['a directory', 'folder', /folder: is a directory/],
    ['a FIFO', 'pipe', /pipe: is a named pipe \(FIFO\)/],
    ['a device', '/dev/null', /\/dev\/null: is a device/],
  ])('dsc export csv --out %s', async (_, out, message) => {
    const dir = await scratch();
    await files(dir, { 'p.plan.json': planJson });
    await mkdir(join(dir, 'folder'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const r = await runKeeping(dir, ['export', 'csv', 'p.plan.json', '--out', out], ['p.plan.json', 'folder', 'pipe']);
    expectHandled(r, message);
    expect(r.code).toBe(2);
  });

  it('dsc validate --output FIFO and dsc import --out directory', async () => {
    const dir = await scratch();
    await files(dir, { 'd.csv': CSV, 'p.xml': mspdiXml });
    await mkdir(join(dir, 'folder'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const v = await runKeeping(dir, ['validate', 'd.csv', '--output', 'pipe'], ['d.csv', 'pipe']);
    expectHandled(v, /pipe: is a named pipe/);
    expect(v.code).toBe(2);
    const i = await runKeeping(dir, ['import', 'mspdi', 'p.xml', '--out', 'folder'], ['p.xml', 'folder']);
    expectHandled(i, /folder: is a directory/);
    expect(i.code).toBe(2);
  });

  it('dsc schema export --out a folder where a schema file is a FIFO', async () => {
    const dir = await scratch();
    await mkdir(join(dir, 'schemas'));
    execFileSync('mkfifo', [join(dir, 'schemas', 'plan.schema.json')]);
    const r = await runKeeping(dir, ['schema', 'export', '--out', 'schemas'], ['schemas/plan.schema.json']);
    expectHandled(r, /plan\.schema\.json: is a named pipe/);
    expect(r.code).toBe(2);
  });

  it('dsc index --out a path that is a file', async () => {
    const dir = await scratch();
    await files(dir, { 'out': 'not a folder' });
    const r = await runKeeping(dir, ['index', '--dataset', '--preset', 'egdi', '--year', '2024', '--out', 'out'], ['out']);
    expectHandled(r, /out.*cannot write the file \(E(NOTDIR|EXIST)\)/);
    expect(r.code).toBe(2);
  });
});

describe('dsc import over an existing file', () => {
  it('refuses to replace a plan without --force and says what would be lost', async () => {
    const dir = await scratch();
    await files(dir, { 'p.xml': mspdiXml, 'roadmap.plan.json': planJson });
    const plan = JSON.parse(planJson) as { title: { en: string }; activities: unknown[]; budget: unknown[]; kpis: unknown[] };
    const r = await runKeeping(dir, ['import', 'mspdi', 'p.xml', '--out', 'roadmap.plan.json'], ['p.xml', 'roadmap.plan.json']);
    expectHandled(r, /roadmap\.plan\.json: already holds the plan/);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${plan.title.en}"`);
    expect(r.stderr).toContain(`${plan.activities.length} activities`);
    expect(r.stderr).toContain(`${plan.budget.length} budget lines`);
    expect(r.stderr).toContain(`${plan.kpis.length} KPIs`);
    expect(r.stderr).toContain('--force');
  });

  it('refuses to replace any other existing file, and replaces it with --force', async () => {
    const dir = await scratch();
    await files(dir, { 'p.xml': mspdiXml, 'notes.txt': 'my notes' });
    const r = await runKeeping(dir, ['import', 'mspdi', 'p.xml', '--out', 'notes.txt'], ['p.xml', 'notes.txt']);
    expectHandled(r, /notes\.txt: the file already exists/);
    expect(r.code).toBe(2);
    const forced = await runKeeping(dir, ['import', 'mspdi', 'p.xml', '--out', 'notes.txt', '--force'], ['p.xml']);
    expectHandled(forced, /p\.xml/);
    expect(forced.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'notes.txt'), 'utf8'))).toMatchObject({ kind: 'plan' });
  });

  it('writes a new file, saying which MS Project parts it did not read', async () => {
    const dir = await scratch();
    const withResources = mspdiXml.replace('</Project>', '<Resources><Resource><UID>1</UID><Name>Analyst</Name></Resource></Resources></Project>');
    await writeFile(join(dir, 'p.xml'), withResources);
    const r = await runKeeping(dir, ['import', 'mspdi', 'p.xml', '--out', 'new.plan.json'], ['p.xml']);
    expectHandled(r, /p\.xml/);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('p.xml: MS Project XML parts not read into the plan: 1 resource');
  });
});
