import { describe, expect, it } from 'vitest';
import { Recorder } from '../recorder.js';
import { imputeEM, imputeKnn, imputePanel, imputeTable, imputeByRow } from './impute.js';

const f = (...v: (number | null)[]) => Float64Array.from(v, (x) => (x === null ? NaN : x));
const ctx = {
  units: ['a', 'b', 'c', 'd'],
  codes: ['X', 'Y'],
  directions: [1, 1] as (1 | -1)[],
  parents: ['P', 'P'],
  groups: { G: ['g1', 'g1', 'g2', null] },
};

describe('cross-section imputation', () => {
  it('mean, median and group mean; NA group stays NA with a finding', () => {
    const rec = new Recorder();
    const [x, y] = imputeTable(
      [f(1, null, 5, null), f(1, 2, 10, null)],
      [{ method: 'groupMean', group: 'G' }, { method: 'median' }],
      ctx,
      rec,
    );
    expect(Array.from(x!)).toEqual([1, 1, 5, NaN]);
    expect(Array.from(y!)).toEqual([1, 2, 10, 2]);
    expect(rec.findings).toContainEqual({ code: 'group_missing', unit: 'd', indicator: 'X', group: 'G' });
    expect(rec.provenance).toContainEqual({
      unit: 'b',
      code: 'X',
      step: 'impute',
      label: 'imputed:groupMean',
    });
  });
  it('byRow fills with the unit’s mean normalised score, back in raw units', () => {
    // Y normalised: a 0, b .5, c 1; X range 0..10; b's mean score .5 → 5
    const [x] = imputeByRow([f(0, null, 10), f(1, 2, 3)], [1, 1]);
    expect(Array.from(x!)).toEqual([0, 5, 10]);
  });
  it('kNN takes the nearest donors on normalised columns', () => {
    const [, y] = imputeKnn([f(0, 1, 10, 11), f(5, 6, 50, null)], 2);
    expect(y![3]).toBe(28); // nearest by X: c (10) then b (1)
    const [, y1] = imputeKnn([f(0, 1, 10, 11), f(5, 6, 50, null)], 1);
    expect(y1![3]).toBe(50);
  });
  it('EM recovers a perfectly correlated value', () => {
    const x = f(1, 2, 3, 4, 5, 6);
    const y = f(2, 4, 6, 8, 10, null);
    const [, yy] = imputeEM([x, y], 1e-10, 500);
    expect(yy![5]).toBeCloseTo(12, 3);
  });
  it('never changes observed values', () => {
    const cols = [f(1, null, 3, 4), f(null, 2, 3, 4)];
    const out = imputeTable(cols, [{ method: 'em' }, { method: 'em' }], ctx, new Recorder());
    expect(out[0]![0]).toBe(1);
    expect(out[1]![1]).toBe(2);
  });
});

describe('panel imputation', () => {
  const rows = [
    { unit: 'A', time: 2022, value: null },
    { unit: 'A', time: 2020, value: 10 },
    { unit: 'B', time: 2020, value: null },
    { unit: 'A', time: 2021, value: null },
    { unit: 'B', time: 2022, value: 7 },
    { unit: 'A', time: 2019, value: null },
  ];
  it('latest copies the last observation within maxLag and keeps input order', () => {
    const r = imputePanel(rows, 'latest', { maxLag: 1 });
    expect(r.values).toEqual([null, 10, null, 10, 7, null]);
    expect(r.imputed).toEqual([false, false, false, true, false, false]);
  });
  it('nocb, constant, linear and linearConstant', () => {
    expect(imputePanel(rows, 'nocb').values).toEqual([null, 10, 7, null, 7, 10]);
    expect(imputePanel(rows, 'constant').values).toEqual([10, 10, 7, 10, 7, 10]);
    const lin = [
      { unit: 'A', time: 1, value: 0 },
      { unit: 'A', time: 2, value: null },
      { unit: 'A', time: 4, value: 6 },
      { unit: 'A', time: 5, value: null },
    ];
    expect(imputePanel(lin, 'linear').values).toEqual([0, 2, 6, 6]);
    expect(
      imputePanel(
        [
          { unit: 'A', time: 1, value: 3 },
          { unit: 'A', time: 2, value: null },
        ],
        'linearConstant',
      ).values,
    ).toEqual([3, 3]);
  });
});
