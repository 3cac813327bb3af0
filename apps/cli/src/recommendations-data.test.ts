import { indicators, observations, policyPillarScores, recommendationSet, scopeCountries } from '@dsc/datasets';
import { gapAnalysis } from '@dsc/indicators';
import { describe, expect, it } from 'vitest';

// The packaged recommendations (@dsc/datasets) answer gaps that the gap analysis (@dsc/indicators) computes from the
// packaged data: every gap stored is one the analysis lists, with the same value, year and reference value.
describe('the packaged recommendations', () => {
  it('answer gaps the analysis computes from the packaged data, value for value', async () => {
    const catalogue = indicators().filter((i) => i.pillar !== undefined && i.code !== 'PRI');
    const obs = await observations({ iso3: [...scopeCountries], indicator: catalogue.map((i) => i.code) });
    if (!obs.ok) throw new Error(obs.error.code);
    const r = gapAnalysis({
      units: scopeCountries,
      indicators: catalogue.map((i) => ({ code: i.code, direction: i.direction, target: i.target })),
      observations: obs.value,
      policy: policyPillarScores(),
    });
    if (!r.ok) throw new Error(r.error.code);
    const computed = [...r.value.indicator, ...r.value.policy];
    const stored = recommendationSet().recommendations.flatMap((rec) => rec.gaps);
    expect(stored.length).toBeGreaterThan(0);
    for (const g of stored) expect(computed, JSON.stringify(g)).toContainEqual(g);
  });
});
