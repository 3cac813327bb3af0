import type { MethodologySpec } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline.js';
import { partialPillars, runComparable } from './comparable.js';
import { crossSection, crossSectionRules, referenceYear } from './cross-section.js';
import { crossSectionSpec, lookBackOf } from './look-back.js';
import { policyObservations } from './policy.js';
import { indexFromObservations, prepareIndex } from './prepare.js';
import type { SourcedObservation } from './types.js';

const o = (iso3: string, indicator: string, year: number, value: number, userData = false): SourcedObservation => ({
  iso3,
  indicator,
  year,
  value,
  status: 'A',
  source: 's',
  ...(userData ? { userData: true } : {}),
});

const goal = { min: 0, max: 100, rationale: 'test' };
/** Two pillars (P1: a; P2: b, p) under I; `p` is an assessment. */
const spec = {
  kind: 'methodology',
  schemaVersion: 1,
  id: 't',
  version: '1',
  name: { en: 't' },
  nodes: [
    { id: 'a', parent: 'P1', level: 1, type: 'indicator', direction: 1, weight: 1, goalposts: goal },
    { id: 'b', parent: 'P2', level: 1, type: 'indicator', direction: 1, weight: 1, goalposts: goal },
    { id: 'P1', parent: 'I', level: 2, type: 'aggregate', weight: 1 },
    { id: 'P2', parent: 'I', level: 2, type: 'aggregate', weight: 1 },
    { id: 'I', level: 3, type: 'aggregate' },
  ],
  steps: {
    order: ['normalise', 'aggregate'],
    normalise: { method: 'goalposts', outputRange: [0, 100] },
    aggregate: { method: 'arithmetic', levels: { '3': { method: 'arithmetic', datThresh: 0.5 } } },
  },
} as const satisfies MethodologySpec;

describe('crossSection', () => {
  const obs = [o('KAZ', 'A', 2019, 1), o('KAZ', 'A', 2022, 2), o('KGZ', 'A', 2015, 9), o('KGZ', 'B', 2023, 5)];
  it('takes the latest value within the look-back, leaves older and later cells missing and lists looked-back cells', () => {
    const cs = crossSection(obs, { units: ['KAZ', 'KGZ'], indicators: ['A', 'B'], year: 2022, lookBack: 5 });
    if (!cs.ok) throw new Error(cs.error.code);
    expect(cs.value.values).toEqual({ A: [2, null], B: [null, null] });
    expect(cs.value.cells.get('KAZ|A')?.year).toBe(2022);
    const back = crossSection(obs, { units: ['KAZ'], indicators: ['A'], year: 2021, lookBack: 3 });
    expect(back.ok && back.value.lookedBack).toEqual([{ unit: 'KAZ', indicator: 'A', year: 2021, fromYear: 2019 }]);
  });
  it('prefers a user figure for the same year', () => {
    const cs = crossSection([...obs, o('KAZ', 'A', 2022, 7, true)], { units: ['KAZ'], indicators: ['A'], year: 2022, lookBack: 3 });
    expect(cs.ok && cs.value.values.A).toEqual([7]);
    expect(cs.ok && cs.value.cells.get('KAZ|A')?.userData).toBe(true);
  });
  it('takes a latest-assessment indicator whatever its year', () => {
    const rows = [o('KAZ', 'A', 2020, 1), o('KAZ', 'P', 2026, 0.5)];
    const rules = crossSectionRules([{ code: 'P', crossSection: 'latest-assessment' }, { code: 'A' }]);
    const opts = { units: ['KAZ'], indicators: ['A', 'P'], year: 2020, lookBack: 3 };
    const withRule = crossSection(rows, { ...opts, rules });
    expect(withRule.ok && withRule.value.values.P).toEqual([0.5]);
    expect(withRule.ok && withRule.value.lookedBack).toEqual([]);
    const without = crossSection(rows, opts);
    expect(without.ok && without.value.values.P).toEqual([null]);
  });
  it('refuses a negative or fractional look-back and a fractional year', () => {
    const base = { units: ['KAZ'], indicators: ['A'] };
    expect(crossSection(obs, { ...base, year: 2022, lookBack: -1 })).toEqual({ ok: false, error: { code: 'invalid_look_back', value: -1 } });
    expect(crossSection(obs, { ...base, year: 2022.5, lookBack: 1 })).toEqual({ ok: false, error: { code: 'invalid_year', value: 2022.5 } });
  });
});

describe('referenceYear', () => {
  const rules = crossSectionRules([{ code: 'P', crossSection: 'latest-assessment' }]);
  // One country released 2026 early; everything else is 2020.
  const rows = [o('KAZ', 'A', 2020, 1), o('KGZ', 'A', 2020, 2), o('KAZ', 'B', 2020, 3), o('KGZ', 'B', 2026, 4), o('KAZ', 'P', 2027, 1)];
  const units = ['KAZ', 'KGZ'];
  it('is the latest year that fills 95 % of the best fill, not the latest year with any value', () => {
    expect(referenceYear(rows, { units, indicators: ['A', 'B', 'P'], lookBack: 3, rules })).toBe(2020);
    // The latest year with any value (the old `dsc index --dataset` default) keeps one cell of four.
    const latest = Math.max(...rows.filter((r) => r.indicator !== 'P').map((r) => r.year));
    const cs = crossSection(rows, { units, indicators: ['A', 'B'], year: latest, lookBack: 3 });
    expect(cs.ok && cs.value.cells.size).toBe(1);
    expect(referenceYear(rows, { units, indicators: ['A', 'B', 'P'], lookBack: 6, rules })).toBe(2026);
  });
  it('ignores latest-assessment indicators and has no year without dated observations', () => {
    expect(referenceYear([o('KAZ', 'P', 2027, 1)], { units, indicators: ['P'], lookBack: 3, rules })).toBeUndefined();
  });
});

describe('look-back of a methodology', () => {
  it('is the panel step maxLag, else 3; the panel step leaves the spec that runs on the cross-section', () => {
    const panel = { ...spec, steps: { ...spec.steps, order: ['impute', 'normalise', 'aggregate'], impute: { method: 'latest', maxLag: 5 } } } as unknown as MethodologySpec;
    expect(lookBackOf(panel)).toBe(5);
    expect(lookBackOf(spec)).toBe(3);
    const out = crossSectionSpec(panel).steps as Record<string, unknown>;
    expect(out['impute']).toBeUndefined();
    expect(out['order']).toEqual(['normalise', 'aggregate']);
    expect(crossSectionSpec(spec)).toBe(spec);
  });
});

describe('runComparable', () => {
  const data = { units: ['KAZ', 'KGZ', 'UZB'], values: { a: [80, 40, 70], b: [null, null, 100] } };
  it('leaves out a pillar that only some ranked units have, so that every index rests on the same pillars', () => {
    // The engine alone renormalises: UZB's index mixes P2 in, the others' do not, and UZB outranks KAZ.
    const plain = runPipeline(spec, data);
    if (!plain.ok) throw new Error(plain.error.code);
    expect(Array.from(plain.value.ranks['I']!)).toEqual([2, 3, 1]);
    expect(partialPillars(spec, plain.value)).toEqual([{ node: 'P2', scored: ['UZB'], of: 3 }]);
    const r = runComparable(spec, data);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.excluded).toEqual([{ node: 'P2', scored: ['UZB'], of: 3 }]);
    expect(r.value.spec.nodes.find((n) => n.id === 'P2')?.weight).toBe(0);
    expect(Array.from(r.value.result.ranks['I']!)).toEqual([1, 3, 2]);
    const i = r.value.result.stages.Aggregated.codes.indexOf('P2');
    expect(r.value.result.stages.Aggregated.columns[i]![2]).toBe(100);
  });
  it('runs once when every ranked unit has every pillar', () => {
    const r = runComparable(spec, { units: ['KAZ', 'KGZ'], values: { a: [80, 40], b: [10, 20] } });
    expect(r.ok && r.value.excluded).toEqual([]);
    expect(r.ok && r.value.spec).toBe(spec);
  });
});

describe('prepareIndex and indexFromObservations', () => {
  const units = ['KAZ', 'KGZ', 'UZB'];
  const rules = crossSectionRules([{ code: 'b', crossSection: 'latest-assessment' }]);
  const rows = [o('KAZ', 'a', 2023, 80), o('KGZ', 'a', 2022, 40), o('UZB', 'a', 2023, 60), o('KAZ', 'b', 2025, 50), o('KGZ', 'b', 2019, 30), o('UZB', 'b', 2025, 70)];
  it('chooses the year, takes the assessment whatever its year and runs like with like', () => {
    const r = indexFromObservations(spec, rows, { units, rules });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.year).toBe(2023);
    expect(r.value.lookBack).toBe(3);
    expect(r.value.data.values).toEqual({ a: [80, 40, 60], b: [50, 30, 70] });
    expect(r.value.cross.lookedBack).toEqual([{ unit: 'KGZ', indicator: 'a', year: 2023, fromYear: 2022 }]);
    expect(r.value.excluded).toEqual([]);
  });
  it('reports a year without observations with the years that have some', () => {
    expect(prepareIndex(spec, rows, { units, rules, year: 2010 })).toEqual({
      ok: false,
      error: { code: 'no_observations', year: 2010, lookBack: 3, years: [2022, 2023] },
    });
    expect(prepareIndex(spec, [], { units })).toEqual({ ok: false, error: { code: 'no_observations', year: null, lookBack: 3, years: [] } });
    expect(prepareIndex(spec, rows, { units, lookBack: -2 })).toEqual({ ok: false, error: { code: 'invalid_look_back', value: -2 } });
  });
});

describe('policyObservations', () => {
  it('turns each usable pillar score into an observation dated by its latest verification', () => {
    const out = policyObservations(
      [
        { iso3: 'KAZ', score: 0.75, coverage: 0.6, asOf: '2025-06-30' },
        { iso3: 'KGZ', score: null, coverage: 0, asOf: null },
        { iso3: 'UZB', score: 1, coverage: 0.25, asOf: '2025-01-10' },
      ],
      'PRI',
    );
    expect(out.map(({ iso3, indicator, year, value }) => ({ iso3, indicator, year, value }))).toEqual([
      { iso3: 'KAZ', indicator: 'PRI', year: 2025, value: 0.75 },
    ]);
  });
});
