import type { PolicyAssessment } from '@dsc/domain';
import { policyScores } from '../observations.js';
import type { SourcedObservation } from './types.js';

/**
 * The policy score of each assessed country (see `policyScores`) as an observation of `indicator` in the year of the
 * assessment, so that a cross-section treats it like any other series (its catalogue rule, `latest-assessment`,
 * takes the latest one). Countries without a usable score get no observation.
 */
export function policyObservations(
  assessments: readonly PolicyAssessment[],
  indicator: string,
  source = 'policy-instruments',
): (SourcedObservation & { readonly asOf: string; readonly rubric: string })[] {
  return assessments.flatMap((a) => {
    const value = policyScores([a])[a.iso3];
    if (value === null || value === undefined) return [];
    return [{ iso3: a.iso3, indicator, year: Number(a.asOf.slice(0, 4)), value, status: 'A', source, asOf: a.asOf, rubric: a.rubric }];
  });
}
