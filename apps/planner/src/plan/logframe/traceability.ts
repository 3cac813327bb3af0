import type { Plan, Recommendation, RecommendationSet } from '@dsc/domain';
import { isPublishable } from '@dsc/domain';
import type { QualityReport } from '@dsc/roadmap';
import { checkTraceability } from '@dsc/roadmap';

/** What the logframe shows of the traceability: each activity with the recommendations it serves, and the ones no activity serves. */
export type Traceability = {
  readonly activities: readonly { readonly id: string; readonly recommendations: readonly (Recommendation | string)[] }[];
  /** Published recommendations of the plan's countries (and regional ones) that no activity serves. */
  readonly withoutAction: readonly Recommendation[];
  readonly report: QualityReport;
};

/**
 * The traceability of a plan to a recommendation set (the same check as `dsc schedule --quality`): the activities
 * that serve recommendations, in plan order (an id the set does not hold stays a string), and the published
 * recommendations without an action, as the `trace.recommendation_without_action` findings list them.
 */
export function traceability(plan: Plan, set: RecommendationSet): Traceability {
  const byId = new Map(set.recommendations.filter(isPublishable).map((r) => [r.id, r]));
  const report = checkTraceability(plan, set);
  const activities = plan.activities
    .filter((a) => (a.recommendations ?? []).length > 0)
    .map((a) => ({ id: a.id, recommendations: (a.recommendations ?? []).map((id) => byId.get(id) ?? id) }));
  const withoutAction = report.findings
    .filter((f) => f.ruleId === 'trace.recommendation_without_action')
    .flatMap((f) => (f.subject !== undefined && byId.has(f.subject) ? [byId.get(f.subject)!] : []));
  return { activities, withoutAction, report };
}
