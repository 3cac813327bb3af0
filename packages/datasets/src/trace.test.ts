import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { TRACE_SAMPLE } from './__fixtures__/trace-sample.js';
import { indicator, observations, policyInstruments } from './index.js';

/** Committed figures traced back to sampled rows of the raw files (file + line → same area, code, year, value, unit, source). */
describe('every sampled raw row is in the package, unchanged, with its origin', () => {
  const obsRows = TRACE_SAMPLE.filter((s) => s.file !== 'policy_instruments.csv');
  const polRows = TRACE_SAMPLE.filter((s) => s.file === 'policy_instruments.csv');

  it('has a sample from every raw file', () => {
    expect(new Set(TRACE_SAMPLE.map((s) => s.file)).size).toBe(5);
  });

  it.each(obsRows.map((s) => [`${s.file}:${s.line}`, s] as const))('%s', async (_label, s) => {
    const [fields]: string[][] = parse(s.text);
    const [iso3, code, name, year, value, unit, sourceText] = fields ?? [];
    const r = await observations({ iso3: iso3 ?? '', indicator: code ?? '', years: [Number(year)] });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value).toHaveLength(1);
    const o = r.value[0];
    expect(o).toMatchObject({ iso3, indicator: code, year: Number(year), value: Number(value), unit, origin: { file: s.file, line: s.line, code } });
    // the same digits as published
    expect(String(o?.value)).toBe(String(Number(value)));
    expect(name).toBeTruthy();
    // the source is one of the sources of that series, and its publisher matches the raw attribution
    expect(sourceText).toBeTruthy();
    expect(o?.source.startsWith(indicator(code ?? '')?.source.id.split('-').slice(0, 2).join('-') ?? '?')).toBe(true);
  });

  it.each(polRows.map((s) => [`${s.file}:${s.line}`, s] as const))('%s', (_label, s) => {
    const [f]: string[][] = parse(s.text);
    const [iso3, area, type, nameEn, , adopted, , , , , , url, title, verified] = f ?? [];
    const found = policyInstruments().filter((i) => i.origin?.line === s.line);
    expect(found).toHaveLength(1);
    const i = found[0];
    expect(i).toMatchObject({ iso3, area, type, name: { en: nameEn }, source: { url, title }, verified });
    if (adopted === 'UNVERIFIED') {
      expect(i?.adopted).toBeUndefined();
      expect(i?.unverifiedFields).toContain('adopted');
    } else expect(i?.adopted).toBe(adopted);
  });
});
