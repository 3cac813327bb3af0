import { describe, expect, it } from 'vitest';
import { smallData, smallSpec } from './__fixtures__/small.js';
import { column, runPipeline, toIndexResult } from './pipeline.js';
import type { MethodologySpec } from '@dsc/domain';
import { IndexResult } from '@dsc/domain';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const run = (spec = smallSpec, data = smallData) => {
  const r = runPipeline(spec, data);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('runPipeline on a hand-checked tree', () => {
  const r = run();
  it('denominates, imputes, normalises and aggregates with renormalised weights', () => {
    const A = r.stages.Aggregated;
    expect(column(r.stages.Denominated!, 'I3')).toEqual([10, 20, 30, 20]);
    expect(column(r.stages.Imputed!, 'I1')).toEqual([0, 5, 10, 5]);
    const n2 = column(r.stages.Normalised!, 'I2')!;
    expect(n2[0]).toBeCloseTo(100, 12);
    expect(n2[1]).toBeCloseTo(200 / 3, 12);
    expect(n2[3]).toBe(0);
    const idx = column(A, 'IDX')!;
    expect(idx[0]).toBeCloseTo(12.5, 12);
    expect(idx[1]).toBeCloseTo(47.916666666666664, 12);
    expect(idx[2]).toBeCloseTo(83.33333333333333, 12);
    expect(idx[3]).toBeCloseTo(56.25, 12);
    expect(Array.from(r.ranks['IDX']!)).toEqual([4, 3, 1, 2]);
  });
  it('records provenance per cell', () => {
    expect(r.provenance).toContainEqual({ unit: 'D', code: 'I1', step: 'impute', label: 'imputed:mean' });
    expect(r.provenance).toContainEqual({ unit: 'A', code: 'I3', step: 'denominate', label: 'denominated' });
    expect(r.provenance.filter((p) => p.label === 'imputed:mean')).toHaveLength(1);
  });
  it('reports nominal and effective weights', () => {
    expect(r.weights.effective['P2']).toBeCloseTo(0.75, 15);
    expect(r.weights.effective['I3']).toBeCloseTo(0.5, 15);
    expect(r.weights.effective['I1']).toBeCloseTo(0.125, 15);
  });
  it('hashes spec and data, independent of key order', () => {
    expect(r.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const reordered = {
      ...smallSpec,
      steps: {
        aggregate: smallSpec.steps.aggregate!,
        normalise: smallSpec.steps.normalise!,
        impute: smallSpec.steps.impute!,
        denominate: smallSpec.steps.denominate!,
      },
    };
    expect(run(reordered).contentHash).toBe(r.contentHash);
    const changed = { ...smallData, values: { ...smallData.values, I4: [1, 2, 3, 5] } };
    expect(run(smallSpec, changed).contentHash).not.toBe(r.contentHash);
  });
  it('produces an IndexResult document that validates', () => {
    const doc = toIndexResult(r);
    expect(IndexResult.safeParse(doc).success).toBe(true);
    expect(doc.units[2]).toMatchObject({ unit: 'C', ranks: { IDX: 1 } });
  });
  it('does not modify its inputs', () => {
    const data = clone(smallData);
    const spec = clone(smallSpec);
    run(spec, data);
    expect(data).toEqual(smallData);
    expect(spec).toEqual(smallSpec);
  });
});

describe('validation before computing', () => {
  it('rejects an unknown parent with a JSON pointer', () => {
    const spec = clone(smallSpec);
    spec.nodes[0]!.parent = 'NOPE';
    const r = runPipeline(spec, smallData);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid_spec') {
      expect(r.error.issues).toContainEqual(
        expect.objectContaining({ pointer: '/nodes/0/parent', code: 'unknown_parent' }),
      );
    } else throw new Error('expected invalid_spec');
  });
  it('rejects schema errors with a pointer', () => {
    const r = runPipeline(
      { ...smallSpec, steps: { normalise: { method: 'minmax', outputRange: [100, 0] } } },
      smallData,
    );
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid_spec')
      expect(r.error.issues[0]!.pointer).toBe('/steps/normalise/outputRange');
  });
  it('rejects a missing data column, located in the data', () => {
    const r = runPipeline(smallSpec, { ...smallData, values: { I1: [1, 2, 3, 4] } });
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid_data')
      expect(r.error.issues.map((i) => i.pointer)).toContain('/values/I2');
  });
  it('rejects goalposts normalisation without goalposts', () => {
    const r = runPipeline({ ...smallSpec, steps: { normalise: { method: 'goalposts' } } }, smallData);
    if (r.ok || r.error.code !== 'invalid_spec') throw new Error('expected invalid_spec');
    expect(r.error.issues).toContainEqual(
      expect.objectContaining({ pointer: '/nodes/0/goalposts', code: 'missing_goalposts' }),
    );
  });
  it('rejects a cycle-prone level layout and two roots', () => {
    const spec = clone(smallSpec);
    delete spec.nodes[4]!.parent;
    const r = runPipeline(spec, smallData);
    if (r.ok || r.error.code !== 'invalid_spec') throw new Error('expected invalid_spec');
    expect(r.error.issues.map((i) => i.code)).toContain('root_count');
  });
});

describe('screening and order', () => {
  it('drops units below datThresh and labels their cells', () => {
    const data = {
      ...smallData,
      values: { ...smallData.values, I2: [10, 20, 30, null], I3: [100, 200, 300, null] },
    };
    const spec: MethodologySpec = {
      ...smallSpec,
      steps: {
        ...smallSpec.steps,
        order: ['denominate', 'screen', 'impute', 'normalise', 'aggregate'],
        screen: { method: 'byNA', datThresh: 0.75 },
      },
    };
    const r = run(spec, data);
    expect(r.units).toEqual(['A', 'B', 'C']);
    expect(r.screening!.find((s) => s.unit === 'D')).toMatchObject({
      missing: 3,
      availability: 0.25,
      included: false,
      reason: 'low_availability',
    });
    expect(r.provenance).toContainEqual({ unit: 'D', code: 'I1', step: 'screen', label: 'screened-out' });
  });
});
