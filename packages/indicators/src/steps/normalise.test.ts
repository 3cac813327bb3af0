import { describe, expect, it } from 'vitest';
import type { NormaliseStep } from '@dsc/domain';
import { Recorder } from '../recorder.js';
import { normaliseColumn, pctAnnualDiff, quintileBand, zMeanMinmax } from './normalise.js';

const f = (...v: (number | null)[]) => Float64Array.from(v, (x) => (x === null ? NaN : x));
const U = ['a', 'b', 'c', 'd', 'e'];
const norm = (
  x: Float64Array,
  step: NormaliseStep,
  node: Partial<Parameters<typeof normaliseColumn>[2]> = {},
) => Array.from(normaliseColumn(x, step, { id: 'X', ...node }, U.slice(0, x.length), new Recorder()));

describe('normalisers', () => {
  const x = f(2, 4, 6, 10, null);
  it('minmax with direction and output range', () => {
    expect(norm(x, { method: 'minmax' })).toEqual([0, 25, 50, 100, NaN]);
    expect(norm(x, { method: 'minmax', outputRange: [1, 100] }, { direction: -1 })).toEqual([
      100,
      75.25,
      50.5,
      1,
      NaN,
    ]);
  });
  it('zscore, sample sd by default', () => {
    const z = norm(f(1, 2, 3), { method: 'zscore' });
    expect(z).toEqual([-1, 0, 1]);
    const p = norm(f(1, 2, 3), { method: 'zscore', sdType: 'population', mean: 100, sd: 10 });
    expect(p[2]).toBeCloseTo(100 + 10 * Math.sqrt(1.5), 12);
  });
  it('goalposts on raw units for both directions, truncated and capped', () => {
    const gp = { min: 0, max: 8, rationale: 't' };
    expect(norm(x, { method: 'goalposts' }, { goalposts: gp })).toEqual([0.25, 0.5, 0.75, 1, NaN]);
    expect(norm(x, { method: 'goalposts', outputRange: [0, 100] }, { goalposts: gp, direction: -1 })).toEqual(
      [75, 50, 25, 0, NaN],
    );
  });
  it('distance to target and to reference', () => {
    expect(norm(x, { method: 'distToTarget' }, { target: 8 })).toEqual([0, 1 / 3, 2 / 3, 1, NaN]);
    expect(norm(x, { method: 'distToTarget', cap: false }, { target: 8 })[3]).toBeCloseTo(4 / 3, 12);
    expect(norm(x, { method: 'distToTarget' }, { target: 3, direction: -1 })).toEqual([
      1,
      6 / 7,
      4 / 7,
      0,
      NaN,
    ]);
    expect(norm(x, { method: 'distToRef', reference: 'c' })).toEqual([0, 0.5, 1, 2, NaN]);
  });
  it('ranks, Borda, percent rank with min ties', () => {
    const y = f(5, 1, 5, 3);
    expect(norm(y, { method: 'rank' })).toEqual([3, 1, 3, 2]);
    expect(norm(y, { method: 'borda' })).toEqual([2, 0, 2, 1]);
    expect(norm(y, { method: 'percentRank' })).toEqual([2 / 3, 0, 2 / 3, 1 / 3]);
  });
  it('fracMax, distToMax, cyclical, aboveBelowMean, scaled', () => {
    expect(norm(x, { method: 'fracMax' })).toEqual([0.2, 0.4, 0.6, 1, NaN]);
    expect(norm(x, { method: 'distToMax' })).toEqual([0, 0.25, 0.5, 1, NaN]);
    // mean 5.5, mean abs dev = (3.5 + 1.5 + 0.5 + 4.5)/4 = 2.5
    expect(norm(x, { method: 'cyclical' })).toEqual([-1.4, -0.6, 0.2, 1.8, NaN]);
    expect(norm(x, { method: 'aboveBelowMean', threshold: 0.1 })).toEqual([-1, -1, 0, 1, NaN]);
    expect(norm(x, { method: 'scaled' })).toEqual([0, 25, 50, 100, NaN]);
  });
  it('mpiStd and ampiRescale', () => {
    const m = norm(f(1, 2, 3), { method: 'mpiStd' });
    expect(m).toEqual([90, 100, 110]);
    // Δ = 1, ref = 2: 70 + 60·(x − 1)/2
    expect(norm(f(1, 2, 3), { method: 'ampiRescale', referenceValue: 2 })).toEqual([70, 100, 130]);
  });
  it('constant indicator gives NA with a finding, never NaN silently', () => {
    const rec = new Recorder();
    const out = normaliseColumn(f(3, 3, 3), { method: 'minmax' }, { id: 'K' }, U.slice(0, 3), rec);
    expect(Array.from(out).every(Number.isNaN)).toBe(true);
    expect(rec.findings).toEqual([{ code: 'constant_indicator', indicator: 'K' }]);
  });
});

describe('DDC quintile bands', () => {
  it('bands raw values by quintile and min-max within each band', () => {
    const x = Float64Array.from({ length: 10 }, (_, i) => i + 1); // quantiles 2.8, 4.6, 6.4, 8.2
    const s = Array.from(quintileBand(x, 1, undefined, [1, 5.99]));
    expect(s[0]).toBeCloseTo(1, 12); // band 1 = {1, 2}
    expect(s[1]).toBeCloseTo(1.99, 12);
    expect(s[2]).toBeCloseTo(2, 12); // band 2 = {3, 4}
    expect(s[9]).toBeCloseTo(5.99, 12);
    const r = Array.from(quintileBand(x, -1, undefined, [1, 5.99]));
    expect(r[0]).toBeCloseTo(6.99 - 1, 12);
  });
  it('index indicators use the data and the goalposts together', () => {
    const s = Array.from(quintileBand(f(20, 60), 1, { min: 0, max: 100 }, [1, 5.99]));
    expect(s[0]).toBeCloseTo(1 + 0.2 * 4.99, 12);
    expect(s[1]).toBeCloseTo(1 + 0.6 * 4.99, 12);
  });
});

describe('EGDI component and panel differences', () => {
  it('zMeanMinmax spans [0, 1] and does not depend on the sd divisor', () => {
    const a = f(10, 20, 30, 60);
    const b = f(1, 1, 2, 4);
    const s = zMeanMinmax([a, b], [1 / 3, 2 / 3], 'sample');
    const p = zMeanMinmax([a, b], [1 / 3, 2 / 3], 'population');
    expect(Math.min(...s)).toBe(0);
    expect(Math.max(...s)).toBe(1);
    s.forEach((v, i) => expect(v).toBeCloseTo(p[i]!, 12));
  });
  it('pctAnnualDiff: previous year ≤ 0 or missing gives NA', () => {
    expect(
      pctAnnualDiff([
        { time: 2020, value: 50 },
        { time: 2021, value: 60 },
        { time: 2022, value: 0 },
        { time: 2023, value: 5 },
        { time: 2025, value: 6 },
      ]),
    ).toEqual([null, 20, -100, null, null]);
  });
});
