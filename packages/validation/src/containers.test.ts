import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateBytes } from './files.js';
import { exitStatus } from './report.js';
import { xlsxSheetToCsv } from './xlsx.js';

const CSV = 'iso3,indicator,year,value,unit\nKAZ,IT.NET.USER.ZS,2022,88.2,% of population\nKGZ,IT.NET.USER.ZS,2022,120,% of population\n';

/** A minimal workbook: shared strings, styles (percent 9, date 14), one sheet. */
function workbook(rows: string): Uint8Array {
  const shared = ['iso3', 'indicator', 'year', 'value', 'unit', 'KAZ', 'EGDI', 'index 0-1', '0.75'];
  return zipSync({
    'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8(`<sst>${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`),
    'xl/styles.xml': strToU8('<styleSheet><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="14"/></cellXfs></styleSheet>'),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rows}</sheetData></worksheet>`),
  });
}
const s = (ref: string, i: number): string => `<c r="${ref}" t="s"><v>${i}</v></c>`;
const header = `<row r="1">${s('A1', 0)}${s('B1', 1)}${s('C1', 2)}${s('D1', 3)}${s('E1', 4)}</row>`;

describe('XLSX', () => {
  it('gives one sheet as CSV text, one line per sheet row, with cached formula values', () => {
    const rows = header + `<row r="3">${s('A3', 5)}<c r="B3" t="inlineStr"><is><t>a, "quoted"</t></is></c><c r="C3"><f>2000+24</f><v>2024</v></c></row>`;
    expect(xlsxSheetToCsv(workbook(rows))).toEqual({ ok: true, sheet: 'Data', csv: 'iso3,indicator,year,value,unit\n\nKAZ,"a, ""quoted""",2024,,\n' });
    expect(xlsxSheetToCsv(workbook(rows), { sheetName: 'Plan' })).toEqual({
      ok: false,
      message: 'sheet Plan not found (sheets: Data)',
      unreadable: { code: 'corrupt_container', params: { container: 'xlsx', reason: 'no_sheet', sheet: 'Plan', sheets: 'Data', detail: '' } },
    });
    expect(xlsxSheetToCsv(strToU8('not a zip')).ok).toBe(false);
  });

  it('reads cached values and reports formula without value, percent format, number as text, date serial', async () => {
    const rows =
      header +
      `<row r="2">${s('A2', 5)}${s('B2', 6)}<c r="C2"><v>2022</v></c><c r="D2"><f>B9*2</f></c>${s('E2', 7)}</row>` +
      `<row r="3">${s('A3', 5)}${s('B3', 6)}<c r="C3" s="2"><v>2023</v></c><c r="D3" s="1"><v>0.75</v></c>${s('E3', 7)}</row>` +
      `<row r="4">${s('A4', 5)}${s('B4', 6)}<c r="C4"><v>2024</v></c>${s('D4', 8)}${s('E4', 7)}</row>` +
      `<row r="5">${s('A5', 5)}${s('B5', 6)}<c r="C5"><v>2021</v></c><c r="D5"><f>1/0</f><v>0.5</v></c>${s('E5', 7)}</row>`;
    const [r] = await validateBytes(workbook(rows), { file: 'book.xlsx', referenceYear: 2026 });
    const at = (id: string) => r!.findings.filter((f) => f.ruleId === id).map((f) => [f.line, f.column]);
    expect(at('xlsx/formula-without-value')).toEqual([[2, 4]]);
    expect(r!.findings.find((f) => f.ruleId === 'xlsx/formula-without-value')!.value).toBe('=B9*2');
    expect(at('xlsx/percent-format')).toEqual([[3, 4]]);
    expect(at('xlsx/date-serial')).toEqual([[3, 3]]);
    expect(at('xlsx/number-as-text')).toEqual([[4, 4]]);
    // the formula cell is not also "missing" or a type error
    expect(r!.counts['schema/required']).toBeUndefined();
    expect(r!.counts['schema/type-error']).toBeUndefined();
    expect(r!.observations).toBe(3);
    expect(exitStatus([r!])).toBe(1);
  });

  it('locates cell findings by row and column number', async () => {
    const rows = header + `<row r="7">${s('A7', 5)}${s('B7', 6)}<c r="C7"><v>2031</v></c><c r="D7"><v>0.5</v></c>${s('E7', 7)}</row>`;
    const [r] = await validateBytes(workbook(rows), { file: 'book.xlsx', referenceYear: 2026 });
    expect(r!.findings.find((f) => f.ruleId === 'ind/future-year')).toMatchObject({ line: 7, column: 3 });
  });

  it('a workbook without the requested sheet is unreadable (exit 3)', async () => {
    const r = await validateBytes(workbook(header), { file: 'book.xlsx', sheetName: 'Nope' } as never);
    expect(exitStatus(r)).toBe(3);
  });
});

describe('zip archives', () => {
  it('validates every data member and reports skipped ones', async () => {
    const zip = zipSync({ 'data/a.csv': strToU8(CSV), 'readme.pdf': strToU8('%PDF'), 'Metadata_Country_x.csv': strToU8('Code,Region\nKAZ,ECA\n') });
    const rs = await validateBytes(zip, { file: 'bundle.zip', referenceYear: 2026 });
    expect(rs.map((r) => r.file)).toEqual(['bundle.zip', 'bundle.zip/Metadata_Country_x.csv', 'bundle.zip/data/a.csv']);
    expect(rs[0]!.counts['zip/skipped-member']).toBe(1);
    expect(rs[2]!.findings.find((f) => f.ruleId === 'ind/percent-range')).toMatchObject({ file: 'bundle.zip/data/a.csv', line: 3, column: 25 });
    expect(rs[1]!.layout).toBe('table');
  });

  it('a zip renamed .csv is reported as a container and still validated', async () => {
    const rs = await validateBytes(zipSync({ 'a.csv': strToU8(CSV) }), { file: 'data.csv', referenceYear: 2026 });
    expect(rs[0]!.findings.find((f) => f.ruleId === 'csv/container')).toMatchObject({ line: 1, column: 1 });
    expect(rs).toHaveLength(2);
  });

  it('rejects archives over the limits (zip bomb)', async () => {
    const big = new Uint8Array(4 << 20).fill(48);
    const rs = await validateBytes(zipSync({ 'big.csv': big }, { level: 9 }), { file: 'bomb.zip', zip: { maxRatio: 100 } });
    expect(rs[0]!.counts['zip/limit-exceeded']).toBe(1);
    expect(exitStatus(rs)).toBe(1);
    const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.csv`, strToU8(CSV)]));
    expect((await validateBytes(zipSync(many), { file: 'many.zip', zip: { maxEntries: 3 } }))[0]!.counts['zip/limit-exceeded']).toBe(1);
  });

  it('an archive with nothing to validate is never "valid"', async () => {
    const rs = await validateBytes(zipSync({ 'a.png': new Uint8Array([1, 2, 3]) }), { file: 'empty.zip' });
    expect(rs[0]!.counts['zip/empty-archive']).toBe(1);
    expect(exitStatus(rs)).toBe(1);
  });

  it('a corrupt archive is unreadable (exit 3), not invalid data', async () => {
    const zip = zipSync({ 'a.csv': strToU8(CSV) });
    const rs = await validateBytes(zip.subarray(0, 40), { file: 'broken.zip' });
    expect(rs[0]!.unreadable?.code).toBe('corrupt_container');
    expect(exitStatus(rs)).toBe(3);
  });

  it('other binary formats are unsupported (exit 3)', async () => {
    const rs = await validateBytes(strToU8('%PDF-1.7 ...'), { file: 'x.csv' });
    expect(exitStatus(rs)).toBe(3);
  });
});
