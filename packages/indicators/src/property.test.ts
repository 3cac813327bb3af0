import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImputeStep, MethodologySpec } from '@dsc/domain';
import type { IndexData } from './types.js';
import { column, runPipeline } from './pipeline.js';
import { Recorder } from './recorder.js';
import { imputeTable } from './steps/impute.js';
import { normaliseColumn } from './steps/normalise.js';

/** A tree of k indicators under one index. */
const flatSpec = (
  k: number,
  weights: number[],
  extra: Partial<MethodologySpec['steps']> = {},
): MethodologySpec => ({
  kind: 'methodology',
  schemaVersion: 1,
  id: 'p',
  version: '1',
  name: { en: 'P' },
  nodes: [
    ...Array.from({ length: k }, (_, j) => ({
      id: `I${j}`,
      parent: 'IDX',
      level: 1,
      type: 'indicator' as const,
      direction: 1 as const,
      weight: weights[j]!,
    })),
    { id: 'IDX', level: 2, type: 'aggregate' as const },
  ],
  steps: {
    normalise: { method: 'minmax', outputRange: [0, 100] },
    aggregate: { method: 'arithmetic' },
    ...extra,
  },
});

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const table = (units: number, k: number, naRate = 0) =>
  fc.array(
    fc.array(fc.option(value, { freq: naRate > 0 ? Math.round(1 / naRate) : 1e9 }), {
      minLength: units,
      maxLength: units,
    }),
    { minLength: k, maxLength: k },
  );

const toData = (cols: (number | null)[][]): IndexData => ({
  units: cols[0]!.map((_, i) => `U${i}`),
  values: Object.fromEntries(cols.map((c, j) => [`I${j}`, c])),
});

describe('properties', () => {
  it('normalised scores stay inside the output range', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 2, maxLength: 30 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.constantFrom<1 | -1>(1, -1),
        (xs, l, w, dir) => {
          const x = Float64Array.from(xs);
          const out = normaliseColumn(
            x,
            { method: 'minmax', outputRange: [l, l + w] },
            { id: 'X', direction: dir },
            xs.map((_, i) => `u${i}`),
            new Recorder(),
          );
          for (const v of out) if (!Number.isNaN(v)) expect(v >= l - 1e-9 && v <= l + w + 1e-9).toBe(true);
        },
      ),
    );
  });

  it('raising a unit’s value of a higher-is-better indicator never lowers its index score', () => {
    fc.assert(
      fc.property(
        table(5, 3),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (cols, u, j, delta) => {
          const spec = flatSpec(3, [1, 2, 3]);
          const before = runPipeline(spec, toData(cols), { hash: false });
          const raised = cols.map((c, jj) =>
            jj === j ? c.map((v, i) => (i === u && v !== null ? v + delta : v)) : c,
          );
          const after = runPipeline(spec, toData(raised), { hash: false });
          if (!before.ok || !after.ok) return;
          const a = column(before.value.stages.Aggregated, 'IDX')![u];
          const b = column(after.value.stages.Aggregated, 'IDX')![u];
          if (a !== null && a !== undefined && b !== null && b !== undefined)
            expect(b).toBeGreaterThanOrEqual(a - 1e-9);
        },
      ),
    );
  });

  it('weights are relative: scaling them all changes nothing; effective weights sum to 1', () => {
    fc.assert(
      fc.property(
        table(4, 3),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 0.1, max: 1000, noNaN: true }),
        (cols, w, s) => {
          const a = runPipeline(flatSpec(3, w), toData(cols), { hash: false });
          const b = runPipeline(
            flatSpec(
              3,
              w.map((x) => x * s),
            ),
            toData(cols),
            { hash: false },
          );
          if (!a.ok || !b.ok) return;
          const ca = column(a.value.stages.Aggregated, 'IDX')!;
          const cb = column(b.value.stages.Aggregated, 'IDX')!;
          ca.forEach((v, i) => (v === null ? expect(cb[i]).toBeNull() : expect(cb[i]).toBeCloseTo(v, 8)));
          const eff = a.value.weights.effective;
          expect(eff['I0']! + eff['I1']! + eff['I2']!).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('NA handling: an aggregate is NA only when every child is NA (datThresh 0), and never NaN at the boundary', () => {
    fc.assert(
      fc.property(table(6, 3, 0.3), (cols) => {
        const r = runPipeline(flatSpec(3, [1, 1, 1]), toData(cols), { hash: false });
        if (!r.ok) return;
        const n = r.value.stages.Normalised!;
        const idx = column(r.value.stages.Aggregated, 'IDX')!;
        idx.forEach((v, i) => {
          const anyChild = n.columns.some((c) => !Number.isNaN(c[i]!));
          expect(v === null).toBe(!anyChild);
          expect(Number.isNaN(v as number)).toBe(false);
        });
      }),
    );
  });

  it('imputation never changes an observed value', () => {
    const methods: ImputeStep[] = [
      { method: 'mean' },
      { method: 'median' },
      { method: 'byRow' },
      { method: 'knn', k: 2 },
      { method: 'em', maxIter: 20 },
    ];
    fc.assert(
      fc.property(table(6, 3, 0.25), fc.constantFrom(...methods), (cols, step) => {
        const c = cols.map((x) => Float64Array.from(x, (v) => (v === null ? NaN : v)));
        const out = imputeTable(
          c,
          [step, step, step],
          {
            units: cols[0]!.map((_, i) => `u${i}`),
            codes: ['a', 'b', 'c'],
            directions: [1, 1, 1],
            parents: ['P', 'P', 'P'],
          },
          new Recorder(),
        );
        c.forEach((col, j) => col.forEach((v, i) => !Number.isNaN(v) && expect(out[j]![i]).toBe(v)));
      }),
      { numRuns: 60 },
    );
  });

  it('runs are deterministic: same spec and data give the same values and hash', () => {
    fc.assert(
      fc.property(table(5, 3, 0.2), (cols) => {
        const spec = flatSpec(3, [1, 1, 1], { impute: { method: 'mean' }, treat: { method: 'jrc' } });
        const a = runPipeline(spec, toData(cols));
        const b = runPipeline(spec, toData(cols));
        expect(a.ok).toBe(b.ok);
        if (!a.ok || !b.ok) return;
        expect(a.value.contentHash).toBe(b.value.contentHash);
        expect(column(a.value.stages.Aggregated, 'IDX')).toEqual(column(b.value.stages.Aggregated, 'IDX'));
      }),
      { numRuns: 40 },
    );
  });
});
