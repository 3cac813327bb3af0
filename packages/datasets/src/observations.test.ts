import { describe, expect, it } from 'vitest';
import { modules } from './data/observations/index.js';
import { observations } from './observations.js';

describe('observations()', () => {
  it('filters by area, indicator and year range, sorted by year', async () => {
    const r = await observations({ iso3: 'KAZ', indicator: 'IT.NET.USER.ZS', years: { from: 2019, to: 2023 } });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.map((o) => o.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(r.value.every((o) => o.source === 'owid-itu-internet' && o.unit === '% of population')).toBe(true);
  });

  it('keeps gaps as gaps: TKM internet users stop in 2017, TJK lacks 2018–2019', async () => {
    const tkm = await observations({ iso3: 'TKM', indicator: 'IT.NET.USER.ZS', years: { from: 2015 } });
    expect(tkm.ok && tkm.value.map((o) => o.year)).toEqual([2015, 2016, 2017]);
    const tjk = await observations({ iso3: 'TJK', indicator: 'IT.NET.USER.ZS', years: [2017, 2018, 2019, 2020] });
    expect(tjk.ok && tjk.value.map((o) => o.year)).toEqual([2017, 2020]);
  });

  it('accepts several areas and indicators; 2025 WDI values are provisional', async () => {
    const r = await observations({ iso3: ['WLD', 'KAZ'], indicator: ['SP.POP.TOTL', 'EGDI'], years: [2024, 2025] });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.map((o) => `${o.iso3} ${o.indicator} ${o.year} ${o.status}`)).toEqual([
      'KAZ EGDI 2024 A',
      'KAZ SP.POP.TOTL 2024 A',
      'KAZ SP.POP.TOTL 2025 P',
      'WLD SP.POP.TOTL 2024 A',
      'WLD SP.POP.TOTL 2025 P',
    ]);
    expect(r.value.find((o) => o.status === 'P')?.note).toMatch(/^Provisional/);
    expect(r.value.find((o) => o.status === 'A')?.note).toBeUndefined();
  });

  it('loads only the modules that hold the requested indicators', async () => {
    const calls: string[] = [];
    const originals = Object.fromEntries(Object.entries(modules).map(([k, m]) => [k, m.load]));
    for (const [k, m] of Object.entries(modules)) {
      const load = m.load;
      (m as { load: typeof load }).load = () => {
        calls.push(k);
        return load();
      };
    }
    try {
      await observations({ indicator: 'EGDI' });
      expect(calls).toEqual(['un-desa-egov']);
    } finally {
      for (const [k, m] of Object.entries(modules)) (m as { load: unknown }).load = originals[k];
    }
  });

  it('returns errors with suggestions for unknown codes and bad ranges', async () => {
    expect(await observations({ iso3: 'KZA' })).toEqual({
      ok: false,
      error: { code: 'unknown_area', field: 'iso3', value: 'KZA', suggestions: ['KAZ'] },
    });
    const ind = await observations({ indicator: 'IT.NET.USER' });
    expect(!ind.ok && ind.error).toMatchObject({ code: 'unknown_indicator', suggestions: ['IT.NET.USER.ZS'] });
    const years = await observations({ years: { from: 2020, to: 2010 } });
    expect(!years.ok && years.error.code).toBe('invalid_years');
  });
});
