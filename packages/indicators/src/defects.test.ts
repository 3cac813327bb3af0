/**
 * One test per known defect of the reference implementations (docs/methods.md#known-defects-of-the-reference-implementations), showing this engine does not
 * repeat it.
 */
import { describe, expect, it } from 'vitest';
import type { MethodologySpec } from '@dsc/domain';
import { smallData, smallSpec } from './__fixtures__/small.js';
import { runPipeline } from './pipeline.js';
import { Recorder } from './recorder.js';
import { compileSpec } from './spec/index.js';
import { uncertaintyAnalysis } from './sensitivity/index.js';
import type { Aggregator } from './steps/aggregate.js';
import { aggregateColumns, generalisedMean, mpi } from './steps/aggregate.js';
import { imputePanel } from './steps/impute.js';
import { normaliseColumn } from './steps/normalise.js';
import { treatColumn } from './steps/treat.js';
import { pcaWeightsPC1 } from './weighting.js';

const f = (...v: (number | null)[]) => Float64Array.from(v, (x) => (x === null ? NaN : x));
const units = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
const passing = f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

describe('COINr defects not reproduced', () => {
  it('#53: forceWin is honoured when the data already pass', () => {
    const r = treatColumn(
      passing,
      { method: 'jrc', forceWin: true, winmax: 2 },
      units(10),
      'X',
      new Recorder(),
    );
    // skew 0 → the maximum moves first (10 → 9), then the skew turns negative and the minimum moves (1 → 2)
    expect(r.record.winsorised).toBe(2);
    expect(Array.from(r.x)).toEqual([2, 2, 3, 4, 5, 6, 7, 8, 9, 9]);
  });
  it('a per-indicator treatment override keeps the default of every omitted field', () => {
    const spec: MethodologySpec = {
      ...smallSpec,
      steps: { ...smallSpec.steps, treat: { method: 'jrc', skewThresh: 1.5 } },
      nodes: smallSpec.nodes.map((n) => (n.id === 'I1' ? { ...n, methods: { treat: { winmax: 1 } } } : n)),
    };
    const c = compileSpec(spec);
    if (!c.ok) throw new Error('invalid');
    expect(c.value.indicators[0]!.treat).toMatchObject({
      method: 'jrc',
      winmax: 1,
      skewThresh: 1.5,
      kurtThresh: 3.5,
      fallback: 'logCT',
      forceWin: false,
    });
  });
  it('log_GII (computes a transform and returns the input) is not offered', () => {
    const r = compileSpec({ ...smallSpec, steps: { treat: { method: 'jrc', fallback: 'logGII' } } });
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid_spec')
      expect(r.error.issues[0]!.pointer).toBe('/steps/treat/fallback');
  });
  it('no "winhi+log_CT" label when the winsorisation was discarded', () => {
    const rec = new Recorder();
    treatColumn(
      f(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1000),
      { method: 'jrc', winmax: 1 },
      units(20),
      'X',
      rec,
    );
    expect(new Set(rec.provenance.map((p) => p.label))).toEqual(new Set(['transformed:logCT']));
  });
  it('#45: fewer than 4 values or constant data are not an error', () => {
    const rec = new Recorder();
    expect(() => treatColumn(f(1, null, 3), { method: 'jrc' }, units(3), 'X', rec)).not.toThrow();
    expect(() => treatColumn(f(2, 2, 2, 2, 2), { method: 'jrc' }, units(5), 'Y', rec)).not.toThrow();
    expect(rec.findings.map((x) => x.code)).toEqual(['treat_not_assessable', 'treat_not_assessable']);
  });
  it('#58, #68: goalposts stay in raw units when the direction is −1', () => {
    const out = normaliseColumn(
      f(0, 25, 100),
      { method: 'goalposts' },
      { id: 'X', direction: -1, goalposts: { min: 0, max: 100, rationale: 'r' } },
      units(3),
      new Recorder(),
    );
    expect(Array.from(out)).toEqual([1, 0.75, 0]);
  });
  it('#47, #65: geometric mean on 0–100 data has a zero policy; goalposts take an output range', () => {
    const zero = aggregateColumns(
      'AG',
      ['a', 'b'],
      [f(0, 50), f(50, 50)],
      [1, 1],
      { method: 'geometric' },
      units(2),
      new Recorder(),
    );
    expect(zero.ok).toBe(false);
    const ok = aggregateColumns(
      'AG',
      ['a', 'b'],
      [f(0, 50), f(50, 50)],
      [1, 1],
      { method: 'geometric', zeroPolicy: 'asMissing' },
      units(2),
      new Recorder(),
    );
    if (!ok.ok) throw new Error('failed');
    expect(ok.value[0]).toBeCloseTo(50, 12);
    expect(ok.value[1]).toBeCloseTo(50, 12);
    const gp = normaliseColumn(
      f(0, 100),
      { method: 'goalposts', outputRange: [1, 100] },
      { id: 'X', goalposts: { min: 0, max: 100, rationale: 'r' } },
      units(2),
      new Recorder(),
    );
    expect(Array.from(gp)).toEqual([1, 100]);
  });
  it('a_genmean: NA children are dropped with renormalised weights, and p = 0 is the geometric mean', () => {
    const r = aggregateColumns(
      'AG',
      ['a', 'b', 'c'],
      [f(4), f(null), f(9)],
      [1, 1, 1],
      { method: 'generalised', p: 0 },
      units(1),
      new Recorder(),
    );
    expect(r.ok && r.value[0]).toBeCloseTo(6, 12);
  });
  it('#49: PCA weights are oriented, negative components flagged, NA rows counted', () => {
    const a = f(1, 2, 3, 4, 5, 6, null);
    const b = f(2, 4, 6, 8, 10, 12.5, 3);
    const c = f(6, 1, 5, 2, 4, 3, 1);
    const r = pcaWeightsPC1([a, b, c]);
    if (!r.ok) throw new Error('failed');
    expect(r.value.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(r.value.negative).toEqual([2]);
    expect(r.value.pca.dropped).toBe(1);
  });
  it('#50, #60: sensitivity is seeded, failures are listed, and alternatives for absent steps are rejected', () => {
    const run = (seed: number) =>
      uncertaintyAnalysis(smallSpec, smallData, {
        runs: 16,
        seed,
        inputs: [
          { type: 'discrete', address: '/steps/aggregate/method', alternatives: ['arithmetic', 'geometric'] },
        ],
      });
    const a = run(9);
    const b = run(9);
    if (!a.ok || !b.ok) throw new Error('failed');
    expect(Array.from(a.value.y)).toEqual(Array.from(b.value.y));
    expect(a.value.failures.length + a.value.y.length).toBe(16);
    expect(
      uncertaintyAnalysis(smallSpec, smallData, {
        runs: 4,
        inputs: [{ type: 'continuous', address: '/steps/treat/winmax', range: [1, 5] }],
      }).ok,
    ).toBe(false);
  });
  it('#63: panel latest keeps the input row order; a single observation does not fail', () => {
    const rows = [
      { unit: 'A', time: 2021, value: null },
      { unit: 'A', time: 2019, value: 1 },
      { unit: 'A', time: 2020, value: null },
    ];
    expect(imputePanel(rows, 'latest').values).toEqual([1, 1, 1]);
    expect(imputePanel(rows, 'linear').values).toEqual([1, 1, 1]);
    expect(imputePanel(rows, 'linearConstant').values).toEqual([1, 1, 1]);
  });
  it('#54: an aggregator receives values and weights as separate arguments', () => {
    const seen: [readonly number[], readonly number[]][] = [];
    const spy: Aggregator = (x, w) => {
      seen.push([[...x], [...w]]);
      return x[0]!;
    };
    spy([1, 2], [3, 4], { method: 'arithmetic' });
    expect(seen).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
    ]);
  });
});

describe('Compind defects not reproduced', () => {
  it('ci_generalized_mean: the power mean is (Σ w x^p / Σ w)^(1/p), not x^1/p', () => {
    expect(generalisedMean([1, 4], [1, 1], { method: 'generalised', p: 2 })).toBeCloseTo(Math.sqrt(8.5), 12);
    expect(generalisedMean([1, 4], [1, 1], { method: 'generalised', p: 2 })).not.toBe(1);
  });
  it('ci_mean_min: standardisation is column-wise (mpiStd per indicator) before the mean-min', () => {
    const spec: MethodologySpec = {
      ...smallSpec,
      steps: { normalise: { method: 'mpiStd' }, aggregate: { method: 'meanMin', alpha: 0.5, beta: 1 } },
    };
    const r = runPipeline(spec, {
      ...smallData,
      values: { ...smallData.values, I1: [0, 5, 10, 5], I3: [1000, 2000, 3000, 4000] },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const n = r.value.stages.Normalised!;
    for (const col of n.columns) {
      const m = col.reduce((a, b) => a + b, 0) / col.length;
      expect(m).toBeCloseTo(100, 10);
    }
  });
  it('ci_ampi: penalty "positive" is honoured', () => {
    expect(mpi([90, 110], [1, 1], { method: 'ampi', penalty: 'positive' })).toBeGreaterThan(100);
    expect(mpi([90, 110], [1, 1], { method: 'ampi', penalty: 'negative' })).toBeLessThan(100);
  });
  it('ci_mpi vs ci_ampi: both use the population sd of the unit’s values', () => {
    // M = 100, population S = 10 → 100 − 10·0.1 = 99 (the sample S would give 100 − 14.14·0.1414 = 98)
    expect(mpi([90, 110], [1, 1], { method: 'mpi' })).toBeCloseTo(99, 12);
    expect(mpi([90, 110], [1, 1], { method: 'ampi' })).toBeCloseTo(99, 12);
  });
});
