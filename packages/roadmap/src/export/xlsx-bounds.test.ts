import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { xlsxBoundsExceeded } from './xlsx-bounds.js';
import { planFromXlsx } from './xlsx-import.js';

const workbook = (sheetXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array =>
  zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet>${sheetXml}</worksheet>`),
    ...extra,
  });

describe('XLSX import bounds', () => {
  it('a 1.6 KB workbook claiming row 900,000,000 is refused before the reader allocates for it', async () => {
    const bytes = workbook('<sheetData><row r="900000000"><c r="A900000000"><v>1</v></c></row></sheetData>');
    expect(bytes.length).toBeLessThan(1600);
    const r = await planFromXlsx(bytes);
    expect(r).toEqual({
      ok: false,
      error: { code: 'xlsx_limit', limit: 'rows', sheet: 'xl/worksheets/sheet1.xml', cell: '900000000', expected: { what: 'at_most', max: 1048576 }, found: { what: 'number', value: '900000000' } },
    });
  });

  it('a dimension or cell beyond column XFD is refused', () => {
    expect(xlsxBoundsExceeded(workbook('<dimension ref="A1:ZZZZZZZ2"/><sheetData/>'))).toMatchObject({ limit: 'columns', cell: 'ZZZZZZZ2', max: 16_384 });
    expect(xlsxBoundsExceeded(workbook('<sheetData><row r="2"><c r="XFE2"/></row></sheetData>'))).toMatchObject({ limit: 'columns', value: 16_385 });
    expect(xlsxBoundsExceeded(workbook('<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="B1"/></row></sheetData>'))).toBeUndefined();
  });

  it('a member that expands more than 100 times, or too many entries, is refused', () => {
    expect(xlsxBoundsExceeded(workbook('<sheetData/>', { 'xl/media/zero.bin': new Uint8Array(4 << 20) }))).toMatchObject({ limit: 'ratio', part: 'xl/media/zero.bin' });
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 10_001; i++) many[`x/${i}`] = new Uint8Array(0);
    expect(xlsxBoundsExceeded(workbook('<sheetData/>', many))).toMatchObject({ limit: 'entries', max: 10_000 });
  });

  it('bytes that are not a zip are left to the reader', async () => {
    expect(xlsxBoundsExceeded(strToU8('not a workbook'))).toBeUndefined();
    expect(await planFromXlsx(strToU8('not a workbook'))).toMatchObject({ ok: false, error: { code: 'xlsx_unreadable' } });
  });
});
