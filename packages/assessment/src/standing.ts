import type { CriterionScore, PolicyAssessment } from '@dsc/domain';

/**
 * The score that stands for a criterion: the latest verified one (a later review replaces an earlier one), or,
 * when none is verified, the latest score of any status. Undefined when the criterion is not scored.
 */
export function standingScore(assessment: PolicyAssessment, criterion: string): CriterionScore | undefined {
  const scores = assessment.scores.filter((s) => s.criterion === criterion);
  const verified = scores.filter((s) => s.review.status === 'verified');
  return (verified.length > 0 ? verified : scores).at(-1);
}

/** The URLs (or, without one, the locators) of a score's evidence, one per line. */
export const evidenceText = (score: CriterionScore): string =>
  score.evidence
    .map((e) => e.url ?? e.locator ?? e.instruments.join(', '))
    .filter((s) => s !== '')
    .join('\n');
