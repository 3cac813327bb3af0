import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatImportError } from '../src/import/errors.js';
import { EXAMPLE_PLAN, generate } from '../src/import/generate.js';
import type { ScriptIo } from './generate-command.js';
import { PACKAGE_DIR, generateCommand } from './generate-command.js';

const recorder = (): ScriptIo & { out: string[]; err: string[] } => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: (t) => void out.push(t), error: (t) => void err.push(t) };
};

const tmp = mkdtempSync(join(tmpdir(), 'dsc-generate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('generated modules', () => {
  it('are exactly what the committed data generate, byte for byte, with no stale file beside them', () => {
    const io = recorder();
    const code = generateCommand(['--check'], io);
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('generate', () => {
  const files = new Map<string, string>([
    ['data/observations/modules.json', JSON.stringify({ 'wb-wdi': { file: 'wb_wdi_ict_macro.csv', units: {}, statusNotes: {} } })],
    ['data/observations/wb-wdi.csv', 'iso3,indicator,year,value,status,raw_line,source\nKAZ,SP.POP.TOTL,2024,n/a,X,2,nowhere\n'],
    ['data/policy-instruments.json', JSON.stringify({ compiled: '2026-11-22', instruments: [] })],
    ['data/iati-codelists.json', JSON.stringify({ codeLists: [], dacPurposeCodes: [], sdgGoals: {}, sdgTargets: {} })],
    ['data/initiatives.json', JSON.stringify({ kind: 'initiative-register', schemaVersion: 1, compiled: '2026-12-07', initiatives: [] })],
    ['data/recommendations.json', JSON.stringify({ kind: 'recommendation-set', schemaVersion: 1, id: 'r', title: { en: 'R' }, recommendations: [] })],
    [EXAMPLE_PLAN, '{}\n'],
  ]);

  it('locates every bad field of a data file', () => {
    const r = generate((p) => files.get(p));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map(formatImportError)).toEqual([
      expect.stringMatching(/^data\/observations\/wb-wdi\.csv:2:4 invalid_field: value = "n\/a"/),
      expect.stringMatching(/^data\/observations\/wb-wdi\.csv:2:5 invalid_field: status = "X"/),
      expect.stringMatching(/^data\/observations\/wb-wdi\.csv:2:7 invalid_field: source = "nowhere"/),
    ]);
  });

  it('names the files that are missing', () => {
    const r = generate((p) => (p === 'data/iati-codelists.json' || p === EXAMPLE_PLAN ? undefined : files.get(p)));
    expect(r.ok ? [] : r.error.map((e) => [e.code, e.file])).toEqual([
      ['invalid_field', 'data/observations/wb-wdi.csv'],
      ['invalid_field', 'data/observations/wb-wdi.csv'],
      ['invalid_field', 'data/observations/wb-wdi.csv'],
      ['missing_file', 'data/iati-codelists.json'],
      ['missing_file', EXAMPLE_PLAN],
    ]);
  });

  it('writes a copy of the package, then finds a changed module and a stale one', () => {
    const root = join(tmp, 'packages/datasets');
    cpSync(join(PACKAGE_DIR, 'data'), join(root, 'data'), { recursive: true });
    cpSync(join(PACKAGE_DIR, EXAMPLE_PLAN), join(root, EXAMPLE_PLAN));
    expect(generateCommand([], recorder(), root)).toBe(0);
    expect(readFileSync(join(root, 'src/data/policy-instruments.ts'), 'utf8')).toBe(
      readFileSync(join(PACKAGE_DIR, 'src/data/policy-instruments.ts'), 'utf8'),
    );
    expect(generateCommand(['--check'], recorder(), root)).toBe(0);
    writeFileSync(join(root, 'src/data/observations/wb-wdi.ts'), 'changed');
    writeFileSync(join(root, 'src/data/observations/old-module.ts'), 'left over');
    const io = recorder();
    expect(generateCommand(['--check'], io, root)).toBe(1);
    expect(io.err).toEqual([
      'differs: src/data/observations/wb-wdi.ts',
      'not generated from the data: src/data/observations/old-module.ts',
      'run `pnpm --filter @dsc/datasets generate` and commit the result',
    ]);
    expect(generateCommand(['--bogus'], recorder(), root)).toBe(2);
  });
});
