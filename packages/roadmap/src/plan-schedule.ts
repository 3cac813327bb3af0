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
 * Start offsets of ALAP activities: as late as possible without moving any successor from its scheduled
 * dates (successors are at their early dates unless they are ALAP too) and without passing the late finish.
 * Activities are placed from the latest early start backwards, so chains of ALAP activities move together.
 */
function alapStarts(plan: Plan, s: Schedule, cal: WorkCalendar): Map<string, number> {
  const out = new Map<string, number>();
  const alap = plan.activities.filter((a) => a.constraint?.type === 'ALAP').map((a) => a.id);
  if (alap.length === 0) return out;
  const byId = new Map(s.activities.map((a) => [a.id, a]));
  const succ = new Map<string, Plan['dependencies']>();
  for (const d of plan.dependencies) succ.set(d.from, [...(succ.get(d.from) ?? []), d]);
  const order = alap.map((id) => byId.get(id)).filter((a): a is ScheduledActivity => a !== undefined && !a.summary).sort((a, b) => b.es - a.es || b.ef - a.ef);
  const startOf = (id: string): number => out.get(id) ?? byId.get(id)?.es ?? 0;
  for (const a of order) {
    let finish = a.lf;
    for (const d of succ.get(a.id) ?? []) {
      const k = byId.get(d.to);
      if (!k) continue;
      const ks = startOf(d.to);
      const base = d.type === 'FS' || d.type === 'SS' ? ks : ks + k.duration;
      const bound = d.lag.unit === 'elapsed' ? cal.unshiftElapsed(base, d.lag.value) : base - d.lag.value;
      finish = Math.min(finish, d.type === 'SS' || d.type === 'SF' ? bound + a.duration : bound);
    }
    out.set(a.id, Math.max(a.es, finish - a.duration));
  }
  return out;
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
  const scheduledStart = alapStarts(plan, r.value, c);
  const activities = r.value.activities.map((a): DatedActivity => {
    const earlyStart = c.startDate(a.es);
    const earlyFinish = c.finishDate(a.ef, a.duration);
    const lateStart = c.startDate(a.ls);
    const lateFinish = c.finishDate(a.lf, a.duration);
    const at = scheduledStart.get(a.id);
    if (at === undefined) return { ...a, earlyStart, earlyFinish, lateStart, lateFinish, start: earlyStart, finish: earlyFinish };
    return { ...a, earlyStart, earlyFinish, lateStart, lateFinish, start: c.startDate(at), finish: c.finishDate(at + a.duration, a.duration) };
  });
  return ok({
    ...r.value,
    activities,
    projectStart: c.startDate(0),
    projectFinish: activities.reduce((max, a) => (a.finish > max ? a.finish : max), c.startDate(0)),
    calendar: plan.defaultCalendar,
  });
}
