import { describe, expect, it } from 'vitest';
import { latestByCountry, sportRanks } from './measures.js';
import type { AppObservation } from './types.js';

describe('sportRanks', () => {
  it('gives ties the best shared rank, respecting direction', () => {
    const v = new Map([
      ['A', 10],
      ['B', 30],
      ['C', 30],
      ['D', 5],
    ]);
    expect(Object.fromEntries(sportRanks(v, 1))).toEqual({ B: 1, C: 1, A: 3, D: 4 });
    expect(Object.fromEntries(sportRanks(v, -1))).toEqual({ D: 1, A: 2, B: 3, C: 3 });
  });
});

describe('latestByCountry', () => {
  it('keeps the latest year per country and ignores other indicators', () => {
    const row = (iso3: string, indicator: string, year: number, value: number): AppObservation => ({
      iso3, indicator, year, value, unit: '%', status: 'A', source: 's',
    });
    const m = latestByCountry([row('KAZ', 'X', 2020, 1), row('KAZ', 'X', 2023, 2), row('KAZ', 'Y', 2024, 9)], 'X', ['KAZ', 'UZB']);
    expect(m.get('KAZ')?.value).toBe(2);
    expect(m.has('UZB')).toBe(false);
  });
});
