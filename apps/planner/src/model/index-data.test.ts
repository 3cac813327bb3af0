import { describe, expect, it } from 'vitest';
import { bestYear, buildCrossSection, crossSectionSpec, latestYear } from './index-data.js';
import { bandOf } from './index-engine.js';
import type { AppObservation } from './types.js';

const o = (iso3: string, indicator: string, year: number, value: number, userData = false): AppObservation => ({
  iso3,
  indicator,
  year,
  value,
  unit: '%',
  status: 'A',
  source: 's',
  ...(userData ? { userData: true } : {}),
});

describe('buildCrossSection', () => {
  const obs = [o('KAZ', 'A', 2019, 1), o('KAZ', 'A', 2022, 2), o('KGZ', 'A', 2015, 9), o('KGZ', 'B', 2023, 5)];
  it('takes the latest value within the look-back and leaves older cells missing', () => {
    const cs = buildCrossSection(obs, ['KAZ', 'KGZ'], ['A', 'B'], 2022, 5);
    expect(cs.values.A).toEqual([2, null]);
    expect(cs.values.B).toEqual([null, null]);
    expect(cs.cells.get('KAZ|A')?.year).toBe(2022);
  });
  it('prefers user data for the same year', () => {
    const cs = buildCrossSection([...obs, o('KAZ', 'A', 2022, 7, true)], ['KAZ'], ['A'], 2022, 3);
    expect(cs.values.A).toEqual([7]);
    expect(cs.cells.get('KAZ|A')?.userData).toBe(true);
  });
  it('picks the reference year that fills the most cells', () => {
    const rows = [o('KAZ', 'A', 2020, 1), o('KGZ', 'A', 2020, 2), o('KAZ', 'B', 2020, 3), o('KAZ', 'P', 2026, 1)];
    expect(bestYear(rows, ['KAZ', 'KGZ'], ['A', 'B', 'P'], 3)).toBe(2020);
    expect(bestYear(rows, ['KAZ', 'KGZ'], ['A', 'B', 'P'], 6)).toBe(2026);
  });
  it('takes current-status indicators whatever their year', () => {
    const rows = [o('KAZ', 'A', 2020, 1), o('KAZ', 'P', 2026, 0.5)];
    expect(buildCrossSection(rows, ['KAZ'], ['A', 'P'], 2020, 3, new Set(['P'])).values.P).toEqual([0.5]);
    expect(buildCrossSection(rows, ['KAZ'], ['A', 'P'], 2020, 3).values.P).toEqual([null]);
  });
  it('finds the latest year of the chosen indicators', () => {
    expect(latestYear(obs, ['KAZ', 'KGZ'], ['A'])).toBe(2022);
    expect(latestYear(obs, ['AFG'], ['A'])).toBeUndefined();
  });
});

describe('crossSectionSpec', () => {
  it('removes a panel imputation step and keeps other steps', () => {
    const spec = {
      kind: 'methodology',
      schemaVersion: 1,
      id: 'x',
      version: '1',
      name: { en: 'x' },
      nodes: [{ id: 'A', level: 1, type: 'indicator' }],
      steps: { order: ['impute', 'normalise', 'aggregate'], impute: { method: 'latest', maxLag: 3 }, normalise: { method: 'minmax' } },
    } as never;
    const out = crossSectionSpec(spec) as unknown as { steps: Record<string, unknown> };
    expect(out.steps.impute).toBeUndefined();
    expect(out.steps.order).toEqual(['normalise', 'aggregate']);
    expect(out.steps.normalise).toEqual({ method: 'minmax' });
  });
});

describe('bandOf', () => {
  const bands = [
    { id: 'low', name: { en: 'Low' }, lower: 0, upper: 0.25 },
    { id: 'mid', name: { en: 'Middle' }, lower: 0.25, upper: 0.5 },
    { id: 'high', name: { en: 'High' }, lower: 0.5, upper: 1 },
  ];
  it('uses half-open bands with a closed top band', () => {
    expect(bandOf(bands, 0.25)?.id).toBe('mid');
    expect(bandOf(bands, 0.2499)?.id).toBe('low');
    expect(bandOf(bands, 1)?.id).toBe('high');
    expect(bandOf(bands, 1.2)).toBeUndefined();
    expect(bandOf(bands, null)).toBeUndefined();
  });
});
