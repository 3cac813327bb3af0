import type { Baseline, Observation, Plan, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { BudgetError } from './budget.js';
import { budgetRollup, convertedLines, fundingPipeline } from './budget.js';
import type { PlanScheduleError } from './plan-schedule.js';
import { schedulePlan } from './plan-schedule.js';
import { applyScenario } from './scenarios.js';
import { toEpochDay } from './calendar.js';

export type CompareError = PlanScheduleError | BudgetError;

export type ScenarioMetrics = {
  /** `base` for the plan itself. */
  readonly scenario: string;
  readonly finish: string;
  readonly projectDuration: number;
  readonly criticalPath: readonly string[];
  readonly totalCost: number;
  readonly secured: number;
  readonly fundingGap: number;
  /** Target of each KPI per period. */
  readonly kpiTrajectory: Readonly<Record<string, readonly { readonly period: string; readonly value: number }[]>>;
  readonly riskCount: number;
  /** Risks with likelihood × impact ≥ 15 (the red zone of a 5 × 5 matrix). */
  readonly highRiskCount: number;
  readonly activityCount: number;
};

const HIGH_RISK = 15;

export function planMetrics(plan: Plan, scenario = 'base'): Result<ScenarioMetrics, CompareError> {
  const s = schedulePlan(plan);
  if (!s.ok) return s;
  const budget = budgetRollup(plan, 'class');
  if (!budget.ok) return budget;
  const pipe = fundingPipeline(plan);
  if (!pipe.ok) return pipe;
  return ok({
    scenario,
    finish: s.value.projectFinish,
    projectDuration: s.value.projectDuration,
    criticalPath: s.value.criticalPath,
    totalCost: budget.value.total,
    secured: pipe.value.secured,
    fundingGap: pipe.value.gap,
    kpiTrajectory: Object.fromEntries(plan.kpis.map((k) => [k.id, k.targets.map((t) => ({ period: t.period, value: t.value }))])),
    riskCount: plan.risks.length,
    highRiskCount: plan.risks.filter((r) => r.likelihood * r.impact >= HIGH_RISK).length,
    activityCount: plan.activities.length,
  });
}

/**
 * Compares scenarios side by side (any number; `base` is the plan without overlay) on end date, duration,
 * critical path, total cost, secured funding, funding gap, KPI trajectory and risk counts.
 *
 * @example
 * const r = compareScenarios(plan, ['base', 'virtual-hub', 'hybrid']);
 */
export function compareScenarios(plan: Plan, ids: readonly string[]): Result<ScenarioMetrics[], CompareError> {
  const out: ScenarioMetrics[] = [];
  for (const id of ids) {
    let p = plan;
    if (id !== 'base') {
      const applied = applyScenario(plan, id);
      if (!applied.ok) return applied;
      p = applied.value;
    }
    const m = planMetrics(p, id);
    if (!m.ok) return m;
    out.push(m.value);
  }
  return ok(out);
}

/**
 * Captures a baseline of the plan (or of a scenario, which promotes it): dates and cost of every activity,
 * total cost, funding by source and KPI targets.
 */
export function captureBaseline(
  plan: Plan,
  info: { readonly id: string; readonly name: string; readonly capturedAt: string; readonly scenario?: string; readonly changes?: Baseline['changes'] },
): Result<Baseline, CompareError> {
  let p = plan;
  if (info.scenario !== undefined) {
    const applied = applyScenario(plan, info.scenario);
    if (!applied.ok) return applied;
    p = applied.value;
  }
  const s = schedulePlan(p);
  if (!s.ok) return s;
  const lines = convertedLines(p);
  if (!lines.ok) return lines;
  const costOf = new Map<string, number>();
  for (const { line, amount } of lines.value) if (line.activity !== undefined) costOf.set(line.activity, (costOf.get(line.activity) ?? 0) + amount);
  const total = lines.value.reduce((a, l) => a + l.amount, 0);
  return ok({
    id: info.id,
    name: info.name,
    capturedAt: info.capturedAt,
    ...(info.scenario !== undefined ? { fromScenario: info.scenario } : {}),
    activities: s.value.activities.map((a) => {
      const cost = costOf.get(a.id);
      return { id: a.id, start: a.start, finish: a.finish, ...(cost !== undefined ? { cost } : {}) };
    }),
    totalCost: { amount: total, currency: p.currency, valueDate: info.capturedAt },
    funding: p.funding.map((f) => ({ source: f.id, amount: f.amount.amount, stage: f.stage })),
    targets: p.kpis.flatMap((k) => k.targets.map((t) => ({ kpi: k.id, period: t.period, value: t.value }))),
    changes: info.changes ?? [],
  });
}

/** Promotes a scenario: captures its baseline and returns the base plan with the baseline appended. */
export function promoteScenario(plan: Plan, scenario: string, info: { readonly id: string; readonly name: string; readonly capturedAt: string; readonly reason: string }): Result<Plan, CompareError> {
  const b = captureBaseline(plan, { ...info, scenario, changes: [{ path: `/scenarios/${scenario}`, reason: info.reason }] });
  if (!b.ok) return b;
  return ok({ ...plan, baselines: [...plan.baselines, b.value] });
}

export type Variance = {
  readonly baseline: string;
  readonly activities: readonly {
    readonly id: string;
    readonly startVariance: number;
    readonly finishVariance: number;
    readonly costVariance: number;
    readonly status: 'unchanged' | 'changed' | 'added' | 'removed';
    readonly reason?: string;
  }[];
  readonly totalCostVariance: number;
  readonly funding: readonly { readonly source: string; readonly amountVariance: number; readonly stageFrom?: string; readonly stageTo?: string }[];
  readonly targets: readonly { readonly kpi: string; readonly period: string; readonly from?: number; readonly to?: number }[];
};

export type VarianceError = CompareError | { readonly code: 'unknown_baseline'; readonly baseline: string; readonly known: readonly string[] };

/** Variance of the current plan against a baseline, in calendar days and plan currency, with the reason noted per change. */
export function baselineVariance(plan: Plan, baselineId: string): Result<Variance, VarianceError> {
  const base = plan.baselines.find((b) => b.id === baselineId);
  if (!base) return err({ code: 'unknown_baseline', baseline: baselineId, known: plan.baselines.map((b) => b.id) });
  const now = captureBaseline(plan, { id: 'current', name: 'current', capturedAt: base.capturedAt });
  if (!now.ok) return now;
  const reasons = new Map(base.changes.map((c) => [c.path, c.reason]));
  const reasonFor = (id: string): string | undefined => reasons.get(`/activities/${id}`);
  const before = new Map(base.activities.map((a) => [a.id, a]));
  const after = new Map(now.value.activities.map((a) => [a.id, a]));
  const days = (a: string, b: string): number => toEpochDay(b) - toEpochDay(a);
  const activities: Variance['activities'][number][] = [];
  for (const [id, a] of after) {
    const b = before.get(id);
    const reason = reasonFor(id);
    if (!b) {
      activities.push({ id, startVariance: 0, finishVariance: 0, costVariance: a.cost ?? 0, status: 'added', ...(reason ? { reason } : {}) });
      continue;
    }
    const sv = days(b.start, a.start);
    const fv = days(b.finish, a.finish);
    const cv = (a.cost ?? 0) - (b.cost ?? 0);
    activities.push({ id, startVariance: sv, finishVariance: fv, costVariance: cv, status: sv || fv || cv ? 'changed' : 'unchanged', ...(reason ? { reason } : {}) });
  }
  for (const [id, b] of before)
    if (!after.has(id)) {
      const reason = reasonFor(id);
      activities.push({ id, startVariance: 0, finishVariance: 0, costVariance: -(b.cost ?? 0), status: 'removed', ...(reason ? { reason } : {}) });
    }
  const fBefore = new Map(base.funding.map((f) => [f.source, f]));
  const funding = now.value.funding.flatMap((f) => {
    const b = fBefore.get(f.source);
    if (b && b.amount === f.amount && b.stage === f.stage) return [];
    return [{ source: f.source, amountVariance: f.amount - (b?.amount ?? 0), ...(b ? { stageFrom: b.stage } : {}), stageTo: f.stage }];
  });
  const tKey = (t: { kpi: string; period: string }): string => `${t.kpi}@${t.period}`;
  const tBefore = new Map(base.targets.map((t) => [tKey(t), t.value]));
  const tAfter = new Map(now.value.targets.map((t) => [tKey(t), t.value]));
  const targets: Variance['targets'][number][] = [];
  for (const key of new Set([...tBefore.keys(), ...tAfter.keys()])) {
    const from = tBefore.get(key);
    const to = tAfter.get(key);
    if (from === to) continue;
    const [kpi = '', period = ''] = key.split('@');
    targets.push({ kpi, period, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
  }
  return ok({
    baseline: baselineId,
    activities,
    totalCostVariance: (now.value.totalCost?.amount ?? 0) - (base.totalCost?.amount ?? 0),
    funding,
    targets,
  });
}

/** The latest observation of an indicator for a country at or before a year: a KPI baseline with its source. */
export function baselineFromObservations(
  observations: readonly Pick<Observation, 'iso3' | 'indicator' | 'year' | 'value' | 'source'>[],
  indicator: string,
  iso3: string,
  atOrBefore?: number,
): { value: number; year: number; source: string } | undefined {
  let best: (typeof observations)[number] | undefined;
  for (const o of observations)
    if (o.indicator === indicator && o.iso3 === iso3 && (atOrBefore === undefined || o.year <= atOrBefore) && (!best || o.year > best.year)) best = o;
  return best ? { value: best.value, year: best.year, source: best.source } : undefined;
}

export type CoverageRow = {
  readonly framework: string;
  readonly code: string;
  readonly activities: readonly string[];
  readonly budget: number;
  readonly kpis: readonly string[];
};

/**
 * Alignment coverage: for each framework code (SG Roadmap areas, AP-IS pillars, SPECA objectives, SDG targets,
 * DAC codes), the activities tagged with it, their budget, and the KPIs of the results those activities deliver.
 * Rows with no activity, no budget or no KPI are the gaps.
 */
export function alignmentCoverage(
  plan: Plan,
  frameworks: readonly { readonly framework: string; readonly codes: readonly string[] }[],
): Result<{ rows: CoverageRow[]; noAction: string[]; noBudget: string[]; noKpi: string[] }, BudgetError> {
  const lines = convertedLines(plan);
  if (!lines.ok) return lines;
  const cost = new Map<string, number>();
  for (const { line, amount } of lines.value) if (line.activity !== undefined) cost.set(line.activity, (cost.get(line.activity) ?? 0) + amount);
  const parentOf = new Map(plan.results.map((r) => [r.id, r.parent]));
  const chain = (id: string | undefined): string[] => {
    const out: string[] = [];
    for (let x = id; x !== undefined && !out.includes(x); x = parentOf.get(x)) out.push(x);
    return out;
  };
  const rows: CoverageRow[] = [];
  for (const f of frameworks)
    for (const code of f.codes) {
      const acts = plan.activities.filter((a) => a.alignment.some((t) => t.framework === f.framework && t.code === code));
      const results = new Set(acts.flatMap((a) => chain(a.output)));
      rows.push({
        framework: f.framework,
        code,
        activities: acts.map((a) => a.id),
        budget: acts.reduce((s, a) => s + (cost.get(a.id) ?? 0), 0),
        kpis: plan.kpis.filter((k) => k.result !== undefined && results.has(k.result)).map((k) => k.id),
      });
    }
  const key = (r: CoverageRow): string => `${r.framework}:${r.code}`;
  return ok({
    rows,
    noAction: rows.filter((r) => r.activities.length === 0).map(key),
    noBudget: rows.filter((r) => r.budget === 0).map(key),
    noKpi: rows.filter((r) => r.kpis.length === 0).map(key),
  });
}
