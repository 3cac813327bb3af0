import { describe, expect, it } from 'vitest';
import { validateText } from './validate.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('Russian and Kazakh column names map to the long layout', () => {
  it.each([
    ['Страна,Показатель,Год,Значение,Единица'],
    [' Код страны ,Код показателя,ГОД,значение,Единица измерения'],
    ['Ел,Көрсеткіш,Жыл,Мән,Бірлік'],
    ['Ел коды,Көрсеткіш коды,Жыл,Мән,Өлшем бірлігі'],
  ])('%s', (header) => {
    const r = validateText(enc(`${header}\nKZ,EGDI,2024,0.5,index\n`), { file: 'ru.csv', referenceYear: 2026 });
    expect(r.layout).toBe('long');
    // the area column is checked: an alpha-2 code is a finding
    expect(r.findings.map((f) => f.ruleId)).toContain('ind/country-code');
  });
});

describe('a header no layout recognises is never a silent pass', () => {
  it('warns with the header found and the columns of each layout, as data', () => {
    const r = validateText(enc('Страна,Year\nKAZ,2024\n'), { file: 'odd.csv' });
    expect(r.layout).toBe('table');
    const f = r.findings.find((x) => x.ruleId === 'csv/unrecognised-header');
    expect(f).toMatchObject({ severity: 'warning', line: 1, column: 1, code: 'unrecognised_header', hint: { code: 'unrecognised_header' } });
    expect(f?.code === 'unrecognised_header' && f.params.found).toEqual(['Страна', 'Year']);
    const expected = f?.code === 'unrecognised_header' ? f.params.expected : [];
    expect(expected).toContain('long: iso3, indicator, year, value');
    expect(expected).toContain('long (ru): страна, показатель, год, значение');
    expect(expected).toContain('long (kk): ел, көрсеткіш, жыл, мән');
    expect(expected.some((e) => e.startsWith('sdg-long: GeoAreaCode'))).toBe(true);
    expect(r.warnings).toBe(1);
  });

  it('says nothing when --layout table or a schema says the file is a plain table', () => {
    const asTable = validateText(enc('a,b\n1,2\n'), { file: 't.csv', layout: 'table' });
    const withSchema = validateText(enc('a,b\n1,2\n'), { file: 't.csv', schema: { fields: [{ name: 'a', type: 'integer' }, { name: 'b', type: 'integer' }] } });
    for (const r of [asTable, withSchema]) expect(r.findings.map((f) => f.ruleId)).not.toContain('csv/unrecognised-header');
  });

  it('a recognised layout is not flagged', () => {
    const r = validateText(enc('iso3,indicator,year,value\nKAZ,EGDI,2024,0.5\n'), { file: 'l.csv', referenceYear: 2026 });
    expect(r.findings.map((f) => f.ruleId)).not.toContain('csv/unrecognised-header');
  });
});
