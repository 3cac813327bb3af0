import type { Plan, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { WorkCalendar } from './calendar.js';
import { createCalendar, everyDayCalendar } from './calendar.js';
import type { Network, NetworkActivity, NetworkConstraint, Schedule, ScheduleError, ScheduledActivity, ScheduleOptions } from './cpm.js';
import { schedule } from './cpm.js';
import type { ScenarioError } from './scenarios.js';
import { applyScenario } from './scenarios.js';

export type PlanScheduleError =
  | ScheduleError
  | ScenarioError
  | { readonly code: 'unknown_calendar'; readonly calendar: string }
  | { readonly code: 'calendar_without_working_days'; readonly calendar: string };

export type DatedActivity = ScheduledActivity & {
  /** Scheduled start and finish days (early dates; late dates for an ALAP activity). */
  readonly start: string;
  readonly finish: string;
  readonly earlyStart: string;
  readonly earlyFinish: string;
  readonly lateStart: string;
  readonly lateFinish: string;
};

export type PlanSchedule = Omit<Schedule, 'activities'> & {
  readonly projectStart: string;
  readonly projectFinish: string;
  readonly calendar: string | undefined;
  readonly activities: readonly DatedActivity[];
};

/** The calendar a plan schedules on: its `defaultCalendar`, else every day worked. */
export function planCalendar(plan: Plan): Result<WorkCalendar, PlanScheduleError> {
  if (plan.defaultCalendar === undefined) return ok(everyDayCalendar(plan.start));
  const spec = plan.calendars.find((c) => c.id === plan.defaultCalendar);
  if (!spec) return err({ code: 'unknown_calendar', calendar: plan.defaultCalendar });
  const cal = createCalendar(plan.start, { workingDays: spec.workingDays, holidays: spec.holidays.map((h) => h.date) });
  if (!cal) return err({ code: 'calendar_without_working_days', calendar: spec.id });
  return ok(cal);
}

/** Turns a plan into a CPM network on its calendar: constraint and deadline dates become offsets. */
export function planToNetwork(plan: Plan, cal: WorkCalendar): Network {
  const activities = plan.activities.map((a): NetworkActivity => {
    let constraint: NetworkConstraint | undefined;
    const c = a.constraint;
    if (c) {
      if (c.date === undefined) constraint = { type: c.type };
      else if (c.type === 'SNET' || c.type === 'SNLT' || c.type === 'MSO') constraint = { type: c.type, offset: cal.offsetOf(c.date) };
      else constraint = { type: c.type, offset: cal.finishOffsetOf(c.date) };
    }
    return {
      id: a.id,
      duration: a.milestone ? 0 : a.duration,
      ...(constraint ? { constraint } : {}),
      ...(a.deadline !== undefined ? { deadline: cal.finishOffsetOf(a.deadline) } : {}),
      ...(a.parent !== undefined ? { parent: a.parent } : {}),
    };
  });
  const relations = plan.dependencies.map((d) => ({ from: d.from, to: d.to, type: d.type, lag: d.lag.value, lagUnit: d.lag.unit }));
  return { activities, relations, elapsed: cal };
}

/**
 * Schedules a plan (optionally under a scenario) and dates every activity on the plan's calendar.
 *
 * @example
 * const r = schedulePlan(plan, { scenario: 'hybrid' });
 * if (r.ok) console.log(r.value.projectFinish, r.value.criticalPath);
 */
export function schedulePlan(
  input: Plan,
  options: ScheduleOptions & { readonly scenario?: string } = {},
): Result<PlanSchedule, PlanScheduleError> {
  let plan = input;
  if (options.scenario !== undefined) {
    const applied = applyScenario(input, options.scenario);
    if (!applied.ok) return applied;
    plan = applied.value;
  }
  const cal = planCalendar(plan);
  if (!cal.ok) return cal;
  const c = cal.value;
  const r = schedule(planToNetwork(plan, c), options);
  if (!r.ok) return r;
  const alap = new Set(plan.activities.filter((a) => a.constraint?.type === 'ALAP').map((a) => a.id));
  const activities = r.value.activities.map((a): DatedActivity => {
    const earlyStart = c.startDate(a.es);
    const earlyFinish = c.finishDate(a.ef, a.duration);
    const lateStart = c.startDate(a.ls);
    const lateFinish = c.finishDate(a.lf, a.duration);
    const late = alap.has(a.id);
    return { ...a, earlyStart, earlyFinish, lateStart, lateFinish, start: late ? lateStart : earlyStart, finish: late ? lateFinish : earlyFinish };
  });
  return ok({
    ...r.value,
    activities,
    projectStart: c.startDate(0),
    projectFinish: activities.reduce((max, a) => (a.finish > max ? a.finish : max), c.startDate(0)),
    calendar: plan.defaultCalendar,
  });
}
