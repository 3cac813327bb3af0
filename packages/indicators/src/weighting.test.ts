import { describe, expect, it } from 'vitest';
import {
  ahpWeights,
  budgetWeights,
  nelderMead,
  optimisedWeights,
  pcaWeightsOECD,
  pcaWeightsPC1,
} from './weighting.js';
import { runPipeline } from './pipeline.js';
import { smallData, smallSpec } from './__fixtures__/small.js';

const f = (...v: (number | null)[]) => Float64Array.from(v, (x) => (x === null ? NaN : x));

describe('AHP', () => {
  it('a consistent matrix gives exact weights and CR = 0', () => {
    const r = ahpWeights([
      [
        [1, 2, 4],
        [1 / 2, 1, 2],
        [1 / 4, 1 / 2, 1],
      ],
    ]);
    if (!r.ok) throw new Error('failed');
    expect(r.value.weights[0]).toBeCloseTo(4 / 7, 12);
    expect(r.value.weights[2]).toBeCloseTo(1 / 7, 12);
    expect(r.value.lambdaMax).toBeCloseTo(3, 12);
    expect(r.value.cr).toBeCloseTo(0, 12);
  });
  it('flags CR > 0.10 and combines experts by geometric mean', () => {
    const bad = [
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ];
    const r = ahpWeights([bad]);
    if (!r.ok) throw new Error('failed');
    expect(r.value.inconsistent).toBe(true);
    const two = ahpWeights([
      [
        [1, 4],
        [1 / 4, 1],
      ],
      [
        [1, 1],
        [1, 1],
      ],
    ]);
    if (!two.ok) throw new Error('failed');
    expect(two.value.weights[0]).toBeCloseTo(2 / 3, 12); // geometric mean judgement 2
  });
  it('rejects a non-reciprocal matrix with a pointer', () => {
    const r = ahpWeights([
      [
        [1, 2],
        [2, 1],
      ],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid_input', pointer: '/0/0/1' });
  });
});

describe('PCA weights', () => {
  const a = f(1, 2, 3, 4, 5, 6);
  const b = f(2, 4, 6, 8, 10, 12.5);
  const c = f(6, 1, 5, 2, 4, 3);
  it('PC1 is oriented to a positive sum and normalised', () => {
    const r = pcaWeightsPC1([a, b]);
    if (!r.ok) throw new Error('failed');
    expect(r.value.weights[0]).toBeCloseTo(0.5, 10);
    expect(r.value.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });
  it('reports negative components and dropped rows instead of hiding them', () => {
    const r = pcaWeightsPC1([a, b, c, f(1, null, 3, null, 5, 6)]);
    expect(r.ok).toBe(false); // 4 complete rows for 4 indicators is too few → typed error
    const r2 = pcaWeightsPC1([a, b, c]);
    if (!r2.ok) throw new Error('failed');
    expect(r2.value.negative).toEqual([2]);
  });
  it('OECD variant: one factor gives w = l² / Σl²', () => {
    const r = pcaWeightsOECD([a, b, f(1, 2, 3, 4, 5, 7)]);
    if (!r.ok) throw new Error('failed');
    expect(r.value.factors).toBe(1);
    const l = r.value.pca.loadings.map((x) => x[0]! ** 2);
    const s = l.reduce((p, q) => p + q, 0);
    r.value.weights.forEach((w, i) => expect(w).toBeCloseTo(l[i]! / s, 12));
  });
});

describe('budget allocation and optimised weights', () => {
  it('budget: mean share and spread', () => {
    const r = budgetWeights(
      [
        { x: 60, y: 40 },
        { x: 20, y: 80 },
      ],
      ['x', 'y'],
    );
    expect(r.weights[0]).toBeCloseTo(0.4, 12);
    expect(r.spread[0]).toBeCloseTo(Math.sqrt(0.08), 12);
  });
  it('Nelder–Mead finds a quadratic minimum', () => {
    const r = nelderMead((x) => (x[0]! - 1) ** 2 + (x[1]! + 2) ** 2, [0, 0], {
      maxIter: 2000,
      relTol: 1e-14,
    });
    expect(r.x[0]).toBeCloseTo(1, 4);
    expect(r.x[1]).toBeCloseTo(-2, 4);
  });
  it('optimised weights sum to 1; fewer units than components is a typed error', () => {
    const r = optimisedWeights([f(1, 2, 3, 4, 5), f(5, 3, 4, 1, 2), f(2, 2, 3, 5, 4)], [1, 1, 1]);
    if (!r.ok) throw new Error('failed');
    expect(r.value.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    const few = optimisedWeights([f(1, 2), f(2, 1), f(1, 1)], [1, 1, 1]);
    expect(few.ok).toBe(false);
    if (!few.ok) expect(few.error.code).toBe('too_few_units');
  });
  it('the pipeline uses AHP weights per parent and reports effective weights', () => {
    const spec = {
      ...smallSpec,
      steps: {
        ...smallSpec.steps,
        weights: {
          method: 'ahp' as const,
          ahp: {
            IDX: [
              [
                [1, 3],
                [1 / 3, 1],
              ],
            ],
          },
        },
      },
    };
    const r = runPipeline(spec, smallData);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.weights.nominal['P1']).toBeCloseTo(0.75, 12);
    expect(r.value.weights.effective['P2']).toBeCloseTo(0.25, 12);
  });
});
