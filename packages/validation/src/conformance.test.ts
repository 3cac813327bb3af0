import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FileOptions } from './files.js';
import { validateBytes } from './files.js';
import { renderHint } from './render.js';
import { exitStatus } from './report.js';
import { catalogueFrom } from './catalogue.js';
import type { FileResult } from './validate.js';

/**
 * Conformance corpus: one fixture per entry of the bad-input catalogue in docs/validation.md#bad-inputs-the-validator-must-handle. Each case asserts the
 * exact rule ID, physical line and column (code points) of the finding and the exit code.
 */
const dir = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const run = (name: string, opts: FileOptions = {}): Promise<FileResult[]> =>
  validateBytes(readFileSync(dir + name), { file: name, referenceYear: 2026, aggregates: ['UN_CSA'], ...opts });

type Case = {
  fixture: string;
  rule: string;
  line: number | null;
  column: number | null;
  exit: number;
  opts?: FileOptions;
  /** The rule fires exactly this many times (default: at least once). */
  count?: number;
  /** Rules that must not fire (no cascades). */
  absent?: string[];
};

const cases: Case[] = [
  // Encoding
  { fixture: 'enc-utf8-bom.csv', rule: 'enc/utf8-bom', line: 1, column: 1, exit: 0, count: 1 },
  { fixture: 'enc-utf16le-bom.csv', rule: 'enc/unicode-bom', line: 1, column: 1, exit: 0 },
  { fixture: 'enc-utf16le-nobom.csv', rule: 'enc/unicode-bom', line: 1, column: 1, exit: 0 },
  { fixture: 'enc-windows-1251.csv', rule: 'enc/invalid-utf8', line: 2, column: 32, exit: 1, count: 1 },
  { fixture: 'enc-koi8-r.csv', rule: 'enc/invalid-utf8', line: 2, column: 32, exit: 1, count: 1 },
  { fixture: 'enc-cp866.csv', rule: 'enc/invalid-utf8', line: 2, column: 32, exit: 1, count: 1 },
  { fixture: 'enc-windows-1251.csv', rule: 'enc/legacy-encoding', line: 1, column: 1, exit: 0, opts: { encoding: 'windows-1251' }, absent: ['enc/invalid-utf8'] },
  { fixture: 'enc-invalid-then-type-error.csv', rule: 'enc/invalid-utf8', line: 3, column: 35, exit: 1, count: 1 },
  { fixture: 'enc-invalid-then-type-error.csv', rule: 'schema/type-error', line: 4, column: 15, exit: 1, count: 1 },
  { fixture: 'enc-nul-byte.csv', rule: 'enc/binary-byte', line: 2, column: 34, exit: 1, count: 1 },
  { fixture: 'enc-invisible-char.csv', rule: 'enc/invisible-char', line: 2, column: 4, exit: 1, count: 1, absent: ['ind/country-code'] },
  { fixture: 'enc-mixed-script.csv', rule: 'enc/mixed-script', line: 2, column: 1, exit: 1, count: 1, absent: ['ind/country-code'] },
  // Structure and dialect
  { fixture: 'csv-quoted-newline.csv', rule: 'schema/type-error', line: 4, column: 15, exit: 1, count: 1 },
  { fixture: 'csv-ragged-row.csv', rule: 'csv/ragged-row', line: 3, column: 14, exit: 1, count: 1, absent: ['schema/required', 'schema/type-error'] },
  { fixture: 'csv-semicolon-decimal-comma.csv', rule: 'csv/decimal-comma', line: 1, column: 1, exit: 0, absent: ['schema/type-error'] },
  { fixture: 'csv-sep-line.csv', rule: 'ind/index-range', line: 4, column: 15, exit: 1, count: 1 },
  { fixture: 'csv-tab.tsv', rule: 'csv/dialect', line: 1, column: 1, exit: 0, absent: ['csv/ragged-row'] },
  { fixture: 'csv-mixed-line-endings.csv', rule: 'csv/mixed-line-endings', line: 3, column: 39, exit: 0, count: 1 },
  { fixture: 'csv-unclosed-quote.csv', rule: 'csv/unclosed-quote', line: 3, column: 32, exit: 1, count: 1, absent: ['schema/whitespace', 'csv/ragged-row'] },
  { fixture: 'csv-stray-quote.csv', rule: 'csv/stray-quote', line: 2, column: 35, exit: 0, count: 1 },
  { fixture: 'csv-header-problems.csv', rule: 'csv/padded-header', line: 1, column: 16, exit: 1, count: 1 },
  { fixture: 'csv-header-problems.csv', rule: 'csv/blank-header', line: 1, column: 22, exit: 1, count: 1 },
  { fixture: 'csv-header-problems.csv', rule: 'csv/duplicate-header', line: 1, column: 29, exit: 1, count: 1 },
  { fixture: 'csv-blank-rows.csv', rule: 'csv/blank-row', line: 3, column: 1, exit: 0, count: 2, absent: ['schema/required', 'ind/duplicate-row'] },
  { fixture: 'csv-empty.csv', rule: 'csv/empty-file', line: 1, column: 1, exit: 1, count: 1 },
  { fixture: 'csv-header-only.csv', rule: 'csv/no-data-rows', line: 2, column: 1, exit: 0, count: 1 },
  { fixture: 'csv-field-too-large.csv', rule: 'csv/field-too-large', line: 2, column: 32, exit: 1, opts: { maxFieldBytes: 50 }, count: 1 },
  { fixture: 'layout-wdi-wide.csv', rule: 'csv/layout', line: 5, column: 1, exit: 1, absent: ['csv/unknown-layout', 'csv/blank-header', 'csv/ragged-row', 'schema/type-error'] },
  // Values and domain rules
  { fixture: 'val-missing-markers.csv', rule: 'schema/type-error', line: 3, column: 15, exit: 1, count: 1, opts: { missingValues: ['', '..'] } },
  { fixture: 'val-unit-ranges.csv', rule: 'ind/percent-range', line: 2, column: 25, exit: 1, count: 1 },
  { fixture: 'val-unit-ranges.csv', rule: 'ind/per100-high', line: 3, column: 25, exit: 1, count: 1 },
  { fixture: 'val-unit-ranges.csv', rule: 'ind/per100-range', line: 4, column: 25, exit: 1, count: 1 },
  { fixture: 'val-unit-ranges.csv', rule: 'ind/negative-value', line: 5, column: 22, exit: 1, count: 1 },
  { fixture: 'val-percent-as-fraction.csv', rule: 'ind/percent-as-fraction', line: 2, column: 25, exit: 0, count: 1 },
  { fixture: 'val-lexical.csv', rule: 'schema/type-error', line: 2, column: 15, exit: 1, count: 8 },
  { fixture: 'val-lexical.csv', rule: 'schema/whitespace', line: 7, column: 15, exit: 1, count: 1 },
  { fixture: 'val-non-finite.csv', rule: 'schema/non-finite', line: 2, column: 25, exit: 1, count: 3, absent: ['ind/percent-range', 'schema/minimum', 'schema/maximum'] },
  { fixture: 'val-bad-key-no-duplicate.csv', rule: 'schema/type-error', line: 2, column: 10, exit: 1, count: 2, absent: ['ind/duplicate-row', 'ind/duplicate-conflict'] },
  { fixture: 'val-future-year.csv', rule: 'ind/future-year', line: 2, column: 10, exit: 1, count: 1 },
  { fixture: 'val-country-codes.csv', rule: 'ind/country-code', line: 2, column: 1, exit: 1, count: 4 },
  { fixture: 'val-country-codes.csv', rule: 'ind/wb-code', line: 4, column: 1, exit: 1, count: 1 },
  { fixture: 'val-duplicates.csv', rule: 'ind/duplicate-row', line: 4, column: 15, exit: 1, count: 1 },
  { fixture: 'val-duplicates.csv', rule: 'ind/duplicate-conflict', line: 5, column: 15, exit: 1, count: 1 },
  {
    fixture: 'val-composite-key.csv',
    rule: 'csv/layout',
    line: 1,
    column: 1,
    exit: 0,
    opts: { schema: { fields: [{ name: 'a' }, { name: 'b' }, { name: 'value', type: 'integer' }], primaryKey: ['a', 'b'] } },
    absent: ['schema/primary-key'],
  },
  { fixture: 'val-status-flags.csv', rule: 'ind/obs-status', line: 2, column: 29, exit: 1, count: 1 },
  { fixture: 'val-yoy-jump.csv', rule: 'ind/yoy-jump', line: 8, column: 25, exit: 0, count: 1 },
  { fixture: 'val-coverage-gap.csv', rule: 'ind/coverage-gap', line: 4, column: 15, exit: 0, count: 1 },
  { fixture: 'val-formula-injection.csv', rule: 'schema/formula-injection', line: 2, column: 31, exit: 1, count: 2 },
  // Layouts
  { fixture: 'layout-sdmx-csv-1.csv', rule: 'ind/obs-status', line: 3, column: 80, exit: 1, count: 1, absent: ['schema/type-error', 'ind/country-code'] },
  { fixture: 'layout-sdmx-csv-2.csv', rule: 'sdmx/action', line: 4, column: 23, exit: 1, count: 1, absent: ['schema/type-error'] },
  { fixture: 'layout-sdg-long.csv', rule: 'sdg/nature', line: 3, column: 130, exit: 1, count: 1 },
  { fixture: 'layout-sdg-long.csv', rule: 'sdg/m49-code', line: 4, column: 96, exit: 1, count: 1 },
  { fixture: 'layout-sdg-long.csv', rule: 'ind/censored-value', line: 2, column: 116, exit: 1, count: 1, absent: ['schema/type-error'] },
  // Plan files
  { fixture: 'plan-invalid-json.plan.json', rule: 'plan/invalid-json', line: 5, column: 1, exit: 1, count: 1 },
  { fixture: 'plan-wrong-type.plan.json', rule: 'plan/schema', line: 5, column: 12, exit: 1 },
  { fixture: 'plan-wrong-type.plan.json', rule: 'ref/unknown-indicator', line: 6, column: 27, exit: 1, count: 1, opts: { catalogue: catalogueFrom([{ code: 'EGDI', unit: 'index 0-1' }]) } },
];

describe('conformance corpus (docs/validation.md)', () => {
  it.each(cases)('$fixture → $rule at $line:$column, exit $exit', async (c) => {
    const results = await run(c.fixture, c.opts);
    const findings = results.flatMap((r) => r.findings);
    const hits = findings.filter((f) => f.ruleId === c.rule);
    expect(hits.length, JSON.stringify(findings.map((f) => [f.ruleId, f.line, f.column]))).toBeGreaterThan(0);
    expect({ line: hits[0]!.line, column: hits[0]!.column }).toEqual({ line: c.line, column: c.column });
    if (c.count !== undefined) expect(results.reduce((n, r) => n + (r.counts[c.rule] ?? 0), 0)).toBe(c.count);
    for (const a of c.absent ?? []) expect(findings.map((f) => f.ruleId)).not.toContain(a);
    expect(exitStatus(results)).toBe(c.exit);
  });
});

describe('details the catalogue asks for', () => {
  it('ranks the legacy encoding that produced the bytes first, with a decoded preview', async () => {
    for (const [fixture, enc] of [
      ['enc-windows-1251.csv', 'windows-1251'],
      ['enc-koi8-r.csv', 'koi8-r'],
      ['enc-cp866.csv', 'ibm866'],
    ] as const) {
      const f = (await run(fixture))[0]!.findings.find((x) => x.ruleId === 'enc/invalid-utf8')!;
      expect(renderHint(f.hint!)).toContain(`--encoding ${enc}`);
      expect(renderHint(f.hint!)).toContain('Комитет по статистике');
      expect(f.byteOffset).toBe(76);
      expect(f.value).toMatch(/\[[0-9a-f]{2}\]/);
    }
  });

  it('never guesses a legacy encoding for valid UTF-8 (NBSP only)', async () => {
    const r = (await run('enc-nbsp-only.csv'))[0]!;
    expect(r.counts['enc/invalid-utf8']).toBeUndefined();
    expect(r.errors).toBe(0);
  });

  it('strips the UTF-8 BOM before the header (no BOM leak into the first name)', async () => {
    const r = (await run('enc-utf8-bom.csv'))[0]!;
    expect(r.layout).toBe('long');
    expect(r.findings.map((f) => f.ruleId)).not.toContain('csv/unknown-layout');
  });

  it('decodes UTF-16 and reads the same rows', async () => {
    expect((await run('enc-utf16le-bom.csv'))[0]!.observations).toBe(1);
    expect((await run('enc-utf16le-nobom.csv'))[0]!.observations).toBe(1);
  });

  it('shows invisible characters escaped', async () => {
    expect((await run('enc-invisible-char.csv'))[0]!.findings.find((f) => f.ruleId === 'enc/invisible-char')!.value).toBe('KAZ<U+200B>');
  });

  it('suggests alpha-3 codes', async () => {
    const hints = (await run('val-country-codes.csv'))[0]!.findings.filter((f) => f.ruleId === 'ind/country-code').map((f) => f.hint && renderHint(f.hint));
    expect(hints[0]).toContain('"KAZ"');
    expect(hints[1]).toContain('upper case');
    expect(hints[2]).toContain('"KAZ"');
    expect(hints[3]).toContain('KAZ');
  });

  it('reports both locations of a duplicate', async () => {
    const f = (await run('val-duplicates.csv'))[0]!.findings.find((x) => x.ruleId === 'ind/duplicate-conflict')!;
    expect(f.related?.[0]?.line).toBe(2);
  });

  it('a break flag (B) explains a jump', async () => {
    const r = (await run('val-yoy-jump.csv'))[0]!;
    expect(r.findings.filter((f) => f.ruleId === 'ind/yoy-jump').every((f) => f.line! <= 13)).toBe(true);
  });

  it('counts declared missing markers and hints undeclared look-alikes', async () => {
    const r = (await run('val-missing-markers.csv', { missingValues: ['', '..'] }))[0]!;
    expect(r.missing['..']).toBe(1);
    expect(renderHint(r.findings.find((f) => f.ruleId === 'schema/type-error')!.hint!)).toContain('looks like a missing-value marker');
  });

  it('lexical errors carry the specific hint', async () => {
    const hints = (await run('val-lexical.csv'))[0]!.findings.filter((f) => f.ruleId === 'schema/type-error').map((f) => (f.hint ? renderHint(f.hint) : ''));
    expect(hints[0]).toMatch(/Hexadecimal/);
    expect(hints[1]).toMatch(/Binary/);
    expect(hints[2]).toMatch(/Digit separators/);
    expect(hints[3]).toMatch(/Non-ASCII digits/);
    expect(hints[4]).toMatch(/--group-char/);
  });

  it('reads WDI wide: preamble skipped, header found on line 5, years melted, trailing comma dropped', async () => {
    const r = (await run('layout-wdi-wide.csv'))[0]!;
    expect(r.layout).toBe('wdi-wide');
    expect(r.observations).toBe(5);
    expect(r.counts['ind/wb-code']).toBe(1);
    expect(r.findings.find((f) => f.ruleId === 'ind/percent-range')).toMatchObject({ line: 8, field: '2021' });
  });

  it('reads SDMX-CSV 1.0 labels=both with ; and decimal comma, and SDMX-CSV 2.0 with ACTION', async () => {
    const one = (await run('layout-sdmx-csv-1.csv'))[0]!;
    expect(one.layout).toBe('sdmx-csv-1');
    expect(one.observations).toBe(2);
    const two = (await run('layout-sdmx-csv-2.csv'))[0]!;
    expect(two.layout).toBe('sdmx-csv-2');
    expect(two.observations).toBe(2); // the D (delete) row is not an observation
  });

  it('SDMX quarters are distinct keys; a repeated quarter is a duplicate; years far apart still form one series', async () => {
    const csv =
      'STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n' +
      'dataflow,DSC:ICT(1.0),I,Q,KAZ,X,2022-Q1,1\ndataflow,DSC:ICT(1.0),I,Q,KAZ,X,2022-Q2,2\ndataflow,DSC:ICT(1.0),I,Q,KAZ,X,2022-Q1,3\n';
    const [r] = await validateBytes(new TextEncoder().encode(csv), { file: 'q.csv', referenceYear: 2026 });
    expect(r!.findings.filter((f) => f.ruleId.startsWith('ind/duplicate')).map((f) => [f.ruleId, f.line])).toEqual([['ind/duplicate-conflict', 4]]);
    const long = 'iso3,indicator,year,value\nKAZ,X,1100,1\nKAZ,X,2020,2\nKAZ,X,1100,1\n';
    const [l] = await validateBytes(new TextEncoder().encode(long), { file: 'l.csv', referenceYear: 2026 });
    expect(l!.findings.filter((f) => f.ruleId.startsWith('ind/duplicate')).map((f) => [f.ruleId, f.line, f.related?.[0]?.line])).toEqual([['ind/duplicate-row', 4, 2]]);
  });

  it('JSON arrays of records get the table rules, located at the JSON values', async () => {
    const lines = [
      '[',
      '  {"iso3": "KAZ", "indicator": "EGDI", "year": 2024, "value": 0.5, "unit": "index 0-1"},',
      '  {"iso3": "KZ", "indicator": "EGDI", "year": 2024, "value": 1.5, "unit": "index 0-1"},',
      '  {"iso3": "KAZ", "indicator": "EGDI", "year": 2024, "value": 0.6, "unit": "index 0-1"}',
      ']',
    ];
    const [r] = await validateBytes(new TextEncoder().encode(lines.join('\n')), { file: 'data.json', referenceYear: 2026 });
    const at = (id: string) => r!.findings.filter((f) => f.ruleId === id).map((f) => [f.line, f.column]);
    expect(at('ind/country-code')).toEqual([[3, lines[2]!.indexOf('"KZ"') + 1]]);
    expect(at('ind/index-range')).toEqual([[3, lines[2]!.indexOf('1.5') + 1]]);
    expect(at('ind/duplicate-conflict')).toEqual([[4, lines[3]!.indexOf('0.6') + 1]]);
    expect(r!.findings.find((f) => f.ruleId === 'ind/duplicate-conflict')!.related?.[0]?.line).toBe(2);
    expect(r!.layout).toBe('long');
  });

  it('dataset documents: schema errors and the rule pack on their observations', async () => {
    const lines = [
      '{ "kind": "dataset", "schemaVersion": 1, "id": "d", "title": "t", "sources": [],',
      '  "observations": [',
      '    { "iso3": "KAZ", "indicator": "EGDI", "year": 2031, "value": 0.5, "unit": "index 0-1", "status": "A", "source": "s" }',
      '  ] }',
    ];
    const [r] = await validateBytes(new TextEncoder().encode(lines.join('\n')), { file: 'd.json', referenceYear: 2026 });
    expect(r!.findings.find((f) => f.ruleId === 'ind/future-year')).toMatchObject({ line: 3, column: lines[2]!.indexOf('2031') + 1 });
    expect(r!.counts['plan/schema']).toBeGreaterThan(0); // unknown source "s", year beyond the schema range
  });

  it('keeps counting past the sample cap', async () => {
    const r = (await run('val-lexical.csv', { maxSamples: 2 }))[0]!;
    expect(r.counts['schema/type-error']).toBe(8);
    expect(r.findings.filter((f) => f.ruleId === 'schema/type-error')).toHaveLength(2);
  });

  it('severities are configurable, including off', async () => {
    const r = await run('val-future-year.csv', { severities: { 'ind/future-year': 'warning' } });
    expect(exitStatus(r)).toBe(0);
    expect(exitStatus(r, { strict: true })).toBe(1);
    expect(exitStatus(r, { maxWarnings: 0 })).toBe(1);
    expect((await run('val-future-year.csv', { severities: { 'ind/future-year': 'off' } }))[0]!.counts['ind/future-year']).toBeUndefined();
  });
});
