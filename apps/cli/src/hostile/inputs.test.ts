import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { samplePlan } from '@dsc/datasets';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectHandled, files, runKeeping, scratch } from './run-dsc.js';

// Inputs a user should never see crash `dsc`: unreadable files, plans that are not plans, absurd numbers and dates,
// huge names and spreadsheet formulas. Each case checks the exit code (0–3), a message naming the file (and the
// line and column or JSON pointer where there is one), no stack trace, and that every input is unchanged.

type PlanDoc = {
  start: string;
  activities: { id: string; name: Record<string, string>; duration: number; milestone?: boolean; constraint?: unknown }[];
  dependencies: { from: string; to: string; type: string; lag: { value: number; unit: string } }[];
};
let planJson: string;
const plan = (): PlanDoc => JSON.parse(planJson) as PlanDoc;

beforeAll(async () => {
  planJson = JSON.stringify(await samplePlan(), null, 2);
});

const bare = (activities: unknown[], dependencies: unknown[] = [], start = '2027-01-04'): string =>
  JSON.stringify({ kind: 'plan', schemaVersion: 2, id: 'p', title: { en: 'P' }, start, activities, dependencies });

describe('unreadable inputs', () => {
  it.each([
    ['a missing file', 'missing.csv', undefined, /missing\.csv: cannot read the file \(no such file\)/],
    ['a directory', 'folder.csv', 'dir', /folder\.csv/],
    ['an empty file', 'empty.csv', '', /empty\.csv/],
    ['a corrupt zip', 'broken.zip', 'PK\u0003\u0004 not really a zip', /broken\.zip/],
    ['a corrupt xlsx', 'broken.xlsx', 'PK\u0003\u0004\u0014\u0000 truncated', /broken\.xlsx/],
    ['binary bytes', 'binary.csv', new Uint8Array([0, 1, 2, 255, 254, 0, 0, 7, 8, 9]), /binary\.csv/],
  ] as const)('dsc validate %s', async (_, name, content, located) => {
    const dir = await scratch();
    if (content === 'dir') await mkdir(join(dir, name));
    else if (content !== undefined) await files(dir, { [name]: content });
    const r = await runKeeping(dir, ['validate', name], [name]);
    expectHandled(r, located);
  });

  it.each(['schedule', 'export csv'])('dsc %s of a missing plan and of a directory', async (command) => {
    const dir = await scratch();
    await mkdir(join(dir, 'folder.plan.json'));
    for (const name of ['missing.plan.json', 'folder.plan.json']) {
      const r = await runKeeping(dir, [...command.split(' '), name], [name]);
      expectHandled(r, new RegExp(`${name.replace(/\./g, '\\.')}: cannot read the file`), [3]);
    }
  });
});

describe('hostile JSON plans', () => {
  it.each([
    ['[]', '[]', /x\.plan\.json/],
    ['null', 'null', /x\.plan\.json/],
    ['a truncated document', '{"kind": "plan",\n  "activities": [', /x\.plan\.json:2:\d+/],
    ['deeply nested arrays', `{"kind":"plan","activities":${'['.repeat(200_000)}${']'.repeat(200_000)}}`, /x\.plan\.json/],
    ['a wrong type deep inside', bare([{ id: 'a', name: { en: 'A' }, duration: 'three' }]), /x\.plan\.json#\/activities\/0\/duration/],
  ])('dsc schedule of %s', async (_, text, located) => {
    const dir = await scratch();
    await files(dir, { 'x.plan.json': text });
    const r = await runKeeping(dir, ['schedule', 'x.plan.json'], ['x.plan.json']);
    expectHandled(r, located);
    expect(r.code).not.toBe(0);
  });

  it('a 5 MB activity name and control characters are scheduled and exported', async () => {
    const dir = await scratch();
    const p = plan();
    p.activities[0]!.name = { en: 'x'.repeat(5 * 1024 * 1024) };
    p.activities[1]!.name = { en: 'bell\u0007 escape\u001b[31m nul\u0000 end' };
    await files(dir, { 'x.plan.json': JSON.stringify(p) });
    const s = await runKeeping(dir, ['schedule', 'x.plan.json', '--format', 'json'], ['x.plan.json']);
    expectHandled(s, /x\.plan\.json/, [0]);
    const m = await runKeeping(dir, ['export', 'mspdi', 'x.plan.json', '--out', 'x.xml'], ['x.plan.json']);
    expectHandled(m, /x\.plan\.json/, [0]);
    const xml = await readFile(join(dir, 'x.xml'), 'utf8');
    for (const c of ['\u0000', '\u0007', '\u001b']) expect(xml).not.toContain(c);
    expect(m.stderr).toMatch(/control characters|replaced/i);
  });
});

describe('absurd numbers and dates through dsc schedule', () => {
  it.each([
    ['a duration of 2^31−1 days', bare([{ id: 'a', name: { en: 'A' }, duration: 2 ** 31 - 1 }]), /x\.plan\.json#\/activities\/0/],
    ['a duration of 1e9 days', bare([{ id: 'a', name: { en: 'A' }, duration: 1e9 }]), /x\.plan\.json#\/activities\/0/],
    [
      'a lag of 2^31−1 days',
      bare([{ id: 'a', name: { en: 'A' }, duration: 1 }, { id: 'b', name: { en: 'B' }, duration: 1 }], [{ from: 'a', to: 'b', type: 'FS', lag: { value: 2 ** 31 - 1, unit: 'working' } }]),
      /x\.plan\.json#\/dependencies\/0/,
    ],
    [
      'a lag of -1e9 elapsed days',
      bare([{ id: 'a', name: { en: 'A' }, duration: 1 }, { id: 'b', name: { en: 'B' }, duration: 1 }], [{ from: 'a', to: 'b', type: 'SS', lag: { value: -1e9, unit: 'elapsed' } }]),
      /x\.plan\.json#\/dependencies\/0/,
    ],
    ['a start in year 9999 running past it', bare([{ id: 'a', name: { en: 'A' }, duration: 400 }], [], '9999-06-01'), /x\.plan\.json#\/activities\/0/],
    ['a constraint date past 9999', bare([{ id: 'a', name: { en: 'A' }, duration: 1, constraint: { type: 'SNET', date: '10000-01-01' } }]), /x\.plan\.json#\/activities\/0\/constraint\/date/],
  ])('%s is refused at its place in the plan', async (_, text, located) => {
    const dir = await scratch();
    await files(dir, { 'x.plan.json': text });
    const r = await runKeeping(dir, ['schedule', 'x.plan.json'], ['x.plan.json']);
    expectHandled(r, located);
    expect(r.code).toBe(1);
  });

  it('a 1e9-day lag in an activities CSV scheduled on a calendar is refused on its line', async () => {
    const dir = await scratch();
    await files(dir, { 'a.csv': 'id,name,duration,predecessors\nA,a,1,\nB,b,1,A FS+1000000000\n' });
    const r = await runKeeping(dir, ['schedule', 'a.csv', '--start', '2027-01-04'], ['a.csv']);
    expectHandled(r, /a\.csv:3:1: activity "B": lag 1000000000 is outside the range/);
    expect(r.code).toBe(1);
  });
});

describe('exports of hostile plan content', () => {
  it.each(['ical', 'mspdi'])('a 1.2 MB milestone name through dsc export %s', async (kind) => {
    const dir = await scratch();
    const p = plan();
    const milestone = p.activities.find((a) => a.milestone === true || a.duration === 0)!;
    milestone.name = { en: 'M'.repeat(1_200_000) };
    await files(dir, { 'x.plan.json': JSON.stringify(p) });
    const r = await runKeeping(dir, ['export', kind, 'x.plan.json', '--out', `x.${kind}`], ['x.plan.json']);
    expectHandled(r, /x\.plan\.json/, [0]);
    const out = await readFile(join(dir, `x.${kind}`), 'utf8');
    expect(out.length).toBeGreaterThan(1_200_000);
    if (kind === 'ical') for (const line of out.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('cells starting with =, +, -, @ are not formulas in dsc export csv', async () => {
    const dir = await scratch();
    const p = plan();
    const names = ["=cmd|' /C calc'!A0", '+SUM(A1:A9)', '-2+3', '@HYPERLINK("http://x")'];
    names.forEach((n, i) => (p.activities[i]!.name = { en: n }));
    await files(dir, { 'x.plan.json': JSON.stringify(p) });
    const r = await runKeeping(dir, ['export', 'csv', 'x.plan.json', '--out', 'x.csv'], ['x.plan.json']);
    expectHandled(r, /x\.plan\.json/, [0]);
    const csv = await readFile(join(dir, 'x.csv'), 'utf8');
    for (const cell of csv.split(/\r?\n/).flatMap((line) => line.split(','))) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@]|^-\D/);
    expect(csv).toContain("'=cmd|");
  });

  it('dsc export mspdi keeps the whole plan and says what a scenario export leaves out', async () => {
    const dir = await scratch();
    await files(dir, { 'x.plan.json': planJson });
    const base = await runKeeping(dir, ['export', 'mspdi', 'x.plan.json', '--out', 'x.xml'], ['x.plan.json']);
    expectHandled(base, /x\.plan\.json/, [0]);
    expect(base.stderr).not.toContain('MS Project XML does not hold');
    const back = await runKeeping(dir, ['import', 'mspdi', 'x.xml', '--out', 'y.plan.json'], ['x.xml']);
    expectHandled(back, /x\.xml/, [0]);
    const p = JSON.parse(planJson) as { budget: unknown[]; kpis: unknown[]; risks: unknown[] };
    const y = JSON.parse(await readFile(join(dir, 'y.plan.json'), 'utf8')) as typeof p;
    expect([y.budget.length, y.kpis.length, y.risks.length]).toEqual([p.budget.length, p.kpis.length, p.risks.length]);
    const scenario = await runKeeping(dir, ['export', 'mspdi', 'x.plan.json', '--scenario', 'hybrid', '--out', 's.xml'], ['x.plan.json']);
    expectHandled(scenario, /x\.plan\.json/, [0]);
    expect(scenario.stderr).toContain('MS Project XML does not hold these parts of the plan');
    expect(scenario.stderr).toMatch(/plan values? the scenario replaces/);
  });
});
