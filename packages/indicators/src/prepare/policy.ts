import type { PillarScore } from '@dsc/domain';
import type { SourcedObservation } from './types.js';

/** Share of the rubric's criteria a country's verified scores must cover for its policy score to count. */
const MIN_COVERAGE = 0.5;

/**
 * The policy pillar score of each assessed country (`pillarScore` of @dsc/domain: verified levels only) as an
 * observation of `indicator` dated by the latest verification, so that a cross-section treats it like any other
 * series (its catalogue rule, `latest-assessment`, takes the latest one). A country without a score, or whose
 * verified scores cover less than `minCoverage` of the criteria (default one half), gets no observation: a score
 * from two or three criteria would not describe the framework.
 */
export function policyObservations(
  scores: readonly Pick<PillarScore, 'iso3' | 'score' | 'coverage' | 'asOf'>[],
  indicator: string,
  options: { readonly source?: string; readonly minCoverage?: number } = {},
): (SourcedObservation & { readonly asOf: string })[] {
  const source = options.source ?? 'policy-instruments';
  const minCoverage = options.minCoverage ?? MIN_COVERAGE;
  return scores.flatMap(({ iso3, score, coverage, asOf }) =>
    score === null || asOf === null || coverage < minCoverage
      ? []
      : [{ iso3, indicator, year: Number(asOf.slice(0, 4)), value: score, status: 'A', source, asOf }],
  );
}
