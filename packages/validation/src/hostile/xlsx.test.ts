import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateBytes } from '../files.js';
import { renderMessage } from '../render.js';
import { xlsxSheetToCsv } from '../xlsx.js';
import { XLSX_LIMITS } from '../xlsx-limits.js';

/** A one-sheet workbook around the given sheetData XML; extra members are added as they are. */
const workbook = (sheetData: string, extra: Record<string, Uint8Array> = {}): Uint8Array =>
  zipSync({
    'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${sheetData}</sheetData></worksheet>`),
    ...extra,
  });

/** Rewrites the unzipped size that the central directory claims for `name`. */
function claimSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const len = view.getUint16(i + 28, true);
    if (new TextDecoder().decode(out.subarray(i + 46, i + 46 + len)) === name) view.setUint32(i + 24, size, true);
  }
  return out;
}

const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>iso3</t></is></c><c r="B1" t="inlineStr"><is><t>value</t></is></c></row>';

async function limitFinding(bytes: Uint8Array, options: object = {}) {
  const [r] = await validateBytes(bytes, { file: 'book.xlsx', ...options });
  expect(r!.errors).toBe(1);
  expect(r!.complete).toBe(false);
  const f = r!.findings.find((x) => x.ruleId === 'xlsx/limit-exceeded');
  expect(f).toBeDefined();
  return f!;
}

describe('hostile workbooks', () => {
  it('a row number beyond 1,048,576 is a located finding, not a run of 900 million empty lines', async () => {
    const bytes = workbook(`${HEADER}<row r="900000000"><c r="A900000000"><v>1</v></c></row>`);
    expect(bytes.length).toBeLessThan(2000);
    const f = await limitFinding(bytes);
    expect({ code: f.code, params: f.params }).toEqual({ code: 'xlsx_limit', params: { limit: 'rows', value: 900_000_000, max: XLSX_LIMITS.maxRows, part: 'Data' } });
    expect(f.line).toBe(900_000_000);
    expect(f.hint).toEqual({ code: 'xlsx_limit', params: {} });
    expect(renderMessage(f)).toContain('Row number 900000000 is beyond the last row allowed (1048576)');
  });

  it('a column reference beyond XFD is located at its row and column', async () => {
    const f = await limitFinding(workbook(`${HEADER}<row r="2"><c r="ZZZZZZZ2"><v>1</v></c></row>`));
    expect(f.params).toMatchObject({ limit: 'columns', max: 16_384 });
    expect([f.line, f.column]).toEqual([2, 8_353_082_582]);
  });

  it('a row number that is not a number is refused', async () => {
    const f = await limitFinding(workbook(`${HEADER}<row r="1e400"/>`));
    expect(f.params).toMatchObject({ limit: 'rows' });
    expect(f.line).toBeNull();
  });

  it('the last row Excel allows is still read (a run of empty rows up to it)', () => {
    const csv = xlsxSheetToCsv(workbook(`${HEADER}<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>KAZ</t></is></c></row>`));
    expect(csv.ok).toBe(true);
    if (csv.ok) expect(csv.csv.split('\n')).toHaveLength(1_048_577);
  });

  it('an unzipped size claimed in the central directory beyond the limit stops before inflating', async () => {
    const bytes = claimSize(workbook(HEADER), 'xl/worksheets/sheet1.xml', 0xfff0_0000);
    const f = await limitFinding(bytes);
    expect(f.params).toEqual({ limit: 'entry_bytes', value: 0xfff0_0000, max: 256 * 1024 * 1024, part: 'xl/worksheets/sheet1.xml' });
    expect(f.field).toBe('xl/worksheets/sheet1.xml');
  });

  it('parts that together unzip beyond the limit are refused', async () => {
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 3; i++) parts[`xl/extra${i}.xml`] = strToU8('<x/>');
    let bytes = workbook(HEADER, parts);
    for (let i = 0; i < 3; i++) bytes = claimSize(bytes, `xl/extra${i}.xml`, 200 * 1024 * 1024);
    expect((await limitFinding(bytes, { xlsxLimits: { maxRatio: 1e12 } })).params).toMatchObject({ limit: 'unzipped_bytes', max: 256 * 1024 * 1024 });
  });

  it('a member that expands more than 100 times is a zip bomb', async () => {
    const zeros = new Uint8Array(4 << 20);
    const f = await limitFinding(workbook(HEADER, { 'xl/media.xml': zeros }));
    expect(f.params).toMatchObject({ limit: 'ratio', max: 100, part: 'xl/media.xml' });
    expect((f.params as { value: number }).value).toBeGreaterThan(100);
  });

  it('too many zip entries are refused, counting the ones that are not read', async () => {
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) parts[`docProps/p${i}.bin`] = strToU8('x');
    const f = await limitFinding(workbook(HEADER, parts), { xlsxLimits: { maxEntries: 10 } });
    expect(f.params).toMatchObject({ limit: 'entries', value: 11, max: 10 });
  });

  it('a wide header over many empty rows stops at the sheet size limit', async () => {
    let rows = '<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>';
    for (let r = 2; r <= 60; r++) rows += `<row r="${r}"/>`;
    const f = await limitFinding(workbook(rows), { xlsxLimits: { maxSheetChars: 500_000 } });
    expect(f.params).toMatchObject({ limit: 'sheet_chars', max: 500_000, part: 'Data' });
    expect(f.line).toBeLessThan(40);
  });

  it('xlsxSheetToCsv gives the limit as data', () => {
    const r = xlsxSheetToCsv(workbook(`${HEADER}<row r="2000000"/>`));
    expect(r).toMatchObject({ ok: false, limit: { code: 'xlsx_limit', limit: 'rows', value: 2_000_000, row: 2_000_000 } });
  });
});
