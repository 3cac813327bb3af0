import { describe, expect, it } from 'vitest';
import { smallData, smallSpec } from '../__fixtures__/small.js';
import { rankIntervals } from './rank-intervals.js';
import { standings, strengthsAndWeaknesses } from './standings.js';
import { peerMean, seriesTrend } from './trends.js';

const m = (o: Record<string, number>) => new Map(Object.entries(o));

describe('standings and strengths/weaknesses', () => {
  const cols = [
    { code: 'A', direction: 1 as const, values: m({ KAZ: 90, KGZ: 50, UZB: 70 }) },
    { code: 'B', direction: -1 as const, values: m({ KAZ: 9, KGZ: 1, UZB: 5 }) },
    { code: 'C', direction: 1 as const, values: m({ KAZ: 3 }) },
    { code: 'D', direction: 1 as const, values: m({ KGZ: 3, UZB: 4 }) },
  ];
  it('ranks in each direction, skips indicators with one value or none for the unit, best place first', () => {
    expect(standings(cols, 'KAZ')).toEqual([
      { code: 'A', value: 90, rank: 1, of: 3 },
      { code: 'B', value: 9, rank: 3, of: 3 },
    ]);
    expect(standings([{ code: 'T', direction: 1, values: m({ KAZ: 2, KGZ: 2, UZB: 1 }) }], 'KGZ')[0]?.rank).toBe(1);
  });
  it('splits the top half from the bottom half and never calls the last place a strength', () => {
    const sw = strengthsAndWeaknesses(standings(cols, 'KAZ'));
    expect(sw.strengths.map((s) => s.code)).toEqual(['A']);
    expect(sw.weaknesses.map((s) => s.code)).toEqual(['B']);
    const two = strengthsAndWeaknesses([{ rank: 2, of: 2 }]);
    expect(two).toEqual({ strengths: [], weaknesses: [{ rank: 2, of: 2 }] });
  });
});

describe('seriesTrend and peerMean', () => {
  const p = (year: number, value: number) => ({ year, value });
  it('computes the compound annual growth between the first and last value within the window', () => {
    const t = seriesTrend([p(2020, 72), p(2018, 50), p(2005, 1)]);
    expect(t?.first.year).toBe(2018);
    expect(t?.cagr).toBeCloseTo(20, 6);
    expect(seriesTrend([p(2018, 0), p(2020, 5)])?.cagr).toBeNull();
    expect(seriesTrend([p(2020, 5)])).toBeUndefined();
    expect(seriesTrend([p(2010, 5), p(2020, 6)], 5)).toBeUndefined();
  });
  it('averages the peers that have a value', () => {
    const v = new Map<string, number | null>([['KGZ', 50], ['UZB', 70], ['AFG', null]]);
    expect(peerMean(v, ['KGZ', 'UZB', 'AFG', 'TJK'])).toEqual({ mean: 60, n: 2 });
    expect(peerMean(v, ['AFG'])).toBeNull();
  });
});

describe('rankIntervals', () => {
  it('holds each ranked unit with its nominal rank inside a 5–95 % interval, reproducibly', () => {
    const a = rankIntervals(smallSpec, smallData, { runs: 16, seed: 7 });
    if (!a.ok) throw new Error(a.error.code);
    expect(a.value.runs).toBe(16);
    expect([...a.value.units.keys()].sort()).toEqual(['A', 'B', 'C', 'D']);
    for (const r of a.value.units.values()) {
      expect(r.lo).toBeLessThanOrEqual(r.median);
      expect(r.median).toBeLessThanOrEqual(r.hi);
    }
    const b = rankIntervals(smallSpec, smallData, { runs: 16, seed: 7 });
    expect(b.ok && [...b.value.units.values()]).toEqual([...a.value.units.values()]);
  });
});
