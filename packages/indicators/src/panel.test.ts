import { describe, expect, it } from 'vitest';
import type { MethodologySpec } from '@dsc/domain';
import { column } from './pipeline.js';
import { runPanel } from './panel.js';

const spec = (scope: 'year' | 'panel'): MethodologySpec => ({
  kind: 'methodology',
  schemaVersion: 1,
  id: 'p',
  version: '1',
  name: { en: 'P' },
  nodes: [
    { id: 'A', parent: 'I', level: 1, type: 'indicator', weight: 1 },
    { id: 'B', parent: 'I', level: 1, type: 'indicator', weight: 1, direction: -1 },
    { id: 'I', level: 2, type: 'aggregate' },
  ],
  steps: {
    impute: { method: 'mean' },
    normalise: { method: 'minmax', scope, outputRange: [0, 100] },
    aggregate: { method: 'arithmetic' },
  },
});
const years = [
  { units: ['X', 'Y'], time: 2020, values: { A: [0, 10], B: [5, 10] } },
  { units: ['X', 'Y'], time: 2021, values: { A: [10, 20], B: [0, null] } },
];

describe('panel runs', () => {
  it('scope panel: min and max over all years, so progress shows over time', () => {
    const r = runPanel(spec('panel'), years);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    // A pooled range 0..20; B pooled range 0..10 (lower is better); 2021 Y's B imputed by the 2021 mean (0)
    expect(column(r.value[0]!.stages.Normalised!, 'A')).toEqual([0, 50]);
    expect(column(r.value[1]!.stages.Normalised!, 'A')).toEqual([50, 100]);
    expect(column(r.value[0]!.stages.Normalised!, 'B')).toEqual([50, 0]);
    expect(column(r.value[1]!.stages.Aggregated, 'I')).toEqual([75, 100]);
    expect(r.value[0]!.contentHash).toBe(r.value[1]!.contentHash);
    expect(r.value[1]!.provenance).toContainEqual({
      unit: 'Y',
      code: 'B',
      step: 'impute',
      label: 'imputed:mean',
    });
  });
  it('scope year: each year on its own', () => {
    const r = runPanel(spec('year'), years);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(column(r.value[1]!.stages.Normalised!, 'A')).toEqual([0, 100]);
  });
});
