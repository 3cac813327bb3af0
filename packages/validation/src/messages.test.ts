import { ValidationReport } from '@dsc/domain';
import { createTranslator, getMessages } from '@dsc/i18n';
import { describe, expect, it } from 'vitest';
import { renderFinding, renderHint, renderMessage } from './render.js';
import { buildReport, formatText } from './report.js';
import { validateText } from './validate.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const ragged = 'iso3,indicator,year,value\nKAZ,EGDI,2024\nKAZ,EGDI,2025,0.5\n';

describe('findings are data, text is rendering', () => {
  it('every finding carries its code and named params; English comes from rendering it', () => {
    const r = validateText(enc(ragged), { file: 'r.csv' });
    const f = r.findings.find((x) => x.ruleId === 'csv/ragged-row');
    expect(f).toMatchObject({ line: 2, code: 'ragged_row', params: { expected: 4, fields: 3 }, hint: { code: 'ragged', params: { short: true } } });
    expect(f && renderMessage(f)).toBe('The row has 3 fields, the header has 4.');
    expect(f?.hint && renderHint(f.hint)).toBe('A field or delimiter is missing, or a quoted field with a line break was not quoted.');
  });

  it('renders in the translator language and keeps location and rule id', () => {
    const r = validateText(enc(ragged), { file: 'r.csv' });
    const { t } = createTranslator('ru', getMessages('ru'));
    const f = renderFinding(r.findings.find((x) => x.ruleId === 'csv/ragged-row')!, t);
    expect(f).toMatchObject({ ruleId: 'csv/ragged-row', line: 2, column: 14, message: 'В строке 3 поля, в заголовке — 4.', code: 'ragged_row', hintCode: 'ragged' });
    expect(f.hint).toContain('Пропущено поле или разделитель');
    const report = buildReport([r], { seconds: 0, t });
    expect(ValidationReport.safeParse(report).success).toBe(true);
    expect(report.findings.find((x) => x.ruleId === 'csv/ragged-row')?.message).toBe('В строке 3 поля, в заголовке — 4.');
    expect(formatText(report, t)).toContain('r.csv:2:14  ошибка');
  });

  it('stores data only for kept samples, never per row', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `KAZ,EGDI,${1500 + i}\n`).join('');
    const r = validateText(enc(`iso3,indicator,year,value\n${rows}`), { file: 'm.csv', maxSamples: 5 });
    expect(r.findings.filter((x) => x.ruleId === 'csv/ragged-row')).toHaveLength(5);
    expect(r.counts['csv/ragged-row']).toBe(500);
  });

  it('type hints and area-code suggestions are data too, so they are translated with their finding', () => {
    const text = 'iso3,indicator,year,value\nKAX,EGDI,2024,"0,86"\nkaz,EGDI,2025,0.86\nKAZ,EGDI,2021.0,0.5\n';
    const r = validateText(enc(text), { file: 'h.csv', referenceYear: 2026 });
    const hint = (rule: string, line: number) => r.findings.find((f) => f.ruleId === rule && f.line === line)?.hint;
    expect(hint('ind/country-code', 2)).toMatchObject({ code: 'did_you_mean' });
    expect(renderHint(hint('ind/country-code', 2)!)).toContain('"KAZ"');
    expect(hint('schema/type-error', 2)).toEqual({ code: 'comma_decimal', params: {} });
    expect(hint('ind/country-code', 3)).toEqual({ code: 'upper_case_code', params: { code: 'KAZ' } });
    expect(renderHint(hint('ind/country-code', 3)!)).toBe('Use upper case: "KAZ".');
    expect(hint('schema/type-error', 4)).toMatchObject({ code: 'year_decimal' });
  });

  it('numbers render as written (no digit grouping), in every language', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `KAZ,EGDI,${1000 + i},0.5\n`).join('');
    const r = validateText(enc(`iso3,indicator,year,value\n${rows}KAZ,EGDI,2199,0.5\n`), { file: 'n.csv', referenceYear: 3000 });
    const f = r.findings.find((x) => x.ruleId === 'ind/duplicate-row')!;
    expect(f).toMatchObject({ line: 1202, params: { line: 1201 } });
    expect(renderMessage(f)).toBe('The same observation as line 1201 (same value).');
    for (const locale of ['ru', 'kk'] as const) expect(renderFinding(f, createTranslator(locale, getMessages(locale)).t).message).toContain('1201');
  });
});
