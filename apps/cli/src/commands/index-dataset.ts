import type { MethodologySpec, Result } from '@dsc/domain';
import { err } from '@dsc/domain';
import {
  indicators,
  observations,
  POLICY_SCORE_CODE,
  policyPillarScores,
  scopeCountries,
} from '@dsc/datasets';
import type { IndexRun, IndicatorError, PrepareError } from '@dsc/indicators';
import { compileSpec, crossSectionRules, indexFromObservations, policyObservations } from '@dsc/indicators';
import { POLICY_MIN_COVERAGE } from './policy-coverage.js';

export type DatasetIndexError =
  | { readonly code: 'unknown_indicator'; readonly value: string }
  | PrepareError
  | IndicatorError;

/**
 * `dsc index --dataset`: the index of a methodology on the embedded observations of the eight countries, prepared
 * the way the planner prepares it (`indexFromObservations`: the methodology's look-back, the reference year, each
 * indicator's cross-section rule from the catalogue, the policy score from the verified assessments, every country's index
 * on the same pillars).
 */
export async function datasetIndex(
  spec: unknown,
  options: { readonly year?: number | undefined; readonly lookBack?: number | undefined; readonly seed: number },
): Promise<Result<IndexRun, DatasetIndexError>> {
  const compiled = compileSpec(spec);
  if (!compiled.ok) return compiled;
  const methodology: MethodologySpec = compiled.value.spec;
  const codes = methodology.nodes.filter((n) => n.type === 'indicator').map((n) => n.id);
  const stored = await observations({ iso3: scopeCountries, indicator: codes.filter((c) => c !== POLICY_SCORE_CODE) });
  if (!stored.ok) return err({ code: 'unknown_indicator', value: String(stored.error.value) });
  const policy = codes.includes(POLICY_SCORE_CODE)
    ? policyObservations(policyPillarScores(), POLICY_SCORE_CODE, { minCoverage: POLICY_MIN_COVERAGE })
    : [];
  const { year, lookBack, seed } = options;
  return indexFromObservations(methodology, [...stored.value, ...policy], {
    units: scopeCountries,
    rules: crossSectionRules(indicators()),
    seed,
    ...(year !== undefined ? { year } : {}),
    ...(lookBack !== undefined ? { lookBack } : {}),
  });
}
