import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convertRaw } from './convert.js';
import type { RawFile } from './convert.js';
import { toDataFiles } from './data-files.js';
import { formatImportError } from './errors.js';
import { convertObservationFile } from './observations.js';
import { convertPolicyInstruments, instrumentId } from './policy.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../__fixtures__');
const rawDir = join(fixtures, 'raw');
const read = (): RawFile[] => readdirSync(rawDir).map((name) => ({ name, text: readFileSync(join(rawDir, name), 'utf8') }));
const opts = {};
const COMPILED = '2026-11-22';

const HEADER = 'iso3,indicator_code,indicator_name,year,value,unit,source';
const WDI = 'World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators';

describe('convertRaw on the fixture folder', () => {
  const r = convertRaw(read(), opts);
  if (!r.ok) throw new Error(r.error.map(formatImportError).join('\n'));
  const out = r.value;

  it('writes exactly the committed expected data files (golden files)', () => {
    const written = toDataFiles(out, COMPILED);
    expect(written.map((f) => f.path).sort()).toEqual(
      ['observations/modules.json', 'observations/un-desa-egov.csv', 'observations/wb-wdi.csv', 'policy-instruments.json'],
    );
    for (const f of written) {
      const expected = readFileSync(join(fixtures, 'expected', f.path), 'utf8');
      expect(f.text, f.path).toBe(expected);
    }
  });

  it('sorts rows by area, indicator, year and keeps the raw line of each', () => {
    const wdi = out.observations.find((m) => m.module === 'wb-wdi');
    expect(wdi?.rows.map((t) => `${t[0]} ${t[1]} ${t[2]} @${t[5]}`)).toEqual([
      'AFG IT.CEL.SETS.P2 2000 @6',
      'KAZ IT.NET.BBND.P2 2023 @5',
      'KAZ IT.NET.BBND.P2 2024 @4',
      'WLD SP.POP.TOTL 2024 @3',
      'WLD SP.POP.TOTL 2025 @2',
    ]);
  });

  it('keeps values as published, zeros included, and flags the provisional WDI vintage year', () => {
    const rows = out.observations.find((m) => m.module === 'wb-wdi')?.rows ?? [];
    expect(rows.find((t) => t[0] === 'AFG')?.[3]).toBe(0);
    expect(rows.find((t) => t[0] === 'KAZ' && t[2] === 2024)?.[3]).toBe(15.3162031103353);
    expect(rows.filter((t) => t[4] === 'P').map((t) => `${t[0]} ${t[2]}`)).toEqual(['WLD 2025']);
  });

  it('attributes each e-gov survey year to the copy it came from', () => {
    const egov = out.observations.find((m) => m.module === 'un-desa-egov')?.rows ?? [];
    expect(egov.filter((t) => t[1] === 'EGDI').map((t) => `${t[2]}:${t[6]}`)).toEqual([
      '2018:un-desa-egov-unu',
      '2022:un-desa-egov-2022',
      '2024:un-desa-egov-2024',
    ]);
  });

  it('is independent of file and row order', () => {
    const shuffled = read()
      .reverse()
      .map((f) => {
        const [head, ...rest] = f.text.trimEnd().split(/\r?\n/);
        return f.name === 'policy_instruments.csv' ? f : { ...f, text: [head, ...rest.reverse()].join('\n') + '\n' };
      });
    const again = convertRaw(shuffled, opts);
    if (!again.ok) throw new Error(again.error.map(formatImportError).join('\n'));
    expect(again.ok && again.value.observations.map((m) => m.rows.map((t) => t.slice(0, 5)))).toEqual(
      out.observations.map((m) => m.rows.map((t) => t.slice(0, 5))),
    );
  });

  it('keeps UNVERIFIED markers as unverified fields and never fills them in', () => {
    const draft = out.policyInstruments.find((i) => i.iso3 === 'AFG');
    expect(draft).toMatchObject({ verified: 'partial', unverifiedFields: ['adopted'], status: 'draft; not confirmed enacted' });
    expect(draft?.adopted).toBeUndefined();
    expect(draft?.origin).toEqual({ file: 'policy_instruments.csv', line: 7 });
  });

});

describe('located errors', () => {
  it('reports every bad field with file, line, column, expected and hint', () => {
    const text = [
      HEADER,
      `KAZ,IT.NET.BBND.P2,x,2023,14.3,per 100 people,${WDI}`,
      `KZA,IT.NET.BBND.P2,x,2024,1,2,${WDI}`,
      `KAZ,IT.NET.BBND.P9,x,20x4,,per 100 people,${WDI}`,
      `KAZ,IT.NET.BBND.P2,x,2023,14.3,per 100 people,${WDI}`,
      `KAZ,IT.NET.BBND.P2,x,2022,14.3,per 100 people,Somewhere else`,
    ].join('\n');
    const r = convertObservationFile('wb_wdi_ict_macro.csv', text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => `${e.code}@${'line' in e ? e.line : '-'}:${'column' in e ? e.column : '-'}`)).toEqual([
      'unknown_area@3:1',
      'inconsistent_unit@3:6',
      'unknown_indicator@4:2',
      'invalid_year@4:4',
      'invalid_value@4:5',
      'duplicate_row@5:-',
      'unknown_source@6:7',
    ]);
    expect(formatImportError(r.error[0]!)).toMatch(/^wb_wdi_ict_macro\.csv:3:1 unknown_area: iso3 = "KZA", expected .*\(.+\)$/);
    expect(r.error.find((e) => e.code === 'duplicate_row')).toMatchObject({ firstLine: 2 });
  });

  it('names a series imported from the wrong file and an unregistered file', () => {
    const wrong = convertObservationFile('un_egov_survey.csv', `${HEADER}\nKAZ,IT.NET.BBND.P2,x,2023,1,per 100 people,"UN DESA E-Government Survey 2018, via github.com/UNU-EGOV/datasets"\n`);
    expect(!wrong.ok && wrong.error[0]?.code).toBe('indicator_in_wrong_file');
    const unknown = convertRaw([{ name: 'other.csv', text: HEADER }], opts);
    expect(!unknown.ok && unknown.error[0]).toMatchObject({ code: 'unknown_file', file: 'other.csv' });
    const missing = convertRaw([], { ...opts, requireAll: true });
    expect(!missing.ok && missing.error.map((e) => e.code)).toContain('missing_file');
  });

  it('reports missing columns and broken quoting', () => {
    const cols = convertObservationFile('wb_wdi_ict_macro.csv', 'iso3,indicator_code,year,value\n');
    expect(!cols.ok && cols.error.map((e) => (e.code === 'missing_column' ? e.column : e.code))).toEqual([
      'indicator_name',
      'unit',
      'source',
    ]);
    const quote = convertObservationFile('wb_wdi_ict_macro.csv', `${HEADER}\nKAZ,"IT.NET,x,2023,1,u,s\n`);
    expect(!quote.ok && quote.error[0]).toMatchObject({ code: 'csv_syntax', file: 'wb_wdi_ict_macro.csv' });
  });

  it('rejects bad policy rows with their column', () => {
    const head = 'iso3,area,type,name_en,name_original,adopted,document_no,status,superseded_by,issuer,description,source_url,source_title,verified';
    const r = convertPolicyInstruments(`${head}\nWLD,law,law,X,,2020-13-01,,in force,,,,not a url,T,maybe\n`);
    expect(!r.ok && r.error.map((e) => ('field' in e ? e.field : e.code))).toEqual([
      'iso3',
      'area',
      'verified',
      'adopted',
      'source_url',
    ]);
  });
});

describe('instrumentId', () => {
  it('is a bounded slug, suffixed on a clash', () => {
    expect(instrumentId('KAZ', 'Law on Communications', new Set())).toBe('kaz-law-on-communications');
    expect(instrumentId('KAZ', 'Law on Communications', new Set(['kaz-law-on-communications']))).toBe('kaz-law-on-communications-2');
    expect(instrumentId('UZB', 'A'.repeat(10) + ' ' + 'b'.repeat(70), new Set())).toBe('uzb-aaaaaaaaaa');
  });
});
