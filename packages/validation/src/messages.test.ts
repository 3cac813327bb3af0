import { ValidationReport } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { buildReport } from './report.js';
import { validateText } from './validate.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const ragged = 'iso3,indicator,year,value\nKAZ,EGDI,2024\nKAZ,EGDI,2025,0.5\n';

describe('message ids and injected formatter', () => {
  it('every finding built from a text table carries its stable id and params', () => {
    const r = validateText(enc(ragged), { file: 'r.csv' });
    const f = r.findings.find((x) => x.ruleId === 'csv/ragged-row');
    expect(f).toMatchObject({ line: 2, messageId: 'validation.finding.ragged', params: { 0: '4', 1: '3' }, hintId: 'validation.hint.ragged', hintParams: { 0: true } });
    expect(f?.message).toBe('The row has 3 fields, the header has 4.');
  });

  it('uses the injected formatter for kept findings and keeps location and rule id', () => {
    const seen: string[] = [];
    const messages = (id: string, p: Readonly<Record<string, unknown>>): string | undefined => {
      seen.push(id);
      return id === 'validation.finding.ragged' ? `В строке ${String(p['1'])} поля, в заголовке ${String(p['0'])}.` : undefined;
    };
    const r = validateText(enc(ragged), { file: 'r.csv', messages });
    const f = r.findings.find((x) => x.ruleId === 'csv/ragged-row');
    expect(f).toMatchObject({ line: 2, column: 14, message: 'В строке 3 поля, в заголовке 4.' });
    // a formatter returning undefined keeps the built-in English hint
    expect(f?.hint).toBe('A field or delimiter is missing, or a quoted field with a line break was not quoted.');
    expect(seen).toContain('validation.hint.ragged');
    expect(ValidationReport.safeParse(buildReport([r], { seconds: 0 })).success).toBe(true);
  });

  it('formats only kept samples, never every row', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `KAZ,EGDI,${1500 + i}\n`).join('');
    let calls = 0;
    const r = validateText(enc(`iso3,indicator,year,value\n${rows}`), { file: 'm.csv', maxSamples: 5, messages: () => (calls++, undefined) });
    expect(r.findings.filter((x) => x.ruleId === 'csv/ragged-row')).toHaveLength(5);
    expect(calls).toBeLessThan(50);
  });

  it('type hints and area-code suggestions carry ids too, so they are translated with their finding', () => {
    const text = 'iso3,indicator,year,value\nKAX,EGDI,2024,"0,86"\nkaz,EGDI,2025,0.86\nKAZ,EGDI,2021.0,0.5\n';
    const r = validateText(enc(text), { file: 'h.csv', referenceYear: 2026 });
    const hint = (rule: string, line: number) => r.findings.find((f) => f.ruleId === rule && f.line === line);
    expect(hint('ind/country-code', 2)).toMatchObject({ hintId: 'validation.hint.didYouMean' });
    expect(hint('ind/country-code', 2)?.hint).toContain('"KAZ"');
    expect(hint('schema/type-error', 2)).toMatchObject({ hintId: 'validation.hint.commaDecimal', hintParams: {} });
    expect(hint('ind/country-code', 3)).toMatchObject({ hintId: 'validation.hint.upperCaseCode', hintParams: { 0: 'KAZ' }, hint: 'Use upper case: "KAZ".' });
    expect(hint('schema/type-error', 4)).toMatchObject({ hintId: 'validation.hint.yearDecimal' });
  });
});

