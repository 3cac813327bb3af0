import type { Plan, Recommendation, RecommendationSet } from '@dsc/domain';
import { isPublishable } from '@dsc/domain';
import type { QualityFinding, QualityMetric, QualityReport } from './quality.js';

/** True when an activity or a KPI of the plan names a recommendation it serves or measures. */
export const referencesRecommendations = (plan: Plan): boolean =>
  plan.activities.some((a) => (a.recommendations?.length ?? 0) > 0) || plan.kpis.some((k) => (k.recommendations?.length ?? 0) > 0);

/** A recommendation concerns the plan when it is regional or of one of the plan's countries (all, when it names none). */
const inScope = (plan: Plan, r: Recommendation): boolean =>
  r.level.scope === 'regional' || plan.countries.length === 0 || plan.countries.includes(r.level.country);

/**
 * The traceability of the plan, gap → recommendation → activity → KPI → indicator, against a recommendation set:
 * - `trace.unknown_recommendation` (error): an activity or KPI names a recommendation the set does not hold;
 * - `trace.unreviewed_recommendation` (error): … one that is a candidate or rejected (only accepted or edited ones
 *   may reach a plan);
 * - `trace.recommendation_without_action` (warning): a published recommendation of the plan's countries, or a
 *   regional one, that no activity serves (also a metric, threshold 0);
 * - `trace.kpi_indicator_mismatch` (warning): a KPI with an indicator and a country measures recommendations that
 *   answer indicator gaps, none of them on that indicator and country;
 * - `trace.kpi_indicator_without_baseline` (warning): a KPI with an indicator measures a recommendation without a baseline;
 * - `trace.recommendation_without_kpi` (info): a recommendation an activity serves that no KPI measures;
 * - `trace.action_without_gap` (info): a work activity (not a milestone or a summary) that serves no recommendation.
 */
export function checkTraceability(plan: Plan, set: RecommendationSet): QualityReport {
  const findings: QualityFinding[] = [];
  const byId = new Map(set.recommendations.map((r) => [r.id, r]));
  const served = new Set<string>();
  const measured = new Set<string>();
  const resolve = (ids: readonly string[] | undefined, at: string, subject: string): Recommendation[] =>
    (ids ?? []).flatMap((id, k) => {
      const r = byId.get(id);
      if (r === undefined) findings.push({ ruleId: 'trace.unknown_recommendation', severity: 'error', pointer: `${at}/recommendations/${k}`, subject, value: id });
      else if (!isPublishable(r))
        findings.push({ ruleId: 'trace.unreviewed_recommendation', severity: 'error', pointer: `${at}/recommendations/${k}`, subject, value: id });
      return r !== undefined && isPublishable(r) ? [r] : [];
    });
  const parents = new Set(plan.activities.flatMap((a) => (a.parent !== undefined ? [a.parent] : [])));
  plan.activities.forEach((a, i) => {
    for (const r of resolve(a.recommendations, `/activities/${i}`, a.id)) served.add(r.id);
    if ((a.recommendations ?? []).length === 0 && !a.milestone && a.duration > 0 && !parents.has(a.id))
      findings.push({ ruleId: 'trace.action_without_gap', severity: 'info', pointer: `/activities/${i}`, subject: a.id });
  });
  plan.kpis.forEach((k, i) => {
    const recs = resolve(k.recommendations, `/kpis/${i}`, k.id);
    for (const r of recs) measured.add(r.id);
    if (recs.length === 0 || k.indicator === undefined) return;
    if (!k.baseline) findings.push({ ruleId: 'trace.kpi_indicator_without_baseline', severity: 'warning', pointer: `/kpis/${i}/baseline`, subject: k.id });
    const gaps = recs.flatMap((r) => r.gaps.filter((g) => g.kind === 'indicator'));
    if (k.country !== undefined && gaps.length > 0 && !gaps.some((g) => g.indicator === k.indicator && g.country === k.country))
      findings.push({ ruleId: 'trace.kpi_indicator_mismatch', severity: 'warning', pointer: `/kpis/${i}/indicator`, subject: k.id, value: k.indicator });
  });
  const relevant = set.recommendations.filter((r) => isPublishable(r) && inScope(plan, r));
  let without = 0;
  for (const r of relevant) {
    if (!served.has(r.id)) {
      without++;
      findings.push({ ruleId: 'trace.recommendation_without_action', severity: 'warning', pointer: '/activities', subject: r.id });
    } else if (!measured.has(r.id)) findings.push({ ruleId: 'trace.recommendation_without_kpi', severity: 'info', pointer: '/kpis', subject: r.id });
  }
  const ratio = relevant.length === 0 ? 0 : without / relevant.length;
  const metrics: QualityMetric[] = [
    { ruleId: 'trace.recommendation_without_action', count: without, total: relevant.length, ratio, threshold: 0, pass: without === 0 },
  ];
  return {
    metrics,
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
