import { describe, expect, it } from 'vitest';
import { smallData, smallSpec } from './__fixtures__/small.js';
import {
  correlationAudit,
  correlationRatio,
  cronbachAlpha,
  cronbachIfDeleted,
  indicatorStats,
  pcaByAggregate,
} from './audit.js';
import { runPipeline } from './pipeline.js';
import { classify, gaps, groupRanks, strengthsWeaknesses, trend, unitSummary } from './results.js';

const f = (...v: (number | null)[]) => Float64Array.from(v, (x) => (x === null ? NaN : x));
const result = () => {
  const r = runPipeline(smallSpec, smallData);
  if (!r.ok) throw new Error('failed');
  return r.value;
};

describe('audit', () => {
  it('statistics and flags, COINr denominators for the flags', () => {
    const [s] = indicatorStats({ units: ['a', 'b', 'c', 'd'], codes: ['X'], columns: [f(0, 0, 2, null)] });
    expect(s).toMatchObject({
      min: 0,
      max: 2,
      nAvailable: 3,
      fracAvailable: 0.75,
      nNonzero: 1,
      fracNonzero: 1 / 3,
      nUnique: 2,
      maxEqual: 2,
    });
    expect(s!.flags).toEqual({ lowAvailability: false, lowNonzero: true, lowUnique: false, outliers: false });
  });
  it('Cronbach’s α equals k/(k−1)(1 − Σσ²/σ_T²) on complete data', () => {
    const cols = [f(1, 2, 3, 4, 5), f(2, 2, 4, 5, 5), f(1, 3, 3, 5, 4)];
    const varOf = (x: number[]) => {
      const m = x.reduce((a, b) => a + b, 0) / x.length;
      return x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1);
    };
    const items = cols.map((c) => varOf(Array.from(c)));
    const total = varOf(Array.from({ length: 5 }, (_, i) => cols.reduce((s, c) => s + c[i]!, 0)));
    expect(cronbachAlpha(cols)).toBeCloseTo((3 / 2) * (1 - items.reduce((a, b) => a + b, 0) / total), 12);
    expect(cronbachIfDeleted(cols, ['a', 'b', 'c']).ifDeleted).toHaveLength(3);
  });
  it('correlations with parents are reported with p-values, insignificant ones marked not blanked', () => {
    const a = correlationAudit(result());
    expect(a.withParents.length).toBe(6);
    for (const c of a.withParents) {
      expect(Number.isFinite(c.r)).toBe(true);
      expect(c.insignificant).toBe(!(c.p <= 0.05));
    }
  });
  it('correlation ratio: 1 for a deterministic function, near r² for a line', () => {
    const x = Float64Array.from({ length: 100 }, (_, i) => i);
    const y = Float64Array.from(x, (v) => (v - 50) ** 2);
    const cr = correlationRatio(x, y, 50);
    expect(cr.eta2).toBeGreaterThan(0.99);
    expect(cr.r2).toBeLessThan(0.01);
  });
  it('PCA per aggregate states a typed error when units are too few', () => {
    const p = pcaByAggregate(result());
    expect(p.map((x) => x.aggregate)).toEqual(['P1', 'P2', 'IDX']);
    expect(p[0]!.pca?.eigenvalues.reduce((s, v) => s + v, 0)).toBeCloseTo(2, 10);
  });
});

describe('results', () => {
  it('group ranks', () => {
    expect(Array.from(groupRanks(f(3, 1, 2, 5), ['x', 'x', 'y', null]))).toEqual([1, 2, 1, NaN]);
  });
  it('strengths and weaknesses drop the worst rank and keep framework order on ties', () => {
    const r = result();
    // unit B normalised: I1 50 (rank 2), I2 66.7 (2), I3 50 (2), I4 33.3 (3); worst ranks present: 4 → nothing dropped
    const sw = strengthsWeaknesses(r, 'B', { topN: 2, bottomN: 1 });
    expect(sw.strengths.map((s) => s.code)).toEqual(['I1', 'I2']);
    expect(sw.weaknesses.map((s) => s.code)).toEqual(['I4']);
    // unit A is worst on I1, I3, I4: those are discarded
    expect(strengthsWeaknesses(r, 'A').strengths.map((s) => s.code)).toEqual(['I2']);
  });
  it('classifies into [lower, upper) bands with a closed top band', () => {
    const bands = [
      { id: 'low', name: { en: 'Low' }, lower: 0, upper: 0.5 },
      { id: 'high', name: { en: 'High' }, lower: 0.5, upper: 1 },
    ];
    expect(classify(0.5, bands)).toBe('high');
    expect(classify(1, bands)).toBe('high');
    expect(classify(0.4999, bands)).toBe('low');
    expect(classify(NaN, bands)).toBeUndefined();
    expect(
      unitSummary(result(), 'C', [{ id: 'all', name: { en: 'All' }, lower: 0, upper: 100 }])?.stage,
    ).toBe('all');
  });
  it('trends: CAGR, % change with 2 and ≥ 3 points, edge cases', () => {
    expect(
      trend([
        { time: 2010, value: 100 },
        { time: 2012, value: 121 },
      ]).ok &&
        trend([
          { time: 2010, value: 100 },
          { time: 2012, value: 121 },
        ]),
    ).toMatchObject({ value: expect.closeTo(0.1, 12) as number });
    expect(
      trend(
        [
          { time: 1, value: 10 },
          { time: 3, value: 12 },
        ],
        { method: 'pctChange' },
      ),
    ).toMatchObject({ value: expect.closeTo(10, 12) as number });
    // OLS on (0,1), (1,2), (2,3): b = 1, a = 1 → 100 % per step of the fitted start
    expect(
      trend(
        [
          { time: 0, value: 1 },
          { time: 1, value: 2 },
          { time: 2, value: 3 },
        ],
        { method: 'pctChange' },
      ),
    ).toMatchObject({ value: expect.closeTo(100, 12) as number });
    expect(
      trend([
        { time: 0, value: 5 },
        { time: 1, value: 5 },
      ]),
    ).toEqual({ ok: true, value: 0, points: 2 });
    expect(
      trend([
        { time: 0, value: 0 },
        { time: 1, value: 5 },
      ]),
    ).toEqual({ ok: false, code: 'nonpositive_start', points: 2 });
    expect(trend([{ time: 0, value: 3 }])).toEqual({ ok: false, code: 'too_few_points', points: 1 });
    expect(
      trend(
        [
          { time: 2010, value: 100 },
          { time: 2011, value: 50 },
        ],
        { direction: -1 },
      ),
    ).toMatchObject({ value: 0.5 });
  });
  it('gaps to targets and to the peer frontier', () => {
    const g = gaps(result(), 'A', { targets: { IDX: 60 } });
    const idx = g.find((x) => x.code === 'IDX')!;
    expect(idx.toTarget).toBeCloseTo(47.5, 12);
    expect(idx.frontierUnit).toBe('C');
    expect(idx.toFrontier).toBeCloseTo(83.33333333333333 - 12.5, 10);
    const raw = gaps(result(), 'A', { stage: 'Raw' }).find((x) => x.code === 'I2')!;
    expect(raw.toFrontier).toBe(-10); // lower is better: A (10) is ahead of its best peer (20)
  });
});
