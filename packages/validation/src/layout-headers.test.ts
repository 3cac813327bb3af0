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
