import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

const GOOD = 'iso3,indicator_code,year,value,unit\nKAZ,IT.NET.USER.ZS,2022,88.2,% of population\nUN_CSA,IT.NET.USER.ZS,2022,40.1,% of population\n';
const BAD = 'iso3,indicator_code,year,value,unit\nKAZ,IT.NET.USER.ZS,2022,88.2,% of population\nKZ,IT.NET.USER.ZS,2022,120,% of population\n';

async function workspace(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dsc-validate-'));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('dsc validate', () => {
  it('exit 0 for a valid file, with a text summary', async () => {
    const dir = await workspace({ 'good.csv': GOOD });
    const io = recordingIo(dir);
    expect(await run(['validate', 'good.csv', '--reference-year', '2026'], io, {})).toBe(0);
    expect(io.out()).toContain('valid: 1 file, 2 rows');
  });

  it('exit 1 with located findings; JSON report shape', async () => {
    const dir = await workspace({ 'bad.csv': BAD });
    const io = recordingIo(dir);
    expect(await run(['validate', 'bad.csv', '--format', 'json', '--reference-year', '2026'], io, {})).toBe(1);
    const report = JSON.parse(io.out()) as { valid: boolean; findings: { ruleId: string; line: number; column: number; file: string }[]; counts: Record<string, number> };
    expect(report.valid).toBe(false);
    expect(report.findings.find((f) => f.ruleId === 'ind/country-code')).toMatchObject({ file: 'bad.csv', line: 3, column: 1 });
    expect(report.findings.find((f) => f.ruleId === 'ind/percent-range')).toMatchObject({ line: 3, column: 24 });
    expect(report.counts['ind/country-code']).toBe(1);
  });

  it('ndjson streams one finding per line', async () => {
    const dir = await workspace({ 'bad.csv': BAD });
    const io = recordingIo(dir);
    expect(await run(['validate', 'bad.csv', '--format', 'ndjson', '--reference-year', '2026'], io, {})).toBe(1);
    const lines = io.out().trim().split('\n').map((l) => JSON.parse(l) as { ruleId: string });
    expect(lines.map((l) => l.ruleId)).toContain('ind/percent-range');
  });

  it('github annotations and the step summary', async () => {
    const dir = await workspace({ 'bad.csv': BAD });
    vi.stubEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary.md'));
    const io = recordingIo(dir);
    expect(await run(['validate', 'bad.csv', '--format', 'github', '--reference-year', '2026'], io, {})).toBe(1);
    expect(io.out()).toContain('::error file=bad.csv,line=3,endLine=3,col=1,endColumn=3,title=ind/country-code::');
    expect(await readFile(join(dir, 'summary.md'), 'utf8')).toContain('## dsc validate');
  });

  it('sarif, junit and markdown', async () => {
    const dir = await workspace({ 'bad.csv': BAD });
    for (const [format, marker] of [
      ['sarif', '"version": "2.1.0"'],
      ['junit', '<testsuites'],
      ['markdown', '| rule | severity | count |'],
    ] as const) {
      const io = recordingIo(dir);
      expect(await run(['validate', 'bad.csv', '--format', format, '--reference-year', '2026'], io, {})).toBe(1);
      expect(io.out()).toContain(marker);
    }
  });

  it('--strict and --max-warnings make warnings fail; --rule changes severities', async () => {
    const dir = await workspace({ 'dup.csv': GOOD + 'KAZ,IT.NET.USER.ZS,2022,88.2,% of population\n' });
    expect(await run(['validate', 'dup.csv', '--reference-year', '2026'], recordingIo(dir), {})).toBe(0);
    expect(await run(['validate', 'dup.csv', '--reference-year', '2026', '--strict'], recordingIo(dir), {})).toBe(1);
    expect(await run(['validate', 'dup.csv', '--reference-year', '2026', '--max-warnings', '0'], recordingIo(dir), {})).toBe(1);
    expect(await run(['validate', 'dup.csv', '--reference-year', '2026', '--rule', 'ind/duplicate-row=error'], recordingIo(dir), {})).toBe(1);
  });

  it('dsc.config.json sets severities; unknown rules are a usage error (exit 2)', async () => {
    const dir = await workspace({ 'bad.csv': BAD, 'dsc.config.json': JSON.stringify({ validate: { rules: { 'ind/country-code': 'warning', 'ind/percent-range': 'off' }, referenceYear: 2026 } }) });
    expect(await run(['validate', 'bad.csv'], recordingIo(dir), {})).toBe(0);
    const io = recordingIo(dir);
    await writeFile(join(dir, 'dsc.config.json'), JSON.stringify({ validate: { rules: { 'ind/nope': 'off' } } }));
    expect(await run(['validate', 'bad.csv'], io, {})).toBe(2);
    expect(io.err()).toContain('unknown rule "ind/nope"');
  });

  it('usage errors exit 2: unknown format, bad encoding, missing files argument', async () => {
    const dir = await workspace({ 'good.csv': GOOD });
    expect(await run(['validate', 'good.csv', '--format', 'xml'], recordingIo(dir), {})).toBe(2);
    const io = recordingIo(dir);
    expect(await run(['validate', 'good.csv', '--encoding', 'kz-1048'], io, {})).toBe(2);
    expect(io.err()).toContain('KZ-1048 is not supported');
    expect(await run(['validate'], recordingIo(dir), {})).toBe(2);
  });

  it('unreadable input exits 3 and says why, after validating the other files', async () => {
    const dir = await workspace({ 'good.csv': GOOD });
    const io = recordingIo(dir);
    expect(await run(['validate', 'good.csv', 'missing.csv', '--reference-year', '2026'], io, {})).toBe(3);
    expect(io.err()).toContain('no such file');
    expect(io.out()).toContain('2 files');
  });

  it('--encoding decodes a windows-1251 file', async () => {
    const text = 'iso3,indicator_code,year,value,source\nKAZ,EGDI,2024,0.86,';
    const bytes = new Uint8Array([...new TextEncoder().encode(text), 0xca, 0xee, 0xec, 0xe8, 0xf2, 0xe5, 0xf2, 0x0a]);
    const dir = await workspace({ 'cp.csv': bytes });
    const io = recordingIo(dir);
    expect(await run(['validate', 'cp.csv', '--reference-year', '2026'], io, {})).toBe(1);
    expect(io.out()).toContain('--encoding windows-1251');
    expect(await run(['validate', 'cp.csv', '--reference-year', '2026', '--encoding', 'windows-1251'], recordingIo(dir), {})).toBe(0);
  });

  it('--write-valid / --write-invalid split the rows (header in both)', async () => {
    const dir = await workspace({ 'bad.csv': BAD });
    await run(['validate', 'bad.csv', '--reference-year', '2026', '--write-valid', 'ok.csv', '--write-invalid', 'ko.csv'], recordingIo(dir), {});
    expect(await readFile(join(dir, 'ok.csv'), 'utf8')).toBe('iso3,indicator_code,year,value,unit\nKAZ,IT.NET.USER.ZS,2022,88.2,% of population\n');
    expect(await readFile(join(dir, 'ko.csv'), 'utf8')).toBe('iso3,indicator_code,year,value,unit\nKZ,IT.NET.USER.ZS,2022,120,% of population\n');
  });

  it('plan files are checked against the schema with line and column', async () => {
    const dir = await workspace({ 'x.plan.json': '{\n  "kind": "plan",\n  "schemaVersion": 1,\n  "title": 5\n}\n' });
    const io = recordingIo(dir);
    expect(await run(['validate', 'x.plan.json'], io, {})).toBe(1);
    expect(io.out()).toMatch(/x\.plan\.json:4:\d+ +error +plan\/schema/);
  });

  it('a Table Schema from --schema; an invalid schema is a usage error', async () => {
    const dir = await workspace({
      'good.csv': GOOD,
      'schema.json': JSON.stringify({ fields: [{ name: 'iso3' }, { name: 'indicator_code' }, { name: 'year', type: 'year' }, { name: 'value', type: 'number', constraints: { maximum: 50 } }, { name: 'unit' }] }),
      'broken.json': JSON.stringify({ fields: 'nope' }),
    });
    const io = recordingIo(dir);
    expect(await run(['validate', 'good.csv', '--schema', 'schema.json', '--reference-year', '2026'], io, {})).toBe(1);
    expect(io.out()).toContain('schema/maximum');
    expect(await run(['validate', 'good.csv', '--schema', 'broken.json'], recordingIo(dir), {})).toBe(2);
  });

  it('--no-series-checks (or "seriesChecks": false) skips the jump, coverage and fraction checks', async () => {
    const gap = 'iso3,indicator_code,year,value\nKAZ,IT.NET.USER.ZS,2015,50\nKAZ,IT.NET.USER.ZS,2016,52\nKAZ,IT.NET.USER.ZS,2017,55\nKAZ,IT.NET.USER.ZS,2020,60\n';
    const dir = await workspace({ 'gap.csv': gap });
    const on = recordingIo(dir);
    expect(await run(['validate', 'gap.csv', '--reference-year', '2026', '--format', 'json'], on, {})).toBe(0);
    expect(JSON.stringify(JSON.parse(on.out()))).toContain('ind/coverage-gap');
    const off = recordingIo(dir);
    expect(await run(['validate', 'gap.csv', '--reference-year', '2026', '--format', 'json', '--no-series-checks'], off, {})).toBe(0);
    expect(off.out()).not.toContain('ind/coverage-gap');
    await writeFile(join(dir, 'dsc.config.json'), JSON.stringify({ validate: { seriesChecks: false } }));
    const config = recordingIo(dir);
    expect(await run(['validate', 'gap.csv', '--reference-year', '2026', '--format', 'json'], config, {})).toBe(0);
    expect(config.out()).not.toContain('ind/coverage-gap');
  });

  it('a descriptor that is not JSON (empty, truncated, random bytes) is located too, exit 2', async () => {
    const dir = await workspace({ 'good.csv': GOOD, 'empty.json': '', 'cut.json': '{\n  "fields": [\n    {"name": "x"', 'bin.json': new Uint8Array([0x6f, 0xff, 0x00, 0x12]) });
    for (const [file, where] of [['empty.json', ':1:1'], ['cut.json', ':3:17'], ['bin.json', ':1:1']] as const) {
      const io = recordingIo(dir);
      expect(await run(['validate', 'good.csv', '--schema', file], io, {}), file).toBe(2);
      expect(io.err()).toContain(`${file}${where}: not valid JSON`);
      expect(io.err()).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });

  it('errors in a Table Schema, Table Dialect or dsc.config.json name the line and column of the value', async () => {
    const dir = await workspace({
      'good.csv': GOOD,
      'schema.json': '{\n  "fields": [\n    { "name": "iso3", "type": "text" }\n  ]\n}\n',
      'dialect.json': '{\n  "delimiter": ";;"\n}\n',
      'dsc.config.json': '{\n  "validate": {\n    "mostly": { "ind/nope": 0.5 }\n  }\n}\n',
    });
    const schema = recordingIo(dir);
    expect(await run(['validate', 'good.csv', '--schema', 'schema.json', '--config', 'none.json'], schema, {})).toBe(2);
    const config = recordingIo(dir);
    expect(await run(['validate', 'good.csv'], config, {})).toBe(2);
    expect(config.err()).toMatch(/dsc\.config\.json:3:\d+: unknown rule "ind\/nope"/);
    await writeFile(join(dir, 'dsc.config.json'), '{}');
    const typeError = recordingIo(dir);
    expect(await run(['validate', 'good.csv', '--schema', 'schema.json'], typeError, {})).toBe(2);
    expect(typeError.err()).toMatch(/schema\.json:3:\d+: invalid Table Schema at fields\.0\.type/);
    const dialect = recordingIo(dir);
    expect(await run(['validate', 'good.csv', '--dialect', 'dialect.json'], dialect, {})).toBe(2);
    expect(dialect.err()).toMatch(/dialect\.json:2:16: invalid Table Dialect at delimiter/);
  });

  it('--dialect reads a Frictionless Table Dialect', async () => {
    const dir = await workspace({
      'c.csv': '# a comment\niso3;indicator_code;year;value\nKAZ;IT.NET.USER.ZS;2022;88.2\n',
      'dialect.json': JSON.stringify({ delimiter: ';', commentChar: '#' }),
      'bad.json': JSON.stringify({ delimiter: ';;' }),
    });
    expect(await run(['validate', 'c.csv', '--dialect', 'dialect.json', '--reference-year', '2026'], recordingIo(dir), {})).toBe(0);
    expect(await run(['validate', 'c.csv', '--dialect', 'bad.json'], recordingIo(dir), {})).toBe(2);
  });

  it('--mostly tolerates a rule below a failure fraction', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => `KAZ,IT.NET.USER.ZS,${1900 + i},${i === 3 ? 'x' : '50'},% of population\n`).join('');
    const dir = await workspace({ 't.csv': 'iso3,indicator_code,year,value,unit\n' + rows });
    expect(await run(['validate', 't.csv', '--reference-year', '2026', '--rule', 'ind/yoy-jump=off'], recordingIo(dir), {})).toBe(1);
    expect(await run(['validate', 't.csv', '--reference-year', '2026', '--rule', 'ind/yoy-jump=off', '--mostly', 'schema/type-error=0.99'], recordingIo(dir), {})).toBe(0);
    expect(await run(['validate', 't.csv', '--mostly', 'schema/type-error=2'], recordingIo(dir), {})).toBe(2);
  });
});

describe('dsc validate in the user language', () => {
  const RAGGED = 'iso3,indicator,year,value\nKAZ,EGDI,2024\n';
  it.each([
    ['ru', 'В строке 3 поля, в заголовке — 4.', 'Пропущено поле или разделитель', 'ошибка', 'ОШИБКИ: 1 файл', 'подсказка: Пропущено'],
    ['kk', 'Жолда 3 өріс бар, ал тақырыпта — 4.', 'Өріс немесе бөлгіш жоқ', 'қате', 'ҚАТЕЛЕР БАР: 1 файл', 'кеңес: Өріс'],
  ])('DSC_LANG=%s: located finding and hint translated, rule id and position unchanged', async (lang, message, hint, severity, summary, hintLine) => {
    const dir = await workspace({ 'r.csv': RAGGED });
    const io = recordingIo(dir);
    expect(await run(['validate', 'r.csv', '--format', 'json', '--reference-year', '2026'], io, { DSC_LANG: lang })).toBe(1);
    const report = JSON.parse(io.out()) as { findings: { ruleId: string; line: number; column: number; message: string; hint: string; code: string; params: Record<string, unknown> }[] };
    const f = report.findings.find((x) => x.ruleId === 'csv/ragged-row');
    expect(f).toMatchObject({ line: 2, column: 14, message, code: 'ragged_row', params: { expected: 4, fields: 3 } });
    expect(f?.hint).toContain(hint);
    const text = recordingIo(dir);
    expect(await run(['validate', 'r.csv', '--reference-year', '2026'], text, { DSC_LANG: lang })).toBe(1);
    // severity label, hint label and summary line in the user's language too; location and rule id as in English
    expect(text.out()).toContain(`r.csv:2:14  ${severity}`);
    expect(text.out()).toContain(`csv/ragged-row  ${message}`);
    expect(text.out()).toContain(hintLine);
    expect(text.out()).toContain(summary);
    const md = recordingIo(dir);
    expect(await run(['validate', 'r.csv', '--format', 'markdown', '--reference-year', '2026'], md, { DSC_LANG: lang })).toBe(1);
    expect(md.out()).toContain(`| r.csv:2:14 | ${severity} | \`csv/ragged-row\` | ${message} |`);
  });

  it('English stays the built-in text', async () => {
    const dir = await workspace({ 'r.csv': RAGGED });
    const io = recordingIo(dir);
    expect(await run(['validate', 'r.csv', '--format', 'json', '--reference-year', '2026'], io, { DSC_LANG: 'en' })).toBe(1);
    expect(io.out()).toContain('The row has 3 fields, the header has 4.');
  });

  it.each([
    ['ru', '--max-samples ожидает целое число ≥ 0, получено «x»', 'Подсказка: Пример: --max-samples 10', 'файл не найден', 'недопустимая Table Schema в fields'],
    ['kk', '--max-samples ≥ 0 бүтін санын күтеді, берілгені «x»', 'Кеңес: Мысал: --max-samples 10', 'мұндай файл жоқ', 'fields орнында жарамсыз Table Schema'],
  ])('DSC_LANG=%s: usage errors, unreadable files and descriptor errors are in the language, exit codes unchanged', async (lang, integer, hint, missing, schema) => {
    const dir = await workspace({ 'good.csv': GOOD, 'broken.json': JSON.stringify({ fields: 'nope' }) });
    const bad = recordingIo(dir);
    expect(await run(['validate', 'good.csv', '--max-samples', 'x'], bad, { DSC_LANG: lang })).toBe(2);
    expect(bad.err()).toContain(integer);
    expect(bad.err()).toContain(hint);
    const gone = recordingIo(dir);
    expect(await run(['validate', 'missing.csv'], gone, { DSC_LANG: lang })).toBe(3);
    expect(gone.err()).toContain(missing);
    const invalid = recordingIo(dir);
    expect(await run(['validate', 'good.csv', '--schema', 'broken.json'], invalid, { DSC_LANG: lang })).toBe(2);
    expect(invalid.err()).toContain(schema);
    // zod's own message comes in the language too (its ru map; ours for kk), not in English
    expect(invalid.err()).not.toMatch(/Invalid input|expected array/);
  });

  it('DSC_LANG=ru: dsc validate --help describes the options in Russian', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['validate', '--help'], io, { DSC_LANG: 'ru' })).toBe(0);
    expect(io.out()).toContain('Проверка наборов данных показателей');
    expect(io.out()).toContain('Не сверять коды показателей со встроенным каталогом');
    expect(io.out()).not.toMatch(/--no-catalogue.*по умолчанию/);
    expect(io.out()).toContain('(по умолчанию: text)');
  });
});
