import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '@dsc/validation';
import { runImport } from './run-import.js';

const enc = (s: string) => new TextEncoder().encode(s);
const catalogue = [{ code: 'IT.NET.USER.ZS', unit: '% of population' }];

describe('runImport', () => {
  it('imports a valid long CSV', async () => {
    const r = await runImport('good.csv', enc('iso3,indicator,year,value\nKAZ,IT.NET.USER.ZS,2024,91.5\nUZB,IT.NET.USER.ZS,2024,83\n'), catalogue);
    expect(r.kind).toBe('valid');
    if (r.kind === 'valid') {
      expect(r.observations).toHaveLength(2);
      expect(r.observations[0]).toMatchObject({ iso3: 'KAZ', year: 2024, value: 91.5, unit: '% of population', source: 'user:good.csv' });
    }
  });
  it('rejects a file with errors and reports where they are', async () => {
    const r = await runImport('bad.csv', enc('iso3,indicator,year,value\nKAZ,IT.NET.USER.ZS,2024,abc\nKAX,IT.NET.USER.ZS,2024,5\n'), catalogue);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') {
      const lines = r.findings.filter((f) => f.severity === 'error').map((f) => f.line);
      expect(lines).toContain(2);
      expect(lines).toContain(3);
      expect(r.findings.every((f) => renderMessage(f).length > 0)).toBe(true);
    }
  });
  it('refuses other file types before reading them', async () => {
    expect(await runImport('plan.pdf', enc('%PDF'), catalogue)).toEqual({ kind: 'rejected', reason: 'unsupported' });
  });
});

describe('runImport with XLSX', () => {
  /** A minimal workbook with shared strings and one sheet (what spreadsheet programs write). */
  const workbook = (rows: string): Uint8Array => {
    const shared = ['iso3', 'indicator', 'year', 'value', 'KAZ', 'IT.NET.USER.ZS'];
    return zipSync({
      'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/sharedStrings.xml': strToU8(`<sst>${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rows}</sheetData></worksheet>`),
    });
  };
  const s = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
  const n = (ref: string, v: string) => `<c r="${ref}"><v>${v}</v></c>`;
  const header = `<row r="1">${s('A1', 0)}${s('B1', 1)}${s('C1', 2)}${s('D1', 3)}</row>`;

  it('imports the observations of a valid sheet', async () => {
    const r = await runImport('data.xlsx', workbook(`${header}<row r="2">${s('A2', 4)}${s('B2', 5)}${n('C2', '2024')}${n('D2', '91.25')}</row>`), catalogue);
    expect(r.kind).toBe('valid');
    if (r.kind === 'valid') expect(r.observations).toEqual([expect.objectContaining({ iso3: 'KAZ', indicator: 'IT.NET.USER.ZS', year: 2024, value: 91.25 })]);
  });
  it('rejects a sheet with a text value and points at its cell', async () => {
    const r = await runImport('data.xlsx', workbook(`${header}<row r="2">${s('A2', 4)}${s('B2', 5)}${n('C2', '2024')}${s('D2', 0)}</row>`), catalogue);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.findings.some((f) => f.severity === 'error' && f.line === 2)).toBe(true);
  });
});
