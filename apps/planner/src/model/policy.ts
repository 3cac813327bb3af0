import type {
  AssessmentGap,
  AssessmentRubric,
  CriterionScore,
  LevelDescriptor,
  PillarScore,
  PolicyArea,
  PolicyAssessment,
  RubricCriterion,
} from '@dsc/domain';
import { pillarScore } from '@dsc/domain';

/**
 * Share of the rubric's criteria a country's verified scores must cover before the index uses its policy score.
 * The planner passes it to `policyObservations` (whose default is the same half), so the rule shown is the rule applied.
 */
export const POLICY_MIN_COVERAGE = 0.5;

/** The three areas of the rubric, in the order the profile and the methodology list them. */
export const POLICY_AREAS: readonly PolicyArea[] = ['policy', 'regulatory', 'institutional'];

/** Where a criterion stands for one country: the review status of the score that stands, or unscored. */
export type CriterionStatus = 'verified' | 'submitted' | 'draft' | 'disputed' | 'unscored';

export interface CriterionRow {
  readonly criterion: RubricCriterion;
  readonly status: CriterionStatus;
  /** The score that stands: the latest verified one, else the latest recorded. */
  readonly score?: CriterionScore;
  /** The descriptor of the score's level on the criterion's scale. */
  readonly descriptor?: LevelDescriptor;
  /** For an unscored criterion: what was looked for, and where. */
  readonly gap?: AssessmentGap;
}

const dateOf = (s: CriterionScore): string => ('date' in s.review ? s.review.date : s.date);
const later = (a: CriterionScore, b: CriterionScore): CriterionScore => (dateOf(b) >= dateOf(a) ? b : a);

/** The score that stands for a criterion: the latest verification if there is one, else the latest score recorded. */
export function standingScore(scores: readonly CriterionScore[]): CriterionScore | undefined {
  const verified = scores.filter((s) => s.review.status === 'verified');
  const pool = verified.length > 0 ? verified : scores;
  return pool.reduce<CriterionScore | undefined>((best, s) => (best === undefined ? s : later(best, s)), undefined);
}

/** One row per criterion of the rubric (rubric order) with the country's standing score, or its gap note. */
export function criterionRows(rubric: AssessmentRubric, assessment: PolicyAssessment | undefined): CriterionRow[] {
  return rubric.criteria.map((criterion) => {
    const score = standingScore((assessment?.scores ?? []).filter((s) => s.criterion === criterion.id));
    if (score === undefined) {
      const gap = assessment?.gaps?.find((g) => g.criterion === criterion.id);
      return { criterion, status: 'unscored', ...(gap ? { gap } : {}) };
    }
    const descriptor = rubric.scales[criterion.scale]?.find((l) => l.level === score.level);
    return { criterion, status: score.review.status, score, ...(descriptor ? { descriptor } : {}) };
  });
}

/** The pillar score of a country (verified scores only), or undefined when it has no assessment against this rubric. */
export function pillarOf(rubric: AssessmentRubric, assessment: PolicyAssessment | undefined): PillarScore | undefined {
  if (assessment === undefined) return undefined;
  const r = pillarScore(assessment, rubric);
  return r.ok ? r.value : undefined;
}

/** Whether the index uses a country's policy score: some verified score, and coverage at least `POLICY_MIN_COVERAGE`. */
export const inIndex = (p: PillarScore | undefined): boolean =>
  p !== undefined && p.score !== null && p.coverage >= POLICY_MIN_COVERAGE;
