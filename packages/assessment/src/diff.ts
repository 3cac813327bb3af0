import type { PolicyAssessment, ReviewStatus } from '@dsc/domain';
import { standingScore } from './standing.js';

/** A level with the review status it has. */
export type LevelState = { readonly level: number; readonly status: ReviewStatus };

/** One change a submission makes to an assessment, for review. */
export type AssessmentChange = {
  readonly criterion: string;
  /** The score that stood before; undefined when the criterion was not scored. */
  readonly from?: LevelState;
  /** The score the submission adds. */
  readonly to: LevelState;
  readonly assessor: string;
  readonly date: string;
  /** URLs of the new score's evidence that the standing score did not cite. */
  readonly evidenceAdded: readonly string[];
};

const key = (value: unknown): string => JSON.stringify(value);

/**
 * The scores `next` adds to `current`, one change per added score in the order of `next`: the criterion, the level
 * and review status that stood before (the latest verified score, else the latest of any status) and the new ones,
 * and the evidence URLs it adds. Scores present in both are not changes.
 */
export function diffAssessment(current: PolicyAssessment, next: PolicyAssessment): readonly AssessmentChange[] {
  const before = new Map<string, number>();
  for (const s of current.scores) before.set(key(s), (before.get(key(s)) ?? 0) + 1);
  const changes: AssessmentChange[] = [];
  for (const s of next.scores) {
    const n = before.get(key(s)) ?? 0;
    if (n > 0) {
      before.set(key(s), n - 1);
      continue;
    }
    const old = standingScore(current, s.criterion);
    const cited = new Set((old?.evidence ?? []).map((e) => e.url));
    const added = s.evidence.map((e) => e.url).filter((u): u is string => u !== undefined && !cited.has(u));
    changes.push({
      criterion: s.criterion,
      ...(old === undefined ? {} : { from: { level: old.level, status: old.review.status } }),
      to: { level: s.level, status: s.review.status },
      assessor: s.assessor,
      date: s.date,
      evidenceAdded: [...new Set(added)],
    });
  }
  return changes;
}
