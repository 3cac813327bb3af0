import type { PlanInput, RecommendationSet } from '@dsc/domain';
import { Plan } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { checkTraceability, referencesRecommendations } from './trace.js';

const review = { status: 'accepted', reviewer: 'R', date: '2026-12-07' } as const;
const text = { en: 'T', ru: 'Т', kk: 'Т' };
const rec = (id: string, country: string | undefined, gaps: RecommendationSet['recommendations'][number]['gaps'], r: RecommendationSet['recommendations'][number]['review'] = review) => ({
  id,
  level: country === undefined ? ({ scope: 'regional' } as const) : ({ scope: 'national', country } as const),
  gaps,
  priority: 'high' as const,
  horizon: { term: 'medium' as const, from: 2027, to: 2031 },
  actors: [],
  initiatives: [],
  title: text,
  text,
  review: r,
});
const igap = (country: string, indicator: string) => ({ kind: 'indicator' as const, indicator, country, value: 1, year: 2024, reference: 'peers' as const, referenceValue: 2, referenceSource: 's' });
const pgap = (country: string) => ({ kind: 'policy' as const, country, criterion: 'c', level: 2, required: 3 });
const set: RecommendationSet = {
  kind: 'recommendation-set',
  schemaVersion: 1,
  id: 's',
  title: text,
  recommendations: [
    rec('r-kgz', 'KGZ', [igap('KGZ', 'X')]),
    rec('r-reg', undefined, [pgap('KGZ'), pgap('TJK')]),
    rec('r-tjk', 'TJK', [pgap('TJK')]),
    rec('r-uzb', 'UZB', [pgap('UZB')]), // outside the plan's countries
    rec('r-cand', 'KGZ', [pgap('KGZ')], { status: 'candidate' }),
  ],
};
const plan = (over: Partial<PlanInput> = {}) =>
  Plan.parse({
    kind: 'plan',
    schemaVersion: 2,
    id: 'p',
    title: { en: 'P' },
    start: '2027-01-04',
    countries: ['KGZ', 'TJK'],
    activities: [
      { id: 'a1', name: { en: 'A1' }, duration: 5, recommendations: ['r-kgz', 'r-reg'] },
      { id: 'a2', name: { en: 'A2' }, duration: 5, recommendations: ['r-tjk'] },
      { id: 'a3', name: { en: 'A3' }, duration: 5 },
      { id: 'm', name: { en: 'M' }, duration: 0, milestone: true },
    ],
    kpis: [
      { id: 'k1', name: { en: 'K1' }, indicator: 'X', country: 'KGZ', baseline: { value: 1, year: 2024 }, recommendations: ['r-kgz'] },
      { id: 'k2', name: { en: 'K2' }, recommendations: ['r-reg', 'r-tjk'] },
    ],
    ...over,
  });
const rules = (p: Plan) => checkTraceability(p, set).findings.map((f) => [f.ruleId, f.severity, f.pointer, f.subject, f.value]);

describe('checkTraceability', () => {
  it('follows gap → recommendation → activity → KPI → indicator; only work activities without a recommendation are noted', () => {
    const p = plan();
    expect(referencesRecommendations(p)).toBe(true);
    expect(rules(p)).toEqual([['trace.action_without_gap', 'info', '/activities/2', 'a3', undefined]]);
    const r = checkTraceability(p, set);
    expect([r.errors, r.warnings]).toEqual([0, 0]);
    expect(r.metrics).toEqual([{ ruleId: 'trace.recommendation_without_action', count: 0, total: 3, ratio: 0, threshold: 0, pass: true }]);
  });

  it('reports unknown and unreviewed recommendations as errors, and published ones no activity serves', () => {
    const p = plan({
      activities: [
        { id: 'a1', name: { en: 'A1' }, duration: 5, recommendations: ['r-kgz', 'r-nope', 'r-cand'] },
        { id: 'a2', name: { en: 'A2' }, duration: 5, recommendations: ['r-tjk'] },
      ],
    });
    expect(rules(p)).toEqual([
      ['trace.unknown_recommendation', 'error', '/activities/0/recommendations/1', 'a1', 'r-nope'],
      ['trace.unreviewed_recommendation', 'error', '/activities/0/recommendations/2', 'a1', 'r-cand'],
      ['trace.recommendation_without_action', 'warning', '/activities', 'r-reg', undefined],
    ]);
    const m = checkTraceability(p, set).metrics[0]!;
    expect([m.count, m.total, m.pass]).toEqual([1, 3, false]);
  });

  it('checks that a KPI measures a gap of its recommendations, with a baseline; notes recommendations no KPI measures', () => {
    const p = plan({
      kpis: [
        { id: 'k1', name: { en: 'K1' }, indicator: 'Y', country: 'KGZ', recommendations: ['r-kgz'] },
        { id: 'k2', name: { en: 'K2' }, recommendations: ['r-reg'] },
      ],
    });
    expect(rules(p)).toEqual([
      ['trace.action_without_gap', 'info', '/activities/2', 'a3', undefined],
      ['trace.kpi_indicator_without_baseline', 'warning', '/kpis/0/baseline', 'k1', undefined],
      ['trace.kpi_indicator_mismatch', 'warning', '/kpis/0/indicator', 'k1', 'Y'],
      ['trace.recommendation_without_kpi', 'info', '/kpis', 'r-tjk', undefined],
    ]);
  });

  it('knows a plan that names no recommendation', () => {
    expect(referencesRecommendations(plan({ activities: [], kpis: [] }))).toBe(false);
  });
});
