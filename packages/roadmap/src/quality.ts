import type { Plan, Severity } from '@dsc/domain';
import type { PlanSchedule } from './plan-schedule.js';
import { activityCalendars, planCalendar, planToNetwork, schedulePlan } from './plan-schedule.js';
import { createIncrementalSchedule } from './incremental.js';

/** Rule identifiers of the schedule-quality and logframe checks (stable, like error codes). */
export type QualityRuleId =
  | 'schedule.unschedulable'
  | 'dcma.missing_logic'
  | 'dcma.leads'
  | 'dcma.lags'
  | 'dcma.relationship_types'
  | 'dcma.hard_constraints'
  | 'dcma.high_float'
  | 'dcma.negative_float'
  | 'dcma.high_duration'
  | 'dcma.invalid_dates'
  | 'dcma.resources'
  | 'dcma.baseline_slip'
  | 'dcma.critical_path_test'
  | 'schedule.open_end'
  | 'schedule.activity_calendar'
  | 'logframe.activity_without_output'
  | 'logframe.output_without_outcome'
  | 'logframe.outcome_without_goal'
  | 'logframe.unknown_reference'
  | 'logframe.result_without_indicator'
  | 'logframe.indicator_without_baseline'
  | 'logframe.indicator_without_target'
  | 'logframe.risk_without_mitigation'
  | 'concept_note.objectives'
  | 'concept_note.outcomes'
  | 'concept_note.indicators_per_outcome'
  | 'budget.orphan_line'
  | 'budget.unknown_funding_source'
  | 'budget.calculation_mismatch'
  | 'trace.unknown_recommendation'
  | 'trace.unreviewed_recommendation'
  | 'trace.recommendation_without_action'
  | 'trace.recommendation_without_kpi'
  | 'trace.action_without_gap'
  | 'trace.kpi_indicator_mismatch'
  | 'trace.kpi_indicator_without_baseline';

export type QualityFinding = {
  readonly ruleId: QualityRuleId;
  readonly severity: Severity;
  /** JSON pointer into the plan. */
  readonly pointer: string;
  /** The activity, result node, KPI, risk or budget line concerned. */
  readonly subject?: string;
  /** A number or text the rule measured (float, duration, count, …). */
  readonly value?: number | string;
  readonly limit?: number;
};

/** One DCMA-style metric: how many of how many, against a threshold ratio. */
export type QualityMetric = {
  readonly ruleId: QualityRuleId;
  readonly count: number;
  readonly total: number;
  readonly ratio: number;
  /** Highest ratio allowed (or lowest, for `dcma.relationship_types`). */
  readonly threshold: number;
  readonly pass: boolean;
};

export type QualityReport = {
  readonly metrics: readonly QualityMetric[];
  readonly findings: readonly QualityFinding[];
  readonly errors: number;
  readonly warnings: number;
};

/** Thresholds of the DCMA-style check (DCMA 14-point assessment defaults; durations in working periods). */
export type ScheduleCheckOptions = {
  readonly maxMissingLogic?: number;
  readonly maxLagShare?: number;
  readonly minFsShare?: number;
  readonly maxHardConstraintShare?: number;
  readonly highFloat?: number;
  readonly maxHighFloatShare?: number;
  readonly highDuration?: number;
  readonly maxHighDurationShare?: number;
  readonly maxNoBudgetShare?: number;
  /** Delay added to a critical activity by the critical-path test. Default 600. */
  readonly criticalPathTestDelay?: number;
};

/** The UN Development Account concept-note limits (11th tranche) as a configurable rule set. */
export type ConceptNoteRules = {
  readonly maxObjectives: number;
  readonly maxOutcomes: number;
  readonly minIndicatorsPerOutcome: number;
  readonly maxIndicatorsPerOutcome: number;
};

export const DA_CONCEPT_NOTE_RULES: ConceptNoteRules = {
  maxObjectives: 1,
  maxOutcomes: 3,
  minIndicatorsPerOutcome: 1,
  maxIndicatorsPerOutcome: 2,
};

const HARD = new Set(['MSO', 'MFO', 'SNLT', 'FNLT']);

const metric = (ruleId: QualityRuleId, count: number, total: number, threshold: number, atLeast = false): QualityMetric => {
  const ratio = total === 0 ? (atLeast ? 1 : 0) : count / total;
  return { ruleId, count, total, ratio, threshold, pass: atLeast ? ratio >= threshold : ratio <= threshold };
};

/**
 * DCMA-14-style schedule check plus open ends and calendars. Takes the schedule when already computed.
 *
 * @example
 * const report = checkSchedule(plan);
 * report.metrics.filter((m) => !m.pass);
 */
export function checkSchedule(plan: Plan, computed?: PlanSchedule, options: ScheduleCheckOptions = {}): QualityReport {
  const findings: QualityFinding[] = [];
  const metrics: QualityMetric[] = [];
  const sched = computed ? { ok: true as const, value: computed } : schedulePlan(plan);
  if (!sched.ok) {
    findings.push({ ruleId: 'schedule.unschedulable', severity: 'error', pointer: '', value: sched.error.code });
    return summarise(metrics, findings);
  }
  const s = sched.value;
  const parents = new Set(plan.activities.flatMap((a) => (a.parent !== undefined ? [a.parent] : [])));
  const tasks = plan.activities.map((a, i) => ({ a, i })).filter(({ a }) => !parents.has(a.id));
  const byId = new Map(s.activities.map((x) => [x.id, x]));
  const preds = new Map<string, number>();
  const succs = new Map<string, number>();
  for (const d of plan.dependencies) {
    preds.set(d.to, (preds.get(d.to) ?? 0) + 1);
    succs.set(d.from, (succs.get(d.from) ?? 0) + 1);
  }
  const ptr = (i: number, field = ''): string => `/activities/${i}${field}`;

  // 1 Logic
  let missing = 0;
  for (const { a, i } of tasks) {
    const x = byId.get(a.id);
    const isStart = (a.milestone || a.duration === 0) && x?.es === 0;
    const isFinish = (a.milestone || a.duration === 0) && x?.ef === s.projectDuration;
    const noPred = !preds.has(a.id) && !isStart;
    const noSucc = !succs.has(a.id) && !isFinish;
    if (noPred || noSucc) {
      missing++;
      findings.push({ ruleId: 'dcma.missing_logic', severity: 'warning', pointer: ptr(i), subject: a.id, value: noPred && noSucc ? 'both' : noPred ? 'predecessor' : 'successor' });
    }
  }
  metrics.push(metric('dcma.missing_logic', missing, tasks.length, options.maxMissingLogic ?? 0.05));
  // 2 Leads, 3 Lags, 4 Relationship types
  let leads = 0;
  let lags = 0;
  let fs = 0;
  plan.dependencies.forEach((d, i) => {
    if (d.lag.value < 0) {
      leads++;
      findings.push({ ruleId: 'dcma.leads', severity: 'warning', pointer: `/dependencies/${i}/lag`, subject: `${d.from}->${d.to}`, value: d.lag.value });
    } else if (d.lag.value > 0) lags++;
    if (d.type === 'FS') fs++;
  });
  const nRel = plan.dependencies.length;
  metrics.push(metric('dcma.leads', leads, nRel, 0));
  metrics.push(metric('dcma.lags', lags, nRel, options.maxLagShare ?? 0.05));
  metrics.push(metric('dcma.relationship_types', fs, nRel, options.minFsShare ?? 0.9, true));
  // 5 Hard constraints
  let hard = 0;
  for (const { a, i } of tasks)
    if (a.constraint && HARD.has(a.constraint.type)) {
      hard++;
      findings.push({ ruleId: 'dcma.hard_constraints', severity: 'info', pointer: ptr(i, '/constraint'), subject: a.id, value: a.constraint.type });
    }
  metrics.push(metric('dcma.hard_constraints', hard, tasks.length, options.maxHardConstraintShare ?? 0.05));
  // 6 High float, 7 Negative float, 8 High duration
  const highFloat = options.highFloat ?? 44;
  const highDuration = options.highDuration ?? 44;
  let hf = 0;
  let nf = 0;
  let hd = 0;
  for (const { a, i } of tasks) {
    const x = byId.get(a.id);
    if (!x) continue;
    if (x.totalFloat > highFloat) {
      hf++;
      findings.push({ ruleId: 'dcma.high_float', severity: 'info', pointer: ptr(i), subject: a.id, value: x.totalFloat, limit: highFloat });
    }
    if (x.totalFloat < 0) {
      nf++;
      findings.push({ ruleId: 'dcma.negative_float', severity: 'error', pointer: ptr(i), subject: a.id, value: x.totalFloat });
    }
    if (a.duration > highDuration) {
      hd++;
      findings.push({ ruleId: 'dcma.high_duration', severity: 'info', pointer: ptr(i, '/duration'), subject: a.id, value: a.duration, limit: highDuration });
    }
  }
  metrics.push(metric('dcma.high_float', hf, tasks.length, options.maxHighFloatShare ?? 0.05));
  metrics.push(metric('dcma.negative_float', nf, tasks.length, 0));
  metrics.push(metric('dcma.high_duration', hd, tasks.length, options.maxHighDurationShare ?? 0.05));
  // 9 Invalid dates: constraint or deadline dates before the plan starts.
  let invalid = 0;
  plan.activities.forEach((a, i) => {
    if (a.constraint?.date !== undefined && a.constraint.date < plan.start) {
      invalid++;
      findings.push({ ruleId: 'dcma.invalid_dates', severity: 'error', pointer: ptr(i, '/constraint/date'), subject: a.id, value: a.constraint.date });
    }
    if (a.deadline !== undefined && a.deadline < plan.start) {
      invalid++;
      findings.push({ ruleId: 'dcma.invalid_dates', severity: 'error', pointer: ptr(i, '/deadline'), subject: a.id, value: a.deadline });
    }
  });
  metrics.push(metric('dcma.invalid_dates', invalid, plan.activities.length, 0));
  // 10 Resources: work activities without a budget line.
  const budgeted = new Set(plan.budget.flatMap((b) => (b.activity !== undefined ? [b.activity] : [])));
  const work = tasks.filter(({ a }) => !a.milestone && a.duration > 0);
  let noBudget = 0;
  for (const { a, i } of work)
    if (!budgeted.has(a.id)) {
      noBudget++;
      findings.push({ ruleId: 'dcma.resources', severity: 'info', pointer: ptr(i), subject: a.id });
    }
  metrics.push(metric('dcma.resources', noBudget, work.length, options.maxNoBudgetShare ?? 1));
  // 11 Baseline slip: activities finishing later than in the latest baseline.
  const baseline = plan.baselines.at(-1);
  if (baseline) {
    let slipped = 0;
    for (const b of baseline.activities) {
      const x = byId.get(b.id);
      if (x && x.finish > b.finish) {
        slipped++;
        const i = plan.activities.findIndex((a) => a.id === b.id);
        findings.push({ ruleId: 'dcma.baseline_slip', severity: 'warning', pointer: ptr(i), subject: b.id, value: x.finish });
      }
    }
    metrics.push(metric('dcma.baseline_slip', slipped, baseline.activities.length, 0.05));
  }
  // 12 Critical path test: delaying a critical activity must delay the project by as much.
  const critical = s.criticalPath.find((id) => !parents.has(id));
  const cal = planCalendar(plan);
  const own = activityCalendars(plan);
  if (critical !== undefined && cal.ok && own.ok) {
    const inc = createIncrementalSchedule(planToNetwork(plan, cal.value, own.value));
    const delay = options.criticalPathTestDelay ?? 600;
    const x = byId.get(critical);
    if (inc.ok && x) {
      inc.value.setDuration(critical, x.duration + delay);
      const grew = inc.value.projectDuration() - s.projectDuration;
      const pass = grew === delay || s.activities.some((a) => a.totalFloat < 0);
      metrics.push(metric('dcma.critical_path_test', pass ? 0 : 1, 1, 0));
      if (!pass)
        findings.push({ ruleId: 'dcma.critical_path_test', severity: 'warning', pointer: ptr(plan.activities.findIndex((a) => a.id === critical)), subject: critical, value: grew, limit: delay });
    }
  }
  // Open ends: work whose only successor is the project finish (none).
  for (const { a, i } of tasks) {
    const x = byId.get(a.id);
    if (!succs.has(a.id) && x && x.ef < s.projectDuration)
      findings.push({ ruleId: 'schedule.open_end', severity: 'warning', pointer: ptr(i), subject: a.id, value: x.totalFloat });
  }
  plan.activities.forEach((a, i) => {
    if (a.calendar !== undefined && !plan.calendars.some((c) => c.id === a.calendar))
      findings.push({ ruleId: 'schedule.activity_calendar', severity: 'error', pointer: ptr(i, '/calendar'), subject: a.id, value: a.calendar });
  });
  return summarise(metrics, findings);
}

/** Logframe consistency, the concept-note rule set and budget links. */
export function checkLogframe(plan: Plan, rules: ConceptNoteRules = DA_CONCEPT_NOTE_RULES): QualityReport {
  const findings: QualityFinding[] = [];
  const metrics: QualityMetric[] = [];
  const results = new Map(plan.results.map((r, i) => [r.id, { r, i }]));
  const parents = new Set(plan.activities.flatMap((a) => (a.parent !== undefined ? [a.parent] : [])));
  plan.activities.forEach((a, i) => {
    if (parents.has(a.id) || a.milestone) return;
    if (a.output === undefined) findings.push({ ruleId: 'logframe.activity_without_output', severity: 'warning', pointer: `/activities/${i}`, subject: a.id });
    else {
      const out = results.get(a.output);
      if (!out || out.r.level !== 'output')
        findings.push({ ruleId: 'logframe.unknown_reference', severity: 'error', pointer: `/activities/${i}/output`, subject: a.id, value: a.output });
    }
  });
  const phases = new Set(plan.phases.map((p) => p.id));
  plan.activities.forEach((a, i) => {
    if (a.phase !== undefined && !phases.has(a.phase))
      findings.push({ ruleId: 'logframe.unknown_reference', severity: 'error', pointer: `/activities/${i}/phase`, subject: a.id, value: a.phase });
  });
  const orgs = new Set(plan.organisations.map((o) => o.id));
  plan.activities.forEach((a, i) =>
    a.assignments.forEach((as, k) => {
      if (!orgs.has(as.organisation))
        findings.push({ ruleId: 'logframe.unknown_reference', severity: 'error', pointer: `/activities/${i}/assignments/${k}/organisation`, subject: a.id, value: as.organisation });
    }),
  );
  for (const [id, { r, i }] of results) {
    const parent = r.parent !== undefined ? results.get(r.parent) : undefined;
    if (r.parent !== undefined && !parent)
      findings.push({ ruleId: 'logframe.unknown_reference', severity: 'error', pointer: `/results/${i}/parent`, subject: id, value: r.parent });
    if (r.level === 'output' && parent?.r.level !== 'outcome')
      findings.push({ ruleId: 'logframe.output_without_outcome', severity: 'error', pointer: `/results/${i}`, subject: id });
    if (r.level === 'outcome' && parent?.r.level !== 'goal')
      findings.push({ ruleId: 'logframe.outcome_without_goal', severity: 'warning', pointer: `/results/${i}`, subject: id });
  }
  const kpisOf = new Map<string, number>();
  plan.kpis.forEach((k, i) => {
    if (k.result !== undefined) {
      if (!results.has(k.result))
        findings.push({ ruleId: 'logframe.unknown_reference', severity: 'error', pointer: `/kpis/${i}/result`, subject: k.id, value: k.result });
      kpisOf.set(k.result, (kpisOf.get(k.result) ?? 0) + 1);
    }
    if (!k.baseline) findings.push({ ruleId: 'logframe.indicator_without_baseline', severity: 'warning', pointer: `/kpis/${i}/baseline`, subject: k.id });
    if (k.targets.length === 0) findings.push({ ruleId: 'logframe.indicator_without_target', severity: 'warning', pointer: `/kpis/${i}/targets`, subject: k.id });
  });
  for (const [id, { r, i }] of results)
    if (r.level !== 'output' && !kpisOf.has(id))
      findings.push({ ruleId: 'logframe.result_without_indicator', severity: 'warning', pointer: `/results/${i}`, subject: id });
  plan.risks.forEach((r, i) => {
    if (!r.mitigation) findings.push({ ruleId: 'logframe.risk_without_mitigation', severity: 'warning', pointer: `/risks/${i}/mitigation`, subject: r.id });
  });
  // Concept-note limits.
  const goals = plan.results.filter((r) => r.level === 'goal');
  const outcomes = plan.results.filter((r) => r.level === 'outcome');
  metrics.push(metric('concept_note.objectives', goals.length, rules.maxObjectives, 1));
  if (goals.length > rules.maxObjectives)
    findings.push({ ruleId: 'concept_note.objectives', severity: 'warning', pointer: '/results', value: goals.length, limit: rules.maxObjectives });
  metrics.push(metric('concept_note.outcomes', outcomes.length, rules.maxOutcomes, 1));
  if (outcomes.length > rules.maxOutcomes)
    findings.push({ ruleId: 'concept_note.outcomes', severity: 'warning', pointer: '/results', value: outcomes.length, limit: rules.maxOutcomes });
  let badIndicators = 0;
  for (const o of outcomes) {
    const n = kpisOf.get(o.id) ?? 0;
    if (n < rules.minIndicatorsPerOutcome || n > rules.maxIndicatorsPerOutcome) {
      badIndicators++;
      findings.push({
        ruleId: 'concept_note.indicators_per_outcome',
        severity: 'warning',
        pointer: `/results/${plan.results.indexOf(o)}`,
        subject: o.id,
        value: n,
        limit: n < rules.minIndicatorsPerOutcome ? rules.minIndicatorsPerOutcome : rules.maxIndicatorsPerOutcome,
      });
    }
  }
  metrics.push(metric('concept_note.indicators_per_outcome', badIndicators, outcomes.length, 0));
  // Budget lines.
  const activities = new Set(plan.activities.map((a) => a.id));
  const sources = new Set(plan.funding.map((f) => f.id));
  plan.budget.forEach((b, i) => {
    if (b.activity === undefined || !activities.has(b.activity))
      findings.push({ ruleId: 'budget.orphan_line', severity: 'error', pointer: `/budget/${i}/activity`, subject: b.id, ...(b.activity !== undefined ? { value: b.activity } : {}) });
    if (b.quantity !== undefined && b.unitCost !== undefined && Math.abs(b.quantity * b.unitCost - b.money.amount) > 0.005)
      findings.push({ ruleId: 'budget.calculation_mismatch', severity: 'warning', pointer: `/budget/${i}/money/amount`, subject: b.id, value: b.quantity * b.unitCost, limit: b.money.amount });
    if (b.fundingSource !== undefined && !sources.has(b.fundingSource))
      findings.push({ ruleId: 'budget.unknown_funding_source', severity: 'error', pointer: `/budget/${i}/fundingSource`, subject: b.id, value: b.fundingSource });
  });
  return summarise(metrics, findings);
}

function summarise(metrics: QualityMetric[], findings: QualityFinding[]): QualityReport {
  return {
    metrics,
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
