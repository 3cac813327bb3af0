import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createTranslator, getMessages } from '@dsc/i18n';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildReport, exitStatus, formatGithub, formatJunit, formatMarkdown, formatReport, formatSarif, formatText } from './report.js';
import { artifactLocation } from './report-sarif.js';
import { emptyFileResult } from './result.js';
import type { FileResult } from './result.js';
import { validateText } from './validate.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const ok = validateText(enc('iso3,indicator,year,value\nKAZ,EGDI,2024,0.5\n'), { file: 'ok.csv', referenceYear: 2026 });
const broken: FileResult = emptyFileResult('broken.xlsx', undefined, {
  unreadable: { code: 'corrupt_container', params: { container: 'xlsx', reason: 'corrupt', sheet: '', sheets: '', detail: 'invalid zip data' } },
});
const report = buildReport([ok, broken]);

type Sarif = {
  runs: {
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[];
  }[];
};

/** The official SARIF 2.1.0 schema (JSON Schema draft-04), read from the npm package at test time. */
function sarifValidator(): (data: unknown) => boolean {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@microsoft/sarif-matcher-utils/package.json');
  const schema = JSON.parse(readFileSync(pkg.replace(/package\.json$/, 'lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data) => {
    const valid = validate(data);
    if (!valid) throw new Error(JSON.stringify(validate.errors, null, 2));
    return valid;
  };
}

describe('an unreadable input fails every format', () => {
  it('JSON: valid false with the reason; exit 3', () => {
    expect(report.valid).toBe(false);
    expect(report.stats.errors).toBe(0);
    const json = JSON.parse(formatReport(report, 'json')) as { valid: boolean; files: { file: string; unreadable?: { code: string; message: string } }[] };
    expect(json.valid).toBe(false);
    expect(json.files.find((f) => f.file === 'broken.xlsx')?.unreadable).toMatchObject({ code: 'corrupt_container', message: expect.stringContaining('cannot be unpacked') as string });
    expect(exitStatus([ok, broken])).toBe(3);
  });

  it('JUnit: a testcase with an <error>, counted in errors', () => {
    const x = formatJunit(report);
    expect(x).toMatch(/<testsuites name="dsc validate" tests="3" failures="0" errors="1">/);
    expect(x).toMatch(/<testsuite name="broken.xlsx" tests="1" failures="0" errors="1">\s*<testcase classname="broken.xlsx" name="unreadable input">\s*<error message="broken.xlsx: the workbook cannot be unpacked" type="corrupt_container">/);
  });

  it('SARIF: an error notification and executionSuccessful false', () => {
    const s = JSON.parse(formatSarif(report, { cwd: '/work' })) as Sarif;
    const inv = s.runs[0]!.invocations[0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toHaveLength(1);
    expect(inv.toolExecutionNotifications[0]).toMatchObject({ level: 'error', message: { text: expect.stringContaining('cannot be unpacked') as string } });
    expect(inv.toolExecutionNotifications[0]!.locations?.[0]?.physicalLocation.artifactLocation.uri).toBe('broken.xlsx');
    const fine = JSON.parse(formatSarif(buildReport([ok]), { cwd: '/work' })) as Sarif;
    expect(fine.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });

  it('GitHub: an ::error line for the file', () => {
    expect(formatGithub(report).stdout).toContain('::error file=broken.xlsx,title=dsc validate%3A unreadable input::broken.xlsx: the workbook cannot be unpacked — Save the workbook again as .xlsx.');
  });

  it('NDJSON: a record after the findings', () => {
    const lines = formatReport(report, 'ndjson').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toEqual({ kind: 'unreadable', severity: 'error', file: 'broken.xlsx', code: 'corrupt_container', message: 'broken.xlsx: the workbook cannot be unpacked', hint: 'Save the workbook again as .xlsx.' });
  });

  it('text and markdown say it, in the reader’s language', () => {
    expect(formatText(report)).toMatch(/^broken\.xlsx {2}error {4}unreadable input {2}broken\.xlsx: the workbook cannot be unpacked\n {4}hint: Save/m);
    const md = formatMarkdown(report);
    expect(md).toContain('## dsc validate: ❌ invalid');
    expect(md).toContain('### Unreadable inputs');
    expect(md).toContain('| broken.xlsx | broken.xlsx: the workbook cannot be unpacked | Save the workbook again as .xlsx. |');
    const ru = formatMarkdown(report, 200, createTranslator('ru', getMessages('ru')).t);
    expect(ru).toContain('### Нечитаемые входные файлы');
    expect(ru).toContain('| файл | структура | кодировка | строки | ошибки | предупреждения | полностью |');
    expect(formatMarkdown(report, 200, createTranslator('kk', getMessages('kk')).t)).toContain('| файл | құрылым | кодтау |');
  });
});

describe('SARIF artifact URIs', () => {
  it('percent-encodes names and resolves them against %SRCROOT%, or gives absolute file:// URIs outside it', () => {
    expect(artifactLocation('data/a b#1%.csv', '/work/repo')).toEqual({ uri: 'data/a%20b%231%25.csv', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('Қазақстан.csv', '/work/repo')).toEqual({ uri: '%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B%D1%81%D1%82%D0%B0%D0%BD.csv', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('C:\\data\\x.csv', '/work/repo')).toEqual({ uri: 'C%3A%5Cdata%5Cx.csv', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('./sub/../x.csv', '/work/repo')).toEqual({ uri: 'x.csv', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('../other/x y.csv', '/work/repo')).toEqual({ uri: 'file:///work/other/x%20y.csv' });
    expect(artifactLocation('/tmp/a#b.csv', '/work/repo')).toEqual({ uri: 'file:///tmp/a%23b.csv' });
    expect(artifactLocation('data\\x.csv', 'C:\\work\\repo')).toEqual({ uri: 'data/x.csv', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('D:\\x.csv', 'C:\\work\\repo')).toEqual({ uri: 'file:///D:/x.csv' });
  });

  it('is valid SARIF 2.1.0 (the official schema) for any path, with %SRCROOT% the working directory', () => {
    const validate = sarifValidator();
    const names = ['data/a b.csv', 'x#y%z.csv', 'Қазақстан деректері.csv', 'C:\\data\\x.csv', '../outside.csv', '/abs/path/ü.csv', 'lone\ud800.csv'];
    const results = names.map((file) => validateText(enc('iso3,indicator,year,value\nKAZ,EGDI,2024,x\n'), { file, referenceYear: 2026 }));
    const text = formatSarif(buildReport([...results, broken]), { cwd: '/work/my repo' });
    const s = JSON.parse(text) as Sarif;
    expect(validate(s)).toBe(true);
    expect(s.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///work/my%20repo/');
    const uris = s.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('file:///work/outside.csv');
    expect(uris).toContain('file:///abs/path/%C3%BC.csv');
    for (const u of uris) expect(u).not.toMatch(/[\s#]|%(?![0-9A-F]{2})/);
    expect(validate(JSON.parse(formatSarif(buildReport([ok]))))).toBe(true);
  });
});

describe('GitHub annotations', () => {
  it('informational findings (dialect, layout) are not annotations unless asked for', () => {
    expect(ok.infos).toBeGreaterThan(0);
    const r = buildReport([ok]);
    expect(formatGithub(r).stdout).toBe('');
    expect(formatGithub(r, undefined, { notices: true }).stdout).toMatch(/^::notice file=ok\.csv/m);
  });
});
