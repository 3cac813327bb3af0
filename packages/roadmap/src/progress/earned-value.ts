import type { Plan, Result } from '@dsc/domain';
import { ok } from '@dsc/domain';
import type { WorkCalendar } from '../calendar.js';
import type { BudgetError } from '../budget.js';
import { convert } from '../budget.js';

/** Earned-value figures of an activity, a phase or the plan at the status date, in the plan currency. */
export type EarnedValue = {
  /** Budget at completion: the budget lines' amounts. */
  readonly bac: number;
  /** Planned value: the budget spread linearly over the working days of the planned dates, up to the status date. */
  readonly pv: number;
  /** Earned value: % complete × BAC. */
  readonly ev: number;
  /** Actual cost: the lines' `actualCost`. */
  readonly ac: number;
  /** Schedule variance EV − PV and cost variance EV − AC. */
  readonly sv: number;
  readonly cv: number;
  /** EV / PV; undefined while PV is 0. */
  readonly spi?: number;
  /** EV / AC; undefined while AC is 0. */
  readonly cpi?: number;
  /** Estimate at completion BAC / CPI and variance at completion BAC − EAC; undefined without a CPI. */
  readonly eac?: number;
  readonly vac?: number;
};

/** Planned dates of an activity: a baseline's or a schedule's start and finish days. */
export type PlannedDates = ReadonlyMap<string, { readonly start: string; readonly finish: string }>;

/**
 * Share of a span of days worked by the end of the status day: working days of `[start, min(finish, status)]`
 * over working days of `[start, finish]`. A span without working days (a milestone) counts whole once its
 * finish day is reached.
 */
export function plannedShare(cal: WorkCalendar, start: string, finish: string, statusDate: string): number {
  const total = cal.finishOffsetOf(finish) - cal.offsetOf(start);
  if (total <= 0) return statusDate >= finish ? 1 : 0;
  const done = cal.finishOffsetOf(statusDate < finish ? statusDate : finish) - cal.offsetOf(start);
  return Math.min(1, Math.max(0, done / total));
}

/** EV figures from the four sums; the indices are left out where their divisor is 0. */
export function evFigures(bac: number, pv: number, ev: number, ac: number): EarnedValue {
  const cpi = ac > 0 ? ev / ac : undefined;
  const eac = cpi !== undefined && cpi > 0 ? bac / cpi : undefined;
  return {
    bac,
    pv,
    ev,
    ac,
    sv: ev - pv,
    cv: ev - ac,
    ...(pv > 0 ? { spi: ev / pv } : {}),
    ...(cpi !== undefined ? { cpi } : {}),
    ...(eac !== undefined ? { eac, vac: bac - eac } : {}),
  };
}

export type EarnedValueReport = {
  readonly statusDate: string;
  readonly currency: string;
  readonly activities: readonly ({ readonly id: string; readonly percentComplete: number } & EarnedValue)[];
  readonly phases: readonly ({ readonly id: string } & EarnedValue)[];
  readonly plan: EarnedValue;
  /** Budget lines tied to no activity: they have a BAC, PV (over their own period) and AC but earn nothing. */
  readonly unallocated: { readonly bac: number; readonly pv: number; readonly ac: number };
};

type Sums = { bac: number; pv: number; ev: number; ac: number };

/**
 * Earned value at `statusDate` (docs/scheduling.md#earned-value). `planned` gives the dates PV is spread over
 * (a baseline's, else the schedule without progress); `percent` the % complete of each activity.
 */
export function earnedValueOf(
  plan: Plan,
  cal: WorkCalendar,
  statusDate: string,
  planned: PlannedDates,
  percent: ReadonlyMap<string, number>,
): Result<EarnedValueReport, BudgetError> {
  const byActivity = new Map<string, Sums>();
  const unallocated = { bac: 0, pv: 0, ac: 0 };
  for (const line of plan.budget) {
    const amount = convert(line.money, plan.currency, plan.currency, plan.exchangeRates ?? []);
    if (!amount.ok) return amount;
    const spent = convert({ ...line.money, amount: line.actualCost ?? 0 }, plan.currency, plan.currency, plan.exchangeRates ?? []);
    if (!spent.ok) return spent;
    if (line.activity === undefined) {
      unallocated.bac += amount.value;
      unallocated.pv += amount.value * plannedShare(cal, line.periodStart, line.periodEnd, statusDate);
      unallocated.ac += spent.value;
      continue;
    }
    const dates = planned.get(line.activity);
    const s = byActivity.get(line.activity) ?? { bac: 0, pv: 0, ev: 0, ac: 0 };
    s.bac += amount.value;
    s.pv += dates ? amount.value * plannedShare(cal, dates.start, dates.finish, statusDate) : 0;
    s.ev += (amount.value * (percent.get(line.activity) ?? 0)) / 100;
    s.ac += spent.value;
    byActivity.set(line.activity, s);
  }
  const phaseOf = new Map(plan.activities.map((a) => [a.id, a.phase]));
  const phases = new Map<string, Sums>();
  const total: Sums = { bac: 0, pv: 0, ev: 0, ac: 0 };
  const add = (into: Sums, s: Sums): void => {
    into.bac += s.bac;
    into.pv += s.pv;
    into.ev += s.ev;
    into.ac += s.ac;
  };
  const activities = [];
  for (const a of plan.activities) {
    const s = byActivity.get(a.id);
    if (!s) continue;
    activities.push({ id: a.id, percentComplete: percent.get(a.id) ?? 0, ...evFigures(s.bac, s.pv, s.ev, s.ac) });
    add(total, s);
    const ph = phaseOf.get(a.id);
    if (ph === undefined) continue;
    const sum = phases.get(ph) ?? { bac: 0, pv: 0, ev: 0, ac: 0 };
    add(sum, s);
    phases.set(ph, sum);
  }
  return ok({
    statusDate,
    currency: plan.currency,
    activities,
    phases: plan.phases.flatMap((p) => {
      const s = phases.get(p.id);
      return s ? [{ id: p.id, ...evFigures(s.bac, s.pv, s.ev, s.ac) }] : [];
    }),
    plan: evFigures(total.bac, total.pv, total.ev, total.ac),
    unallocated,
  });
}
