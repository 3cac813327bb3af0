import { indicators, observations, POLICY_SCORE_CODE, policyPillarScores, presets, scopeCountries } from '@dsc/datasets';
import { crossSectionRules, indexFromObservations, policyObservations, toIndexResult } from '@dsc/indicators';
import { describe, expect, it } from 'vitest';
import { loadEmbedded } from './embedded.js';
import { computeIndex } from './index-engine.js';
import { usablePresets } from './presets.js';

/**
 * `dsc index --dataset --preset <id>` reads the observations of the methodology's indicators, adds the policy score
 * from the assessments and calls `indexFromObservations` with the catalogue's cross-section rules (seed 1). The
 * planner must show the same scores and ranks.
 */
async function cliPath(id: string) {
  const spec = presets().find((p) => p.id === id)!;
  const codes = spec.nodes.filter((n) => n.type === 'indicator').map((n) => n.id);
  const stored = await observations({ iso3: scopeCountries, indicator: codes.filter((c) => c !== POLICY_SCORE_CODE) });
  if (!stored.ok) throw new Error(stored.error.code);
  const policy = codes.includes(POLICY_SCORE_CODE) ? policyObservations(policyPillarScores(), POLICY_SCORE_CODE) : [];
  const run = indexFromObservations(spec, [...stored.value, ...policy], { units: scopeCountries, rules: crossSectionRules(indicators()), seed: 1 });
  if (!run.ok) throw new Error(run.error.code);
  return { year: run.value.year, units: toIndexResult(run.value.result).units };
}

describe('the planner and `dsc index --dataset` prepare the index the same way', () => {
  it('gives identical scores and ranks for every preset on the embedded data', async () => {
    const data = await loadEmbedded();
    if ('error' in data) throw new Error(data.error);
    const usable = usablePresets(data.presets);
    expect(usable.map((p) => p.id).sort()).toEqual(['ddc', 'dsc-dmi', 'egdi']);
    for (const spec of usable) {
      const planner = computeIndex(spec, data.observations);
      if (!planner.ok) throw new Error(planner.reason);
      const view = planner.view;
      const cli = await cliPath(spec.id);
      expect(view.year, spec.id).toBe(cli.year);
      const aggregates = view.result.aggregates;
      expect(aggregates.length, spec.id).toBeGreaterThan(0);
      expect([...view.result.units].sort(), spec.id).toEqual(cli.units.map((u) => u.unit).sort());
      for (const u of cli.units)
        for (const a of aggregates) {
          expect(view.score(u.unit, a), `${spec.id} ${u.unit} ${a}`).toBe(u.scores[a]);
          expect(view.rank(u.unit, a), `${spec.id} ${u.unit} ${a}`).toBe(u.ranks[a]);
        }
    }
  }, 120_000); // loads every embedded observation: slow on a busy machine
});
