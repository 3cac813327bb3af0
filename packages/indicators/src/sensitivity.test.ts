import { describe, expect, it } from 'vitest';
import { smallData, smallSpec } from './__fixtures__/small.js';
import { latinHypercube, sobolPoints } from './random.js';
import {
  compareVariants,
  defaultInputs,
  removeElements,
  sensitivityAnalysis,
  sobolIndicesOf,
  uncertaintyAnalysis,
} from './sensitivity/index.js';
import { runPipeline } from './pipeline.js';

describe("Sobol' sequence", () => {
  it('starts at the origin and matches the known first points', () => {
    const p = sobolPoints(4, 2);
    expect(Array.from(p)).toEqual([0, 0, 0.5, 0.5, 0.75, 0.25, 0.25, 0.75]);
  });
  it('stratifies every 1-D projection of the first 2^k points, also after a digital shift', () => {
    const d = 12;
    const n = 256;
    for (const seed of [undefined, 7]) {
      const p = sobolPoints(n, d, seed);
      for (let j = 0; j < d; j++) {
        const cells = new Set<number>();
        for (let i = 0; i < n; i++) cells.add(Math.floor(p[i * d + j]! * n));
        expect(cells.size).toBe(n);
      }
    }
  });
  it('Latin hypercube puts one point per stratum', () => {
    const p = latinHypercube(50, 3, 1);
    for (let j = 0; j < 3; j++)
      expect(new Set(Array.from({ length: 50 }, (_, i) => Math.floor(p[i * 3 + j]! * 50))).size).toBe(50);
  });
});

describe('Sobol indices on analytic functions (N = 2^14, ±0.02)', () => {
  it('linear additive: S_i = ST_i = a_i² / Σ a²', () => {
    const a = [1, 2, 3];
    const r = sobolIndicesOf((u) => a[0]! * u[0]! + a[1]! * u[1]! + a[2]! * u[2]!, 3, 2 ** 14, 11, 50);
    const tot = a.reduce((s, x) => s + x * x, 0);
    r.indices.forEach((ix, i) => {
      expect(Math.abs(ix.first - a[i]! ** 2 / tot)).toBeLessThan(0.02);
      expect(Math.abs(ix.total - a[i]! ** 2 / tot)).toBeLessThan(0.02);
    });
  });
  it('Ishigami (a = 7, b = 0.1)', () => {
    const f = (u: Float64Array) => {
      const x = Array.from(u, (v) => -Math.PI + 2 * Math.PI * v);
      return Math.sin(x[0]!) + 7 * Math.sin(x[1]!) ** 2 + 0.1 * x[2]! ** 4 * Math.sin(x[0]!);
    };
    const r = sobolIndicesOf(f, 3, 2 ** 14, 5, 50);
    const S = [0.3139, 0.4424, 0];
    const ST = [0.5576, 0.4424, 0.2437];
    r.indices.forEach((ix, i) => {
      expect(Math.abs(ix.first - S[i]!)).toBeLessThan(0.02);
      expect(Math.abs(ix.total - ST[i]!)).toBeLessThan(0.02);
    });
  });
});

describe('uncertainty and sensitivity of a pipeline', () => {
  const spec = { ...smallSpec, steps: { ...smallSpec.steps, aggregate: { method: 'arithmetic' as const } } };
  it('is deterministic under a seed and different across seeds', () => {
    const a = uncertaintyAnalysis(spec, smallData, { runs: 32, seed: 3 });
    const b = uncertaintyAnalysis(spec, smallData, { runs: 32, seed: 3 });
    const c = uncertaintyAnalysis(spec, smallData, { runs: 32, seed: 4 });
    if (!a.ok || !b.ok || !c.ok) throw new Error('analysis failed');
    expect(Array.from(a.value.y)).toEqual(Array.from(b.value.y));
    expect(Array.from(a.value.y)).not.toEqual(Array.from(c.value.y));
    for (const u of a.value.units) expect(u.q05Rank).toBeLessThanOrEqual(u.q95Rank);
  });
  it('rejects an alternative that refers to a step absent from the base spec', () => {
    const r = uncertaintyAnalysis(spec, smallData, {
      runs: 8,
      inputs: [{ type: 'discrete', address: '/steps/treat/winmax', alternatives: [1, 2] }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid_input', pointer: '/inputs/0' });
  });
  it('rejects an alternative that makes the spec invalid, before running', () => {
    const r = sensitivityAnalysis(spec, smallData, {
      n: 4,
      inputs: [{ type: 'discrete', address: '/steps/normalise/method', alternatives: ['minmax', 'bogus'] }],
    });
    expect(r.ok).toBe(false);
  });
  it('counts and lists failed replications instead of dropping them', () => {
    // geometric mean on min-max [0, 100] data has zeros: with the default error policy those runs fail
    const r = uncertaintyAnalysis(spec, smallData, {
      runs: 16,
      seed: 1,
      inputs: [
        { type: 'discrete', address: '/steps/aggregate/method', alternatives: ['arithmetic', 'geometric'] },
      ],
    });
    if (!r.ok) throw new Error('analysis failed');
    expect(r.value.failures.length).toBe(8);
    expect(r.value.failures[0]).toMatchObject({
      inputs: { '/steps/aggregate/method': 'geometric' },
      error: { code: 'nonpositive_in_mean' },
    });
    expect(r.value.y.length).toBe(8);
  });
  it('the default aggregation alternative also switches per-level overrides', () => {
    const withLevels = {
      ...spec,
      steps: {
        ...spec.steps,
        aggregate: { method: 'arithmetic' as const, levels: { '2': { method: 'arithmetic' as const } } },
      },
    };
    const alt = defaultInputs(withLevels).find(
      (i) => i.type === 'discrete' && i.address === '/steps/aggregate',
    );
    expect(alt?.type === 'discrete' && alt.alternatives[1]).toMatchObject({
      method: 'geometric',
      levels: { '2': { method: 'geometric' } },
    });
  });
  it('sensitivity runs N(d + 2) pipelines and reports intervals', () => {
    const r = sensitivityAnalysis(spec, smallData, { n: 16, seed: 2, bootstrap: 100 });
    if (!r.ok) throw new Error('analysis failed');
    expect(r.value.runs).toBe(16 * (r.value.indices.length + 2));
    for (const ix of r.value.indices) expect(ix.totalLow).toBeLessThanOrEqual(ix.totalHigh);
  });
  it('remove-element analysis and variant comparison', () => {
    const r = removeElements(spec, smallData, 2);
    if (!r.ok) throw new Error('failed');
    expect(r.value.map((e) => e.element)).toEqual(['P1', 'P2']);
    const a = runPipeline(spec, smallData);
    const b = runPipeline(spec, smallData);
    if (!a.ok || !b.ok) throw new Error('failed');
    expect(compareVariants(a.value, b.value)).toMatchObject({
      meanAbsRankChange: 0,
      spearman: 1,
      kendall: 1,
      units: 4,
    });
  });
});
