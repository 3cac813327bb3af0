import type { PolicyAssessment } from './policy-assessment.js';
import type { AssessmentRubric, RubricLevel } from './policy-rubric.js';
import type { Result } from './result.js';
import { err, ok } from './result.js';

/** The policy pillar of one country, from verified scores only. */
export type PillarScore = {
  readonly iso3: string;
  /** Mean of level / 4 over the criteria with a verified level, in [0, 1]; null when none is verified. */
  readonly score: number | null;
  /** Criteria with a verified level / all criteria of the rubric. */
  readonly coverage: number;
  readonly scored: number;
  readonly total: number;
  /** The latest verification date among the scores used; null when none is verified. */
  readonly asOf: string | null;
  /** The verified level of each scored criterion. */
  readonly levels: Readonly<Record<string, RubricLevel>>;
};

export type PillarScoreError =
  | { code: 'rubric_mismatch'; iso3: string; expected: string; found: string }
  | { code: 'unknown_criterion'; iso3: string; criterion: string };

const MAX_LEVEL = 4;

/**
 * The pillar score of an assessment: only scores whose review status is `verified` count; when a criterion was
 * verified more than once, the latest verification stands. Drafts, submitted and disputed scores never count.
 */
export function pillarScore(assessment: PolicyAssessment, rubric: AssessmentRubric): Result<PillarScore, PillarScoreError> {
  const { iso3 } = assessment;
  if (assessment.rubric.id !== rubric.id || assessment.rubric.version !== rubric.version)
    return err({
      code: 'rubric_mismatch',
      iso3,
      expected: `${rubric.id}@${rubric.version}`,
      found: `${assessment.rubric.id}@${assessment.rubric.version}`,
    });
  const criteria = new Set(rubric.criteria.map((c) => c.id));
  const latest = new Map<string, { level: RubricLevel; date: string }>();
  for (const s of assessment.scores) {
    if (!criteria.has(s.criterion)) return err({ code: 'unknown_criterion', iso3, criterion: s.criterion });
    if (s.review.status !== 'verified') continue;
    const prev = latest.get(s.criterion);
    if (prev === undefined || s.review.date >= prev.date) latest.set(s.criterion, { level: s.level, date: s.review.date });
  }
  const used = [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const total = criteria.size;
  return ok({
    iso3,
    score: used.length === 0 ? null : used.reduce((t, [, v]) => t + v.level / MAX_LEVEL, 0) / used.length,
    coverage: total === 0 ? 0 : used.length / total,
    scored: used.length,
    total,
    asOf: used.length === 0 ? null : used.map(([, v]) => v.date).reduce((a, b) => (b > a ? b : a)),
    levels: Object.fromEntries(used.map(([c, v]) => [c, v.level])),
  });
}
