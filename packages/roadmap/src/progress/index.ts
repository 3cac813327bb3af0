import type { Plan, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { BudgetError } from '../budget.js';
import type { PlanScheduleError } from '../plan-schedule.js';
import { planCalendar, schedulePlan } from '../plan-schedule.js';
import type { EarnedValueReport, PlannedDates } from './earned-value.js';
import { earnedValueOf } from './earned-value.js';
import { effectiveStatusDate, progressOf } from './status.js';

export type { EarnedValue, EarnedValueReport } from './earned-value.js';
export type { ActivityProgress, ProgressFinding, ProgressFindingCode, ProgressStatus } from './status.js';
export { checkProgress } from './status.js';

export type EarnedValueError =
  | PlanScheduleError
  | BudgetError
  | { readonly code: 'no_status_date' }
  | { readonly code: 'unknown_baseline'; readonly baseline: string; readonly known: readonly string[] };

/** The plan without its progress: what was planned before any actual was recorded. */
function withoutProgress(plan: Plan): Plan {
  const { statusDate: _status, ...rest } = plan;
  return {
    ...rest,
    activities: plan.activities.map(({ actualStart: _s, actualFinish: _f, percentComplete: _p, remainingDuration: _r, ...a }) => a),
  };
}

/**
 * Earned value of each activity, phase and the plan at the status date (`statusDate` overrides the plan's).
 * PV is spread over a baseline's dates when `baseline` names one, else over the schedule of the plan without its
 * progress; EV is % complete × BAC; AC sums the budget lines' `actualCost`.
 *
 * @example
 * const r = earnedValue(plan, { statusDate: '2027-03-31' });
 * if (r.ok) console.log(r.value.plan.spi, r.value.plan.cpi);
 */
export function earnedValue(plan: Plan, options: { readonly statusDate?: string; readonly baseline?: string } = {}): Result<EarnedValueReport, EarnedValueError> {
  const status = effectiveStatusDate(plan, options.statusDate);
  if (status === undefined) return err({ code: 'no_status_date' });
  const cal = planCalendar(plan);
  if (!cal.ok) return cal;
  let planned: PlannedDates;
  if (options.baseline !== undefined) {
    const base = plan.baselines.find((b) => b.id === options.baseline);
    if (!base) return err({ code: 'unknown_baseline', baseline: options.baseline, known: plan.baselines.map((b) => b.id) });
    planned = new Map(base.activities.map((a) => [a.id, { start: a.start, finish: a.finish }]));
  } else {
    const s = schedulePlan(withoutProgress(plan));
    if (!s.ok) return s;
    planned = new Map(s.value.activities.map((a) => [a.id, { start: a.start, finish: a.finish }]));
  }
  const percent = new Map(plan.activities.map((a) => [a.id, progressOf(a).percentComplete]));
  const r = earnedValueOf(plan, cal.value, status.date, planned, percent);
  return r.ok ? ok(r.value) : r;
}
