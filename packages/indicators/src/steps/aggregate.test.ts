import { describe, expect, it } from 'vitest';
import type { AggregateSpec } from '@dsc/domain';
import { Recorder } from '../recorder.js';
import {
  aggregateColumns,
  bod,
  borda,
  copeland,
  generalisedMean,
  meanMin,
  mpi,
  solveLP,
} from './aggregate.js';

const f = (...v: (number | null)[]) => Float64Array.from(v, (x) => (x === null ? NaN : x));
const units = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
const agg = (cols: Float64Array[], w: number[], spec: AggregateSpec, rec = new Recorder()) =>
  aggregateColumns(
    'AG',
    cols.map((_, i) => `c${i}`),
    cols,
    w,
    spec,
    units(cols[0]!.length),
    rec,
  );
const run = (cols: Float64Array[], w: number[], spec: AggregateSpec, rec = new Recorder()) => {
  const r = aggregateColumns(
    'AG',
    cols.map((_, i) => `c${i}`),
    cols,
    w,
    spec,
    units(cols[0]!.length),
    rec,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return Array.from(r.value);
};

describe('means', () => {
  const a = f(1, 4, null);
  const b = f(4, 4, 9);
  it('arithmetic renormalises weights over observed children', () => {
    expect(run([a, b], [1, 3], { method: 'arithmetic' })).toEqual([3.25, 4, 9]);
  });
  it('geometric, harmonic and the power mean agree at p = 0, −1', () => {
    const g = run([a, b], [1, 1], { method: 'geometric' });
    expect(g[0]).toBeCloseTo(2, 14);
    const h = run([a, b], [1, 1], { method: 'harmonic' });
    expect(h[0]).toBeCloseTo(1.6, 14);
    expect(run([a, b], [1, 1], { method: 'generalised', p: 0 })[0]).toBeCloseTo(2, 14);
    expect(run([a, b], [1, 1], { method: 'generalised', p: -1 })[0]).toBeCloseTo(1.6, 14);
    expect(run([a, b], [1, 1], { method: 'generalised', p: 2 })[0]).toBeCloseTo(Math.sqrt(8.5), 14);
  });
  it('datThresh sets NA and labels missing-in-aggregation', () => {
    const rec = new Recorder();
    expect(run([a, b], [1, 1], { method: 'arithmetic', datThresh: 0.75 }, rec)).toEqual([2.5, 4, NaN]);
    expect(rec.provenance).toEqual([
      { unit: 'u2', code: 'AG', step: 'aggregate', label: 'missing-in-aggregation' },
    ]);
  });
  it('OWA sorts descending and applies position weights', () => {
    expect(
      run([f(1), f(3), f(2)], [1, 1, 1], { method: 'owa', positionWeights: [0.5, 0.3, 0.2] })[0],
    ).toBeCloseTo(0.5 * 3 + 0.3 * 2 + 0.2 * 1, 14);
  });
});

describe('zero policy', () => {
  const a = f(0, 4);
  const b = f(4, 4);
  it('error names units and children', () => {
    const r = agg([a, b], [1, 1], { method: 'geometric' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toEqual({
        code: 'nonpositive_in_mean',
        aggregate: 'AG',
        method: 'geometric',
        units: ['u0'],
        children: ['c0'],
      });
  });
  it('epsilon, shift and asMissing', () => {
    expect(run([a, b], [1, 1], { method: 'geometric', zeroPolicy: 'epsilon', epsilon: 1 })[0]).toBeCloseTo(
      2,
      14,
    );
    // shift c = 1 − 0 = 1: sqrt(1·5) − 1
    expect(run([a, b], [1, 1], { method: 'geometric', zeroPolicy: 'shift', epsilon: 1 })[0]).toBeCloseTo(
      Math.sqrt(5) - 1,
      14,
    );
    expect(run([a, b], [1, 1], { method: 'geometric', zeroPolicy: 'asMissing' })[0]).toBeCloseTo(4, 14);
  });
});

describe('MPI, mean-min, Copeland, BoD', () => {
  it('MPI uses population sd and honours the penalty sign', () => {
    // values 90, 110: M = 100, S = 10, cv = 0.1
    expect(mpi([90, 110], [1, 1], { method: 'mpi' })).toBeCloseTo(99, 12);
    expect(mpi([90, 110], [1, 1], { method: 'mpi', penalty: 'positive' })).toBeCloseTo(101, 12);
  });
  it('mean-min spans mean to minimum', () => {
    expect(meanMin([90, 110], [1, 1], { method: 'meanMin', alpha: 0, beta: 0 })).toBe(100);
    expect(meanMin([90, 110], [1, 1], { method: 'meanMin', alpha: 1, beta: 0 })).toBe(90);
    expect(meanMin([90, 110], [1, 1], { method: 'meanMin', alpha: 0.5, beta: 10 })).toBeCloseTo(
      100 - 0.5 * (Math.sqrt(200) - 10),
      12,
    );
  });
  it('power mean is not Compind’s precedence bug (x^1/p)', () => {
    expect(generalisedMean([1, 9], [1, 1], { method: 'generalised', p: 2 })).toBeCloseTo(Math.sqrt(41), 12);
  });
  it('Copeland counts pairwise majorities, ties count 0', () => {
    // u0 beats u1 on c0 (w .5), loses on c1 (w .5) → tie; u2 is best on both
    const s = copeland([f(2, 1, 3), f(1, 2, 3)], [1, 1], units(3), 'AG', 0, new Recorder());
    expect(Array.from(s)).toEqual([-1, -1, 2]);
  });
  it('BoD picks the most favourable weights', () => {
    const Y = [
      [1, 0.2],
      [0.2, 1],
      [0.5, 0.5],
    ];
    expect(bod(Y, 0).score).toBeCloseTo(1, 10);
    expect(bod(Y, 1).score).toBeCloseTo(1, 10);
    // unit 2: max .5w1 + .5w2 s.t. w1 + .2w2 ≤ 1, .2w1 + w2 ≤ 1 → w1 = w2 = 1/1.2 → 0.8333
    expect(bod(Y, 2).score).toBeCloseTo(0.5 / 0.6, 10);
  });
  it('BoD share bounds limit how much one child can carry the score', () => {
    const Y = [
      [1, 0.2],
      [0.2, 1],
      [0.5, 0.5],
    ];
    const free = bod(Y, 0);
    expect((free.weights[0]! * 1) / free.score).toBeCloseTo(1, 6); // all on the strong child
    const bounded = bod(Y, 0, { upper: 0.6 });
    const share0 = (bounded.weights[0]! * 1) / bounded.score;
    expect(share0).toBeLessThanOrEqual(0.6 + 1e-9);
    expect(bounded.score).toBeLessThan(free.score);
  });
  it('Borda sums weighted ranks', () => {
    // ranks: c0 → [2, 1, 3], c1 → [1, 3, 2]
    const s = borda([f(2, 1, 3), f(1, 3, 2)], [1, 1], units(3), 'AG', 0, new Recorder());
    expect(Array.from(s)).toEqual([1.5, 2, 2.5]);
  });
  it('the simplex solves a textbook LP', () => {
    // max 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → 36 at (2, 6)
    const r = solveLP(
      [3, 5],
      [
        [1, 0],
        [0, 2],
        [3, 2],
      ],
      [4, 12, 18],
    );
    expect(r.value).toBeCloseTo(36, 12);
    expect(r.x[0]).toBeCloseTo(2, 12);
    expect(r.x[1]).toBeCloseTo(6, 12);
  });
});
