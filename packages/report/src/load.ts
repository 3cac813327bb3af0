import type { Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import {
  countries,
  indicators,
  initiatives,
  observations,
  POLICY_SCORE_CODE,
  policyAssessments,
  policyInstruments,
  policyPillarScores,
  policyRubric,
  preset,
  recommendations,
  samplePlan,
  scopeCountries,
  sources,
} from '@dsc/datasets';
import type { IndicatorError, PrepareError } from '@dsc/indicators';
import { crossSectionRules, indexFromObservations, policyObservations, rankIntervals } from '@dsc/indicators';
import pkg from '../package.json' with { type: 'json' };
import type { ReportData } from './data.js';
import { indexFigures } from './data.js';

/** Share of the rubric's criteria a country's verified scores must cover before the index uses its policy score. */
const POLICY_MIN_COVERAGE = 0.5;
/** The seed of the index run (the one `dsc index --dataset` uses by default). */
const SEED = 1;

export type ReportDataError =
  { readonly code: 'unknown_indicator'; readonly value: string } | PrepareError | IndicatorError;

/**
 * The report's data from the embedded datasets: the DSC Digital Maturity Index of the eight countries at the reference
 * year (computed as `dsc index --dataset` and the planner compute it) with its rank intervals, the policy assessments,
 * the illustrative roadmap and the licence register.
 */
export async function loadReportData(): Promise<Result<ReportData, ReportDataError>> {
  const spec = preset('dsc-dmi');
  const codes = spec.nodes.filter((n) => n.type === 'indicator').map((n) => n.id);
  const stored = await observations({
    iso3: scopeCountries,
    indicator: codes.filter((c) => c !== POLICY_SCORE_CODE),
  });
  if (!stored.ok) return err({ code: 'unknown_indicator', value: String(stored.error.value) });
  const pillarScores = policyPillarScores();
  const policy = policyObservations(pillarScores, POLICY_SCORE_CODE, { minCoverage: POLICY_MIN_COVERAGE });
  const run = indexFromObservations(spec, [...stored.value, ...policy], {
    units: scopeCountries,
    rules: crossSectionRules(indicators()),
    seed: SEED,
  });
  if (!run.ok) return run;
  const intervals = rankIntervals(run.value.spec, run.value.data);
  return ok({
    index: indexFigures(run.value, intervals.ok ? intervals.value : null),
    countries: countries().filter((c) => scopeCountries.includes(c.iso3)),
    rubric: policyRubric(),
    assessments: policyAssessments(),
    pillarScores,
    instruments: policyInstruments(),
    policyMinCoverage: POLICY_MIN_COVERAGE,
    initiatives: initiatives().map((i) => ({
      id: i.id,
      name: i.name,
      type: i.type,
      status: i.status,
      countries: i.countries,
      regional: i.regional,
      ...(i.sources[0] ? { url: i.sources[0].url } : {}),
    })),
    recommendations: recommendations().map((r) => ({
      id: r.id,
      title: r.title,
      text: r.text,
      level: r.level,
      priority: r.priority,
      status: r.review.status,
      targets: r.gaps.flatMap((g) =>
        g.kind === 'indicator' && g.reference === 'target'
          ? [{ indicator: g.indicator, value: g.referenceValue }]
          : [],
      ),
    })),
    plan: await samplePlan(),
    sources: sources(),
    toolkitVersion: pkg.version,
  });
}
